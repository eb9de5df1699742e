/**
 * The countdown a room runs between "every seat is held" and tick 0, on its own clock: how long
 * it lasts, what a seat is sent meanwhile, that moves are refused until tick 0, that a pause
 * holds it, and that it leaves the game itself (its inputs, its trace) exactly as without it.
 */
import { describe, expect, it } from "vitest";
import { hashSecret } from "./credentials";
import { lovers } from "../engine/lovers";
import { loversParamsSchema } from "../engine/lovers/params";
import { generals } from "../engine/generals";
import { generalsParamsSchema } from "../engine/generals/params";
import type { AnyScenario } from "../engine/scenario";
import type { GameSnapshot } from "../protocol/events";
import { ManualClock } from "../testing/manualClock";
import { GameRoom, type SeatSlot } from "./room";

const bot = (seat: string, strategy: string): SeatSlot => ({ seat, kind: "bot", strategy, name: strategy, playerId: null, token: null, tokenHash: null });
const human = (seat: string): SeatSlot => ({ seat, kind: "human", strategy: null, name: "h", playerId: `p-${seat}`, token: `t-${seat}`, tokenHash: hashSecret(`t-${seat}`) });
const send = { type: "send", kind: "proposal" } as { type: string };
const loversParams = loversParamsSchema.parse({ lossProbability: 0.3 });

function room(options: { countdownMs: number; clock: ManualClock; seats?: SeatSlot[]; scenario?: AnyScenario; params?: unknown; seed?: number }) {
  const sent: GameSnapshot[] = [];
  const r = new GameRoom({
    id: `g${options.seed ?? 5}`,
    code: "ROOM01",
    scenario: options.scenario ?? lovers,
    params: options.params ?? loversParams,
    seed: options.seed ?? 5,
    tickMs: 1000,
    seats: options.seats ?? [human("alice"), bot("bob", "chain-4")],
    clock: options.clock,
    countdownMs: options.countdownMs,
    hooks: { publish: (_id, _seat, snapshot) => void sent.push(snapshot), finished() {} },
  });
  return { r, sent };
}

describe("the countdown before tick 0", () => {
  it("lasts countdownMs on the room's clock; tick 0 begins when it ends, not a millisecond before", async () => {
    const clock = new ManualClock();
    const { r, sent } = room({ countdownMs: 3000, clock });
    const t0 = clock.now();
    r.start();
    expect(r.status).toBe("starting");
    expect(r.startsAt).toBe(t0 + 3000);
    expect(clock.running(r.id)).toBe(false);
    expect(r.startedAt).toBeNull();
    expect(r.record.inputs).toEqual([]);
    // The seat hears of the countdown: when it ends, and what its briefing needs; no view yet.
    expect(sent.at(-1)).toMatchObject({ status: "starting", startsAt: t0 + 3000, view: null, announced: { lossProbability: 0.3, hours: 12 } });

    await clock.elapse(2999);
    expect(r.status).toBe("starting");
    expect(clock.running(r.id)).toBe(false);
    await clock.elapse(1);
    expect(r.status).toBe("running");
    expect(r.startedAt?.getTime()).toBe(t0 + 3000);
    expect(clock.running(r.id)).toBe(true);
    const first = sent.at(-1)!;
    expect(first.status).toBe("running");
    expect(first.view).not.toBeNull();
    expect(first).not.toHaveProperty("startsAt");
    expect(first).not.toHaveProperty("announced");
    // The first tick is the clock's next step after tick 0.
    expect(lovers.progress(r.record.state as never).tick).toBe(0);
    await clock.advance(r.id);
    expect(lovers.progress(r.record.state as never).tick).toBe(1);
  });

  it("refuses a move before tick 0 with NOT_STARTED, and records nothing", async () => {
    const clock = new ManualClock();
    const { r } = room({ countdownMs: 3000, clock });
    r.start();
    const refused = await r.submit("alice", send);
    expect(refused).toMatchObject({ ok: false, error: { code: "NOT_STARTED", message: expect.stringContaining("countdown") } });
    expect(r.record.inputs).toEqual([]);
    await clock.elapse(3000);
    expect(await r.submit("alice", send)).toMatchObject({ ok: true });
  });

  it("0 starts at once: no starting snapshot, no announced params in any running one", () => {
    const clock = new ManualClock();
    const { r, sent } = room({ countdownMs: 0, clock });
    r.start();
    expect(r.status).toBe("running");
    expect(clock.running(r.id)).toBe(true);
    expect(sent.map((s) => s.status)).toEqual(["running"]);
  });

  it("a pause holds the countdown; resume counts down again from the start", async () => {
    const clock = new ManualClock();
    const { r, sent } = room({ countdownMs: 3000, clock });
    r.start();
    await clock.elapse(2000);
    await r.pause();
    expect(r.status).toBe("paused");
    expect(r.startsAt).toBeNull();
    expect(sent.at(-1)).toMatchObject({ status: "paused", view: null, announced: { hours: 12 } });
    expect(sent.at(-1)).not.toHaveProperty("startsAt");
    expect(await r.submit("alice", send)).toMatchObject({ ok: false, error: { code: "PAUSED" } });
    await clock.elapse(10_000);
    expect(r.status).toBe("paused");
    expect(clock.running(r.id)).toBe(false);

    await r.resume();
    const resumedAt = clock.now();
    expect(r.status).toBe("starting");
    expect(sent.at(-1)).toMatchObject({ status: "starting", startsAt: resumedAt + 3000, view: null });
    await clock.elapse(2999);
    expect(r.status).toBe("starting");
    await clock.elapse(1);
    expect(r.status).toBe("running");
    expect(r.startedAt?.getTime()).toBe(resumedAt + 3000);
  });

  it("a paused running game resumes at once, with no second countdown", async () => {
    const clock = new ManualClock();
    const { r } = room({ countdownMs: 3000, clock });
    r.start();
    await clock.elapse(3000);
    await r.pause();
    await r.resume();
    expect(r.status).toBe("running");
    expect(clock.running(r.id)).toBe(true);
  });

  it("leaves the game unchanged: the same inputs and trace as without a countdown", async () => {
    const params = generalsParamsSchema.parse({ captureProbability: 0.3, dawnTick: 12, enemy: "bot" });
    const seats = () => [bot("A", "chain-4"), bot("B", "chain-3"), bot("enemy", "random")];
    const play = async (countdownMs: number) => {
      const clock = new ManualClock();
      const { r } = room({ countdownMs, clock, scenario: generals, params, seed: 77, seats: seats() });
      r.start();
      await clock.elapse(countdownMs);
      for (let i = 0; i < 1000 && clock.running(r.id); i++) await clock.advance(r.id);
      expect(r.status).toBe("finished");
      return { inputs: JSON.stringify(r.record.inputs), trace: JSON.stringify(r.record.traceEvents()) };
    };
    expect(await play(3000)).toEqual(await play(0));
  });

  it("ending the game during the countdown plays it at once; a disposed room never begins", async () => {
    const clock = new ManualClock();
    const { r } = room({ countdownMs: 3000, clock });
    r.start();
    await r.finishNow(() => "chain-4");
    expect(r.status).toBe("finished");
    await clock.elapse(5000);
    expect(r.status).toBe("finished");

    const other = room({ countdownMs: 3000, clock });
    other.r.start();
    other.r.dispose();
    await clock.elapse(5000);
    expect(other.r.status).toBe("starting");
    expect(clock.running(other.r.id)).toBe(false);
  });
});
