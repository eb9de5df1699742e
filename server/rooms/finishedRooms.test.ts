import { describe, expect, it } from "vitest";
import type { ResumableGame } from "../storage/types";
import { hashSecret } from "./credentials";
import { FinishedRooms } from "./finishedRooms";
import type { GameRoom } from "./room";

/** A store of games g0..g9 whose seat A holds the token "token-<id>", counting its reads. */
function fakeStore() {
  const reads: string[] = [];
  const store = {
    async getResumable(id: string): Promise<ResumableGame | null> {
      reads.push(id);
      if (!/^g\d$/.test(id)) return null;
      return { trace: {} as ResumableGame["trace"], code: "ABCD", friends: false, seats: [{ seat: "A", strategy: null, tokenHash: hashSecret(`token-${id}`) }, { seat: "B", strategy: "x", tokenHash: null }] };
    },
  };
  return { store, reads };
}

function setup(limit = 8) {
  const { store, reads } = fakeStore();
  const built: string[] = [];
  const rooms = new FinishedRooms(
    store,
    (game) => {
      built.push(game.seats[0].tokenHash as string);
      return { id: built.length } as unknown as GameRoom;
    },
    limit,
  );
  return { rooms, reads, built };
}

describe("FinishedRooms", () => {
  it("refuses a token that holds no stored seat before replaying the game", async () => {
    const { rooms, reads, built } = setup();
    expect(await rooms.forToken("g1", "forged")).toBe("BAD_TOKEN");
    expect(await rooms.forToken("nope", "token-nope")).toBe("UNKNOWN_GAME");
    expect(reads).toEqual(["g1", "nope"]);
    expect(built).toEqual([]);
    expect(rooms.size).toBe(0);
  });

  it("rebuilds a game once for a seat's token, and concurrent asks share one read", async () => {
    const { rooms, reads, built } = setup();
    const [a, b, c] = await Promise.all([rooms.forToken("g1", "token-g1"), rooms.forToken("g1", "token-g1"), rooms.get("g1")]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(reads).toEqual(["g1"]);
    expect(built).toHaveLength(1);
    expect(await rooms.forToken("g1", "token-g1")).toBe(a);
    expect(reads).toEqual(["g1"]);
  });

  it("keeps at most its limit, dropping the least recently used", async () => {
    const { rooms, reads } = setup(2);
    await rooms.get("g1");
    await rooms.get("g2");
    await rooms.get("g1"); // g1 is now the most recent
    await rooms.get("g3"); // g2 goes
    expect(rooms.size).toBe(2);
    expect(rooms.peek("g2")).toBeUndefined();
    expect(rooms.peek("g1")).toBeDefined();
    await rooms.get("g2");
    expect(reads).toEqual(["g1", "g2", "g3", "g2"]);
  });
});
