import { describe, expect, it } from "vitest";
import { ManualClock } from "../testing/manualClock";
import { RoomRegistry } from "./registry";
import { REMATCH_ASKS, type FriendMemo, type GameRoom } from "./room";

/** What the registry reads of a room: a finished solo or friend game. */
function finishedRoom(id: string, friends = false) {
  let disposed = false;
  const memo: FriendMemo = { rematch: { status: "open" }, asks: 1, seqs: new Map() };
  const room = { id, code: `C${id}`, status: "finished", friends, memo, seats: [{ seat: "A" }], dispose: () => (disposed = true) } as unknown as GameRoom;
  return { room, memo, disposed: () => disposed };
}

function setup() {
  const clock = new ManualClock();
  const expired: string[] = [];
  const registry = new RoomRegistry({ clock, finishedRetentionMs: 1_000, expired: (g) => expired.push(g.id) });
  return { clock, registry, expired };
}

describe("RoomRegistry, finished games", () => {
  it("a stored game leaves memory at once, its expiry cancelled", async () => {
    const { clock, registry, expired } = setup();
    const { room } = finishedRoom("g1");
    registry.add(room);
    registry.finished(room);
    registry.stored(room);
    expect(registry.get("g1")).toBeUndefined();
    expect(expired).toEqual(["g1"]);
    await clock.elapse(5_000);
    expect(expired).toEqual(["g1"]);
  });

  it("a game the database never takes still leaves after the retention (the outbox keeps it)", async () => {
    const { clock, registry, expired } = setup();
    const { room, disposed } = finishedRoom("g2");
    registry.add(room);
    registry.finished(room);
    await clock.elapse(999);
    expect(registry.get("g2")).toBe(room);
    await clock.elapse(1);
    expect(registry.get("g2")).toBeUndefined();
    expect(disposed()).toBe(true);
    expect(expired).toEqual(["g2"]);
  });

  it("a stored friend game keeps its memo and code for the retention, then its rematch lapses in place", async () => {
    const { clock, registry, expired } = setup();
    const { room, memo } = finishedRoom("g3", true);
    registry.add(room);
    registry.finished(room);
    registry.stored(room);
    expect(registry.get("g3")).toBeUndefined();
    expect(registry.memoOf("g3")).toBe(memo);
    expect(registry.hasCode("Cg3")).toBe(true);
    await clock.elapse(1_000);
    expect(registry.memoOf("g3")).toBeUndefined();
    expect(registry.hasCode("Cg3")).toBe(false);
    // A room rebuilt for a resume holds this same object: it must read the rematch as over.
    expect(memo).toEqual({ rematch: { status: "lapsed" }, asks: REMATCH_ASKS, seqs: new Map() });
    expect(expired).toEqual(["g3"]);
  });
});
