/**
 * A room rebuilt from its journal is the room that was: the same state from the same inputs. It
 * waits for its players: it goes on once every human seat is back, or when the grace period ends,
 * with a bot in each seat still away, which steps aside when its player comes back.
 */
import { describe, expect, it } from "vitest";
import { generals } from "../engine/generals";
import { generalsParamsSchema } from "../engine/generals/params";
import { ManualClock } from "../testing/manualClock";
import { hashSecret } from "./credentials";
import { GameRoom, type RoomHooks, type SeatSlot } from "./room";

const params = generalsParamsSchema.parse({ captureProbability: 0.3, dawnTick: 30 });
const GRACE = 10_000;
const PLAN = { type: "send", kind: "plan" } as { type: string };

function seats(): SeatSlot[] {
  return [
    { seat: "A", kind: "human", strategy: null, name: "Ada", playerId: "p-A", token: "t-A", tokenHash: hashSecret("t-A") },
    { seat: "B", kind: "bot", strategy: "acknowledged", name: "acknowledged", playerId: null, token: null, tokenHash: null },
  ];
}

function room(clock: ManualClock, hooks: Partial<RoomHooks> = {}): GameRoom {
  return new GameRoom({ id: "g1", code: "ROOM01", scenario: generals, params, seed: 42, tickMs: 100, seats: seats(), clock, hooks: { publish() {}, finished() {}, ...hooks } });
}

/** A game played a few ticks with two of the player's moves; what the journal got of it. */
async function journaledGame() {
  const clock = new ManualClock();
  const inputs: { type: string }[] = [];
  const original = room(clock, { accepted: (_r, seq, action) => (inputs[seq] = action) });
  original.start();
  await original.submit("A", PLAN);
  for (let i = 0; i < 3; i++) await clock.advance("g1");
  await original.submit("A", PLAN);
  await clock.advance("g1");
  return { original, inputs, startedAt: original.startedAt as Date };
}

describe("a room restored from its journal", () => {
  it("is in the state the original was, held for its player", async () => {
    const { original, inputs, startedAt } = await journaledGame();
    expect(inputs.filter((a) => a.type === "send" && (a as { seat?: string }).seat === "A")).toHaveLength(2);
    const clock = new ManualClock();
    const back = room(clock);
    back.restore(inputs, startedAt, GRACE, () => "acknowledged");
    expect(back.record.events).toEqual(original.record.events);
    expect(back.record.state).toEqual(original.record.state);
    expect(back.status).toBe("paused");
    expect(back.held).toEqual({ standInsAt: clock.now() + GRACE });
    expect(back.snapshot("A")).toMatchObject({ status: "paused", held: { standInsAt: clock.now() + GRACE } });
    // No tick while held; a move is refused and changes nothing.
    expect(clock.running("g1")).toBe(false);
    expect(await back.submit("A", PLAN)).toMatchObject({ ok: false, error: { code: "PAUSED" } });
    expect(back.record.inputs).toHaveLength(inputs.length);
  });

  it("goes on as soon as its player is back", async () => {
    const { inputs, startedAt } = await journaledGame();
    const clock = new ManualClock();
    let listening = false;
    const back = room(clock, { listening: () => listening });
    back.restore(inputs, startedAt, GRACE, () => "acknowledged");
    await back.returned("A"); // a socket that is not on the seat yet does not count
    expect(back.status).toBe("paused");
    listening = true;
    await back.returned("A");
    expect(back.status).toBe("running");
    expect(back.held).toBeNull();
    expect(clock.running("g1")).toBe(true);
    expect(back.seats[0].standIn ?? null).toBeNull();
  });

  it("lets a bot stand in after the grace period, until its player comes back", async () => {
    const { inputs, startedAt } = await journaledGame();
    const clock = new ManualClock();
    let listening = false;
    const back = room(clock, { listening: () => listening });
    back.restore(inputs, startedAt, GRACE, () => "bold");
    await clock.elapse(GRACE);
    expect(back.status).toBe("running");
    expect(back.seats[0].standIn).toBe("bold");
    expect(await back.submit("A", PLAN)).toMatchObject({ ok: false, error: { code: "STAND_IN_ACTIVE" } });
    listening = true;
    await back.returned("A");
    expect(back.seats[0].standIn).toBeNull();
  });

  it("is refused when its journal does not replay", () => {
    const back = room(new ManualClock());
    expect(() => back.restore([{ type: "capture", messengerId: 99 } as { type: string }], new Date(), GRACE, () => "bold")).toThrow(/input 0/);
  });
});

/** A restored game held for its player, and their coming back to the seat. */
async function heldGame() {
  const { inputs, startedAt } = await journaledGame();
  const clock = new ManualClock();
  let listening = false;
  const back = room(clock, { listening: () => listening });
  back.restore(inputs, startedAt, GRACE, () => "acknowledged");
  const comeBack = () => {
    listening = true;
    return back.returned("A");
  };
  return { clock, back, comeBack };
}

describe("a restored class game and its host's round controls", () => {
  it("paused by the host while held: its players' return does not start it, resuming does", async () => {
    const { clock, back, comeBack } = await heldGame();
    await back.pause();
    await comeBack();
    expect(back.held).toBeNull();
    expect(back.status).toBe("paused");
    expect(clock.running("g1")).toBe(false);
    expect(await back.submit("A", PLAN)).toMatchObject({ ok: false, error: { code: "PAUSED", message: expect.stringMatching(/host/) } });
    await back.resume();
    expect(back.status).toBe("running");
    expect(clock.running("g1")).toBe(true);
  });

  it("resumed by the host while held: it waits for its players still", async () => {
    const { clock, back, comeBack } = await heldGame();
    await back.pause();
    await back.resume();
    expect(back.held).not.toBeNull();
    expect(clock.running("g1")).toBe(false);
    expect(await back.submit("A", PLAN)).toMatchObject({ ok: false, error: { code: "PAUSED" } });
    await comeBack();
    expect(back.status).toBe("running");
    expect(clock.running("g1")).toBe(true);
  });

  it("ended now while held: bots play it to its end and its hold is gone", async () => {
    const { inputs, startedAt } = await journaledGame();
    const clock = new ManualClock();
    let finished = 0;
    const back = room(clock, { finished: () => finished++ });
    back.restore(inputs, startedAt, GRACE, () => "acknowledged");
    await back.finishNow(() => "bold");
    expect(back.status).toBe("finished");
    expect(back.botFinished).toBe(true);
    expect(back.held).toBeNull();
    expect(finished).toBe(1);
    expect(back.record.inputs.slice(0, inputs.length)).toEqual(inputs);
    // The grace period's end does nothing to a finished game.
    await clock.elapse(GRACE);
    expect(back.seats[0].standIn).toBe("bold");
    expect(back.status).toBe("finished");
  });
});
