/**
 * A room advances by the engine's own step and takes every input by one checked path: an
 * all-bot room on a manual clock plays exactly the game simulate() plays, whether its clock
 * ticks or the round is ended at once; a seat a bot stands in for is the bot's, not the human's.
 */
import { describe, expect, it } from "vitest";
import { hashSecret } from "./credentials";
import { consensus } from "../engine/consensus";
import { consensusParamsSchema } from "../engine/consensus/params";
import { generals, GENERAL_STRATEGIES } from "../engine/generals";
import { generalsParamsSchema } from "../engine/generals/params";
import { flp } from "../engine/flp";
import { lovers } from "../engine/lovers";
import { loversParamsSchema } from "../engine/lovers/params";
import type { AnyScenario } from "../engine/scenario";
import { simulate } from "../engine/simulate";
import { ManualClock } from "../testing/manualClock";
import { GameRoom, type SeatSlot } from "./room";
import { finishedGameOf } from "./trace";

function room(scenario: AnyScenario, params: unknown, seed: number, seats: SeatSlot[], clock = new ManualClock()): GameRoom {
  return new GameRoom({ id: `g${seed}`, code: "ROOM01", scenario, params, seed, tickMs: 1000, seats, clock, hooks: { publish() {}, finished() {} } });
}

const bot = (seat: string, strategy: string): SeatSlot => ({ seat, kind: "bot", strategy, name: strategy, playerId: null, token: null, tokenHash: null });
const human = (seat: string): SeatSlot => ({ seat, kind: "human", strategy: null, name: "h", playerId: `p-${seat}`, token: `t-${seat}`, tokenHash: hashSecret(`t-${seat}`) });

async function playOnClock(r: GameRoom, clock: ManualClock): Promise<void> {
  r.start();
  for (let i = 0; i < 10_000 && clock.running(r.id); i++) await clock.advance(r.id);
}

const cases: { name: string; scenario: AnyScenario; params: (seed: number) => unknown; strategies: (seed: number) => Record<string, string> }[] = [
  {
    name: "Two Generals with an Enemy",
    scenario: generals,
    params: (seed) => generalsParamsSchema.parse({ captureProbability: 0.3, dawnTick: 8 + (seed % 10), enemy: "bot" }),
    strategies: (seed) => ({ A: GENERAL_STRATEGIES[seed % 6], B: GENERAL_STRATEGIES[(seed >> 1) % 6], enemy: seed % 2 ? "random" : "adversarial" }),
  },
  {
    name: "the Lovers",
    scenario: lovers,
    params: (seed) => loversParamsSchema.parse({ lossProbability: 0.4, luckyNight: seed % 5 === 0 }),
    strategies: () => ({ alice: "chain-4", bob: "chain-4" }),
  },
  {
    name: "consensus with an adversary bot",
    scenario: consensus,
    params: (seed) => consensusParamsSchema.parse({ n: 3 + (seed % 3), detector: "ES", f: 1, gst: 6, adversary: "bot", maxTicks: 60 }),
    strategies: (seed) => {
      const out: Record<string, string> = {};
      for (const seat of consensus.seats(consensusParamsSchema.parse({ n: 3 + (seed % 3), adversary: "bot" })) as string[]) out[seat] = seat === "adversary" ? "random" : "protocol";
      return out;
    },
  },
];

describe("a room plays the game simulate() plays", () => {
  for (const c of cases) {
    it(`${c.name}: on its clock, and ended at once (20 seeds)`, async () => {
      for (let seed = 1; seed <= 20; seed++) {
        const params = c.params(seed);
        const strategies = c.strategies(seed);
        const expected = simulate({ scenario: c.scenario, params, seed, strategies });
        expect(expected.over).toBe(true);
        const seats = () => (c.scenario.seats(params) as string[]).map((seat) => bot(seat, strategies[seat]));

        const clock = new ManualClock();
        const ticking = room(c.scenario, params, seed, seats(), clock);
        await playOnClock(ticking, clock);
        expect(ticking.status).toBe("finished");
        // Its start and end are stamped by its clock, not read from the machine's.
        expect([ticking.startedAt?.getTime(), ticking.finishedAt?.getTime()]).toEqual([clock.now(), clock.now()]);
        expect(JSON.stringify(ticking.record.inputs)).toBe(JSON.stringify(expected.inputs));

        // Ended by the host before any tick: every human seat stood in for, the rest as before.
        const humanSeat = (c.scenario.seats(params) as string[])[0];
        const ended = room(c.scenario, params, seed, seats().map((s) => (s.seat === humanSeat ? human(s.seat) : s)));
        await ended.finishNow((seat) => strategies[seat]);
        expect(ended.status).toBe("finished");
        expect(JSON.stringify(ended.record.inputs)).toBe(JSON.stringify(expected.inputs));
        // Stand-ins played it to its end: flagged, in the room and in its stored trace.
        expect([ended.botFinished, finishedGameOf(ended).trace.botFinished]).toEqual([true, true]);
        // A game that ended on its own is not, and ending it again changes nothing.
        expect(ticking.botFinished).toBe(false);
        expect(finishedGameOf(ticking).trace).not.toHaveProperty("botFinished");
        await ticking.finishNow((seat) => strategies[seat]);
        expect(ticking.botFinished).toBe(false);
      }
    });
  }
});

describe("one path for every input", () => {
  const params = loversParamsSchema.parse({ lossProbability: 0 });
  const send: { type: string } = { type: "send", kind: "proposal" } as { type: string };

  it("a seat a bot stands in for refuses its human, and the bot's moves land in the record", async () => {
    const clock = new ManualClock();
    const r = room(lovers, params, 7, [human("alice"), bot("bob", "chain-4")], clock);
    expect((await r.submit("alice", send)).ok).toBe(false); // not started
    r.start();
    await r.standIn("alice", "chain-4");
    const refused = await r.submit("alice", send);
    expect(refused).toMatchObject({ ok: false, error: { code: "STAND_IN_ACTIVE" } });
    // The stand-in answers each tick through the same path as any bot.
    const before = r.record.inputs.filter((a) => (a as { seat?: string }).seat === "alice").length;
    for (let i = 0; i < 12 && clock.running(r.id); i++) await clock.advance(r.id);
    expect(r.record.inputs.filter((a) => (a as { seat?: string }).seat === "alice").length).toBeGreaterThan(before);
  });

  it("a human cannot move for a bot's seat, and nothing is recorded", async () => {
    const r = room(lovers, params, 8, [human("alice"), bot("bob", "chain-4")]);
    r.start();
    const inputs = r.record.inputs.length;
    expect(await r.submit("bob", send)).toMatchObject({ ok: false, error: { code: "NOT_YOUR_SEAT" } });
    expect(r.record.inputs.length).toBe(inputs);
  });
});

describe("a game its bots end at tick 0", () => {
  it("finishes with no clock left running (FLP: a fair scheduler bot on a start that is already univalent)", () => {
    const clock = new ManualClock();
    const params = flp.paramsSchema.parse({ protocol: "wait-all", inputs: [1, 1, 1] });
    const r = room(flp, params, 9, [bot("adversary", "fair"), human("p1"), bot("p2", "protocol"), bot("p3", "protocol")], clock);
    r.start();
    expect(r.status).toBe("finished");
    expect(clock.running(r.id)).toBe(false);
  });
});
