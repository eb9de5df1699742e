import { describe, expect, it } from "vitest";
import { advance, ARENA_IDLE_MS, openCycle, placeOf, withheld, withheldError, type Place } from "./hold";

const now = new Date("2026-12-01T00:00:00Z");
const bot = (nextCycle: number, { idle = false, revoked = false } = {}) => ({ nextCycle, playedAt: new Date(now.getTime() - (idle ? ARENA_IDLE_MS : 1000)), revoked });

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
    // Idle (a week since its latest match) or revoked bots hold nothing back.
    expect(openCycle({ bots: [bot(3), bot(0, { idle: true }), bot(1, { revoked: true })], latestCycle: 3, now })).toBe(3);
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
    expect(withheldError(1)).toEqual({ code: "ARENA_REPLAY_WITHHELD", message: "This arena match's replay opens when cycle 2 is over.", cycle: 1 });
  });

  // The property: simulate bots joining, playing (as leader or partner), idling and coming back;
  // no match may ever open on a cycle whose replays were already opened.
  it("never opens a match on a cycle already over, whatever the bots do (seeded runs)", () => {
    for (let seed = 1; seed <= 200; seed++) {
      let s = seed;
      const rand = (n: number) => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % n);
      const nights = 1 + rand(4);
      let t = 0;
      const bots: { place: Place | null; playedAt: number }[] = [];
      let latest: number | null = null;
      let released = 0;
      for (let step = 0; step < 150; step++) {
        const at = new Date(t);
        const facts = bots.filter((b) => b.place).map((b) => ({ nextCycle: b.place!.cycle, playedAt: new Date(b.playedAt), revoked: false }));
        const open = openCycle({ bots: facts, latestCycle: latest, now: at, idleMs: 50 });
        expect(open, `seed ${seed}`).toBeGreaterThanOrEqual(released);
        released = open;
        if (rand(6) === 0) bots.push({ place: null, playedAt: t });
        if (bots.length === 0) continue;
        const chosen = [...new Set([rand(bots.length), rand(bots.length)])].map((i) => bots[i]);
        const places = chosen.map((b) => placeOf(b.place, open));
        expect(places[0].cycle, `seed ${seed}: a match on an opened cycle`).toBeGreaterThanOrEqual(released);
        latest = Math.max(latest ?? 0, places[0].cycle);
        chosen.forEach((b, i) => ((b.place = advance(places[i], nights)), (b.playedAt = t)));
        t += 1 + rand(30);
      }
    }
  });
});
