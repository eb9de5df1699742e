/**
 * With the server's `later` hook, a room answers an input before it builds any view: the views an
 * input changed come after the answer (one snapshot per input, whatever the timing), and only
 * for seats someone listens to; rooms started together send all their seats before any bot of
 * theirs plays its first move.
 */
import { describe, expect, it } from "vitest";
import { hashSecret } from "./credentials";
import { SCENARIOS } from "../engine/scenarios";
import { ManualClock } from "../testing/manualClock";
import { GameRoom, type RoomHooks, type SeatSlot } from "./room";

/** Work handed to `later`, run when the test says (a turn of the event loop ending). */
class Turns {
  private queued: (() => void)[] = [];
  readonly later = (run: () => void) => void this.queued.push(run);
  /** End the turn: run what was deferred, and let the rooms' queues settle. */
  async end(): Promise<void> {
    const runs = this.queued;
    this.queued = [];
    runs.forEach((run) => run());
    for (let i = 0; i < 10; i++) await Promise.resolve();
  }
}

const log: string[] = [];

/** Two Generals with the Enemy a bot; `humans` name the seats players hold, bots play the others. */
function generals(id: string, turns: Turns, hooks: Partial<RoomHooks> = {}, clock = new ManualClock(), humans = ["A", "B"]): GameRoom {
  const scenario = SCENARIOS.generals;
  const params = scenario.paramsSchema.parse({ enemy: "bot" });
  const seats: SeatSlot[] = scenario.seats(params).map((seat: string) => {
    if (humans.includes(seat)) return { seat, kind: "human", strategy: null, name: seat, playerId: seat, token: `token-${seat}`, tokenHash: hashSecret(`token-${seat}`) };
    const strategy: string = scenario.strategies(seat as "A")[0];
    return { seat, kind: "bot", strategy, name: strategy, playerId: null, token: null, tokenHash: null };
  });
  return new GameRoom({
    id,
    code: id.toUpperCase().padEnd(6, "X"),
    scenario,
    params,
    seed: 7,
    tickMs: 1000,
    seats,
    clock,
    hooks: {
      publish: (gameId, seat, snapshot) => log.push(`${gameId} view ${seat} ${snapshot.seq}`),
      accepted: (room, _i, action) => log.push(`${room.id} ${action.type}`),
      finished() {},
      later: turns.later,
      ...hooks,
    },
  });
}

describe("a room with `later`", () => {
  it("answers a move before building views, then sends one view per listened seat for the turn's inputs", async () => {
    const turns = new Turns();
    const clock = new ManualClock();
    const room = generals("g1", turns, { listening: (_g, seat) => seat === "A" }, clock);
    room.start();
    await turns.end();
    log.length = 0;
    const plan = { type: "send", kind: "plan" };
    const ack = await room.submit("A", plan);
    // The answer carries the number sent so far; nothing was built yet.
    expect(ack).toEqual({ ok: true, seq: 1 });
    expect(log.filter((l) => l.includes("view"))).toEqual([]);
    // The next input (a tick) comes before the turn ends: the move's view goes out first, so each
    // input has its own snapshot whatever the timing; for A only (nobody listens to B).
    await clock.advance(room.id);
    expect(log.filter((l) => l.includes("view"))).toEqual(["g1 view A 2"]);
    await turns.end();
    expect(log.filter((l) => l.includes("view"))).toEqual(["g1 view A 2", "g1 view A 3"]);
    room.dispose();
  });

  it("rooms started together send every seat before any bot of theirs plays", async () => {
    const turns = new Turns();
    // General A is a bot: it sends its first messenger at tick 0.
    const rooms = ["r1", "r2", "r3"].map((id) => generals(id, turns, {}, new ManualClock(), ["B"]));
    log.length = 0;
    rooms.forEach((r) => r.start());
    await turns.end();
    const firstBot = log.findIndex((l) => !l.includes("view"));
    const lastView = log.findLastIndex((l) => l.includes("view"));
    expect(log.filter((l) => l.includes("view"))).toEqual(["r1 view B 1", "r2 view B 1", "r3 view B 1"]);
    expect(log.slice(lastView + 1)).toContain("r1 send");
    expect(firstBot).toBeGreaterThan(lastView);
    rooms.forEach((r) => r.dispose());
  });
});
