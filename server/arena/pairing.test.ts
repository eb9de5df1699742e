import { describe, expect, it } from "vitest";
import { nextMatch, servingOrder } from "./pairing";

const w = (botId: string, since: number, order = 0, ownerId = `owner-${botId}`) => ({ botId, ownerId, since, order });

describe("arena pairing", () => {
  it("serves first come first served, each bot once", () => {
    expect(servingOrder([w("b", 20, 1), w("a", 10, 2), w("b", 5, 3), w("c", 10, 0)]).map((x) => x.botId)).toEqual(["b", "c", "a"]);
  });

  it("pairs the two oldest at once, whatever the wait", () => {
    expect(nextMatch([w("c", 30), w("a", 10), w("b", 20)], 2, 30, 3000)?.map((x) => x.botId)).toEqual(["a", "b"]);
  });

  it("fills up to the arena seats, and matches a partial group of two or more", () => {
    const five = ["a", "b", "c", "d", "e", "f"].map((id, i) => w(id, i));
    expect(nextMatch(five, 5, 0, 3000)?.map((x) => x.botId)).toEqual(["a", "b", "c", "d", "e"]);
    expect(nextMatch(five.slice(0, 3), 5, 0, 3000)).toHaveLength(3);
  });

  it("never matches two bots of one owner: the younger waits, and a lone owner's bot plays the house", () => {
    const queue = [w("a1", 0, 0, "ann"), w("a2", 5, 1, "ann"), w("b", 10, 2, "bob")];
    expect(servingOrder(queue).map((x) => x.botId)).toEqual(["a1", "b"]);
    expect(nextMatch(queue, 3, 10, 3000)?.map((x) => x.botId)).toEqual(["a1", "b"]);
    // Only one owner waiting: not a pair, so the pair wait, then the house.
    const ann = [w("a1", 0, 0, "ann"), w("a2", 0, 1, "ann")];
    expect(nextMatch(ann, 2, 2999, 3000)).toBeNull();
    expect(nextMatch(ann, 2, 3000, 3000)?.map((x) => x.botId)).toEqual(["a1"]);
  });

  it("makes a lone bot wait for a partner, then gives it the house", () => {
    expect(nextMatch([w("a", 1000)], 2, 3999, 3000)).toBeNull();
    expect(nextMatch([w("a", 1000)], 2, 4000, 3000)?.map((x) => x.botId)).toEqual(["a"]);
    // One arena seat (an adversary scenario): no partner to wait for.
    expect(nextMatch([w("a", 1000)], 1, 1000, 3000)?.map((x) => x.botId)).toEqual(["a"]);
    expect(nextMatch([], 2, 0, 0)).toBeNull();
  });
});
