/**
 * `pass` and the tick deadline (docs/bot-api.md, *Timing*): a pass is checked like a move and
 * changes nothing; a Bot API bot's seat that neither moved nor passed in a tick gets its
 * stand-in's moves at the tick's end, recorded like any bot's, and counts a timeout; its refused
 * moves are counted; both counters survive a restart and are stored with the game.
 */
import pino from "pino";
import { describe, expect, it } from "vitest";
import { generals } from "../engine/generals";
import { generalsParamsSchema } from "../engine/generals/params";
import { botSeed } from "../engine/step";
import { verifyTrace } from "../engine/verify";
import { ManualClock } from "../testing/manualClock";
import { MemoryGameStore } from "../testing/memoryStores";
import { hashSecret } from "./credentials";
import { GameService } from "./gameService";
import { headerOf } from "./liveHeader";
import { GameRecorder } from "./recorder";
import { RoomRegistry } from "./registry";
import { GameRoom, type SeatSlot } from "./room";

const params = generalsParamsSchema.parse({ captureProbability: 0, crossingTicks: 1, dawnTick: 6 });
const human = (seat: string): SeatSlot => ({ seat, kind: "human", strategy: null, name: seat, playerId: `p-${seat}`, token: `t-${seat}`, tokenHash: hashSecret(`t-${seat}`) });
const house = (seat: string, strategy: string): SeatSlot => ({ seat, kind: "bot", strategy, name: strategy, playerId: null, token: null, tokenHash: null });

function generalsRoom(seats: SeatSlot[], clock = new ManualClock()): GameRoom {
  return new GameRoom({ id: "gdead001", code: "DEAD01", scenario: generals, params, seed: 11, tickMs: 1000, seats, clock, hooks: { publish() {}, finished() {} } });
}

describe("pass", () => {
  it("is answered like a move and changes nothing: no input, no view", async () => {
    const published: string[] = [];
    const room = new GameRoom({
      id: "gpass001",
      code: "PASS01",
      scenario: generals,
      params,
      seed: 3,
      tickMs: 1000,
      seats: [human("A"), house("B", "timid")],
      clock: new ManualClock(),
      hooks: { publish: (_, seat) => void published.push(seat), finished() {} },
    });
    expect(await room.pass("A")).toMatchObject({ ok: false, error: { code: "NOT_STARTED" } });
    room.start();
    const inputs = room.record.inputs.length;
    const sent = published.length;
    const ack = await room.pass("A");
    expect(ack).toEqual({ ok: true, seq: expect.any(Number) });
    expect(room.record.inputs.length).toBe(inputs);
    expect(published.length).toBe(sent);
    // Checked like a move: not a house bot's seat, not a seat a stand-in plays.
    expect(await room.pass("B")).toMatchObject({ ok: false, error: { code: "NOT_YOUR_SEAT" } });
    await room.standIn("A", "timid");
    expect(await room.pass("A")).toMatchObject({ ok: false, error: { code: "STAND_IN_ACTIVE" } });
    room.dispose();
  });

  it("is no input of a finished game's trace", async () => {
    const clock = new ManualClock();
    const room = generalsRoom([human("A"), house("B", "bold")], clock);
    room.start();
    while (clock.running(room.id)) {
      expect((await room.pass("A")).ok).toBe(true);
      await clock.advance(room.id);
    }
    expect(room.record.inputs.some((a) => a.type === "pass" || JSON.stringify(a).includes('"pass"'))).toBe(false);
    expect(await room.pass("A")).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
  });
});

/** A server without sockets on a manual clock: a bot's games are made and played through its use cases. */
function server() {
  const clock = new ManualClock();
  const log = pino({ level: "silent" });
  const store = new MemoryGameStore();
  const registry = new RoomRegistry({ clock });
  const games = new GameService({ registry, store, recorder: new GameRecorder({ store, outbox: null, log }), log, publish() {}, clock, newSeed: () => 99, countdownMs: 0 });
  return { clock, store, games };
}

/** A Bot API bot's Two Generals game in seat A against a house bot, begun (tick 0). */
async function botGame(games: GameService, opponent = "timid") {
  const payload = { scenario: "generals", params: { captureProbability: 0, crossingTicks: 1, dawnTick: 6 }, seat: "A", others: { B: { kind: "bot" as const, strategy: opponent } }, tickMs: 100 };
  const grant = await games.createForBot(payload, { id: "bot-1", name: "Silent", ownerId: "owner-1" });
  if (!grant.ok || !grant.room) throw new Error(JSON.stringify(grant));
  games.enter(grant.room, "A");
  const slot = grant.room.seats.find((s) => s.seat === "A") as SeatSlot;
  const move = (m: object) => games.move({ gameId: grant.gameId, seatToken: grant.seatToken, move: m as { type: string } });
  return { room: grant.room, slot, move };
}

/** Seat A's inputs among `inputs`, in order. */
const seatInputs = (inputs: readonly { type: string }[], seat = "A") => inputs.filter((a) => (a as { seat?: string }).seat === seat);

describe("the tick deadline", () => {
  it("plays a silent bot seat's stand-in at the end of the tick, recorded as inputs, and counts a timeout", async () => {
    const { clock, games } = server();
    const { room, slot } = await botGame(games);
    expect(room.status).toBe("running");
    // What the stand-in (the scenario's house strategy for the seat) plays in A's view of tick 0.
    const { scenario } = room;
    const expected = scenario.botMoves(scenario.view(room.record.state, "A", room.record.viewMemo), scenario.role("A").standIn, botSeed(room.seed, "A")).map((m) => scenario.toAction("A", m));
    expect(expected.length).toBeGreaterThan(0);
    const before = room.record.inputs.length;
    await clock.advance(room.id);
    // Before the tick's own input: the stand-in's moves, as the house bot's would be.
    const added = room.record.inputs.slice(before);
    expect(added.slice(0, expected.length)).toEqual(expected);
    expect(added.findIndex((a) => a.type === "tick")).toBeGreaterThanOrEqual(expected.length);
    expect(slot.timeouts).toBe(1);
  });

  it("spares a seat that passed, and one that moved", async () => {
    const { clock, games } = server();
    const passer = await botGame(games);
    expect(await passer.move({ type: "pass" })).toEqual({ ok: true, seq: expect.any(Number) });
    const before = passer.room.record.inputs.length;
    await clock.advance(passer.room.id);
    expect(seatInputs(passer.room.record.inputs.slice(before))).toEqual([]);
    expect(passer.slot.timeouts ?? 0).toBe(0);
    // A pass counts for its tick only: the next silent tick is a timeout.
    await clock.advance(passer.room.id);
    expect(passer.slot.timeouts).toBe(1);

    const mover = await botGame(games);
    expect((await mover.move({ type: "commit", decision: "hold" })).ok).toBe(true);
    const at = mover.room.record.inputs.length;
    await clock.advance(mover.room.id);
    expect(seatInputs(mover.room.record.inputs.slice(at))).toEqual([]);
    expect(mover.slot.timeouts ?? 0).toBe(0);
  });

  it("leaves a person's seat alone: a silent person's tick is a tick in which the seat did nothing", async () => {
    const clock = new ManualClock();
    const room = generalsRoom([human("A"), house("B", "timid")], clock);
    room.start();
    const before = room.record.inputs.length;
    await clock.advance(room.id);
    expect(seatInputs(room.record.inputs.slice(before))).toEqual([]);
    expect(room.seats[0].timeouts).toBeUndefined();
    // Nor are a person's refused moves counted.
    expect((await room.submit("A", { type: "send", kind: "ack" } as { type: string })).ok).toBe(false);
    expect(room.seats[0].refused).toBeUndefined();
  });

  it("counts a bot seat's refused moves: the rules' and the move schema's, not a refusal of the game's state", async () => {
    const { clock, games } = server();
    const { room, slot, move } = await botGame(games);
    expect(await move({ type: "send", kind: "ack" })).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    expect(await move({ type: "dance" })).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(slot.refused).toBe(2);
    // Refused moves are not moves: the tick still ends with the stand-in.
    await clock.advance(room.id);
    expect(slot.timeouts).toBe(1);
    while (clock.running(room.id)) await clock.advance(room.id);
    expect(await move({ type: "send", kind: "plan" })).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
    expect(slot.refused).toBe(2);
  });

  it("replays to the same game, and a restart keeps the counters, which the stored game carries", async () => {
    const first = server();
    const { room, slot, move } = await botGame(first.games, "bold");
    await move({ type: "dance" });
    for (let i = 0; i < 2; i++) await first.clock.advance(room.id);
    expect({ timeouts: slot.timeouts, refused: slot.refused }).toEqual({ timeouts: 2, refused: 1 });

    // The journal's header and inputs bring the game back elsewhere, counters included.
    const second = server();
    const back = second.games.restoreRoom({ header: { ...headerOf(room), startedAt: room.startedAt }, inputs: [...room.record.inputs] });
    if (!back) throw new Error("not restored");
    expect(back.record.state).toEqual(room.record.state);
    expect(back.seats[0]).toMatchObject({ botId: "bot-1", timeouts: 2, refused: 1 });
    await back.returned("A");
    while (second.clock.running(back.id)) await second.clock.advance(back.id);
    const stored = second.store.games.get(back.id);
    if (!stored) throw new Error("not stored");
    const seatA = stored.seats.find((s) => s.seat === "A");
    expect(seatA).toMatchObject({ kind: "bot", botId: "bot-1", refused: 1 });
    expect(seatA?.timeouts).toBeGreaterThan(2);
    expect(stored.trace.seats[0]).toEqual({ seat: "A", kind: "bot", name: "Silent", playerId: null, botId: "bot-1", timeouts: seatA?.timeouts, refused: 1 });
    // The stand-in's moves are inputs like any: the trace replays to its own events.
    expect(verifyTrace(stored.trace)).toMatchObject({ ok: true });
  });
});
