import { describe, expect, it } from "vitest";
import { advance, ARENA_IDLE_MS, comparePlaces, matchPlace, openCycle, placeOf, withheld, withheldMessage } from "./hold";

const now = new Date("2026-12-01T00:00:00Z");
const bot = (nextCycle: number, { idle = false } = {}) => ({ nextCycle, playedAt: new Date(now.getTime() - (idle ? ARENA_IDLE_MS : 1000)) });

describe("the arena's replay hold", () => {
  it("advances night by night, then to the next cycle", () => {
    expect(advance({ cycle: 0, night: 0 }, 32)).toEqual({ cycle: 0, night: 1 });
    expect(advance({ cycle: 2, night: 31 }, 32)).toEqual({ cycle: 3, night: 0 });
    expect(advance({ cycle: 0, night: 0 }, 1)).toEqual({ cycle: 1, night: 0 });
  });

  it("opens a cycle once every active bot has gone past it, never more than one past the latest match", () => {
    expect(openCycle({ bots: [], latestCycle: null, now })).toBe(0);
    expect(openCycle({ bots: [], latestCycle: 4, now })).toBe(5);
    expect(openCycle({ bots: [bot(3), bot(1), bot(2)], latestCycle: 3, now })).toBe(1);
    // A bot far ahead does not open cycles nobody played.
    expect(openCycle({ bots: [bot(9)], latestCycle: 2, now })).toBe(3);
    // Idle bots (a week since their latest match) hold nothing back (revoked ones are left out by the store).
    expect(openCycle({ bots: [bot(3), bot(0, { idle: true })], latestCycle: 3, now })).toBe(3);
  });

  it("plays a match at the highest place among its bots", () => {
    expect(comparePlaces({ cycle: 1, night: 0 }, { cycle: 0, night: 31 })).toBe(1);
    expect(comparePlaces({ cycle: 1, night: 2 }, { cycle: 1, night: 2 })).toBe(0);
    expect(comparePlaces({ cycle: 1, night: 2 }, { cycle: 1, night: 3 })).toBe(-1);
    expect(matchPlace([{ cycle: 0, night: 1 }, { cycle: 0, night: 2 }])).toEqual({ cycle: 0, night: 2 });
    expect(matchPlace([{ cycle: 1, night: 0 }, { cycle: 0, night: 5 }])).toEqual({ cycle: 1, night: 0 });
    expect(() => matchPlace([])).toThrow();
  });

  it("starts a new or returning bot at the open cycle, else where it is", () => {
    expect(placeOf(null, 0)).toEqual({ cycle: 0, night: 0 });
    expect(placeOf(null, 3)).toEqual({ cycle: 3, night: 0 });
    expect(placeOf({ cycle: 1, night: 7 }, 3)).toEqual({ cycle: 3, night: 0 });
    expect(placeOf({ cycle: 4, night: 7 }, 3)).toEqual({ cycle: 4, night: 7 });
  });

  it("withholds a match while its cycle is open or one of its matches is being played", () => {
    expect(withheld(2, 2, new Set())).toBe(true);
    expect(withheld(1, 2, new Set())).toBe(false);
    expect(withheld(1, 2, new Set([1]))).toBe(true);
    expect(withheldMessage(1)).toBe("This arena match's replay opens when cycle 2 is over.");
  });
});
