/**
 * A friend game's rematch inside the room: a request lapses after its window on the room's
 * clock, may be asked again (a few times in all), and the players move one human seat along.
 */
import { describe, expect, it } from "vitest";
import { hashSecret } from "./credentials";
import { generals } from "../engine/generals";
import { generalsParamsSchema } from "../engine/generals/params";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { ManualClock } from "../testing/manualClock";
import { GameRoom, REMATCH_ASKS, REMATCH_WINDOW_MS, rematchSeats, type SeatSlot } from "./room";

const human = (seat: string, name: string): SeatSlot => ({ seat, kind: "human", strategy: null, name, playerId: `p-${name}`, token: `t-${seat}`, tokenHash: hashSecret(`t-${seat}`) });
const bot = (seat: string): SeatSlot => ({ seat, kind: "bot", strategy: "bold", name: "bold", playerId: null, token: null, tokenHash: null });

async function finishedFriendGame(clock: ManualClock) {
  const published: GameSnapshot[] = [];
  const room = new GameRoom({
    id: "g1",
    code: "ROOM01",
    scenario: generals,
    params: generalsParamsSchema.parse({ dawnTick: 3 }),
    seed: 7,
    tickMs: 1000,
    seats: [human("A", "Ada"), human("B", "Bo")],
    clock,
    friends: true,
    hooks: { publish: (_g, _s, snap) => published.push(snap), listening: () => true, finished() {} },
  });
  room.start();
  for (let i = 0; i < 100 && clock.running(room.id); i++) await clock.advance(room.id);
  expect(room.status).toBe("finished");
  return { room, published };
}

const noGame = (): Map<string, SeatGrant> => {
  throw new Error("no rematch expected");
};

describe("rematch in the room", () => {
  it("lapses after its window, can be asked again, and only so many times", async () => {
    const clock = new ManualClock();
    const { room, published } = await finishedFriendGame(clock);
    expect(await room.askRematch("A", noGame)).toEqual({ ok: true, rematch: "asked" });
    expect(published.at(-1)?.rematch).toEqual({ status: "asked", askedBy: ["A"], lapsesAt: clock.now() + REMATCH_WINDOW_MS });
    await clock.elapse(REMATCH_WINDOW_MS - 1);
    expect(room.snapshot("B").rematch?.status).toBe("asked");
    await clock.elapse(1);
    expect(room.snapshot("B").rematch).toEqual({ status: "lapsed" });
    expect(published.filter((s) => s.seat === "B").at(-1)?.rematch).toEqual({ status: "lapsed" });
    for (let i = 1; i < REMATCH_ASKS; i++) {
      expect((await room.askRematch(i % 2 ? "B" : "A", noGame)).ok).toBe(true);
      await clock.elapse(REMATCH_WINDOW_MS);
    }
    expect(await room.askRematch("A", noGame)).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
  });

  it("seats: two players swap; three move one seat along; bots stay", () => {
    const two = rematchSeats([human("A", "Ada"), human("B", "Bo"), bot("enemy")]);
    expect(two.map((s) => [s.seat, s.name, s.token])).toEqual([["A", "Bo", null], ["B", "Ada", null], ["enemy", "bold", null]]);
    const three = rematchSeats([human("p1", "x"), bot("p2"), human("p3", "y"), human("p4", "z")]);
    expect(three.map((s) => s.name)).toEqual(["z", "bold", "x", "y"]);
  });
});
