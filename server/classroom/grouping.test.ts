import { describe, expect, it } from "vitest";
import { groupMixed, groupSizes, groupStudents } from "./grouping";

describe("groupStudents", () => {
  it("keeps pairs as pairs, one student beside a bot when their number is odd", () => {
    const { groups } = groupStudents(["a", "b", "c", "d", "e"], 2, false);
    expect(groups).toEqual([["a", "b"], ["c", "d"], ["e", null]]);
    expect(groupStudents(["a", "b", "c", "d"], 2, false).groups).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("balances larger games: six students in games of five play three and three, never five and one", () => {
    const { groups } = groupStudents(["a", "b", "c", "d", "e", "f"], 5, false);
    expect(groups).toEqual([["a", "b", "c", null, null], ["d", "e", "f", null, null]]);
  });

  it("uses as few games as the class needs, their student counts one apart at most", () => {
    for (let seats = 1; seats <= 8; seats++) {
      for (let n = 1; n <= 40; n++) {
        const sizes = groupSizes(n, seats);
        expect(sizes.length, `${n} students, ${seats} seats`).toBe(Math.ceil(n / seats));
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(seats);
        expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
      }
    }
    expect(groupSizes(0, 5)).toEqual([]);
    expect(groupSizes(7, 5)).toEqual([4, 3]);
    expect(groupSizes(11, 5)).toEqual([4, 4, 3]);
  });

  it("places every student exactly once when shuffled", () => {
    const students = Array.from({ length: 31 }, (_, i) => i);
    const { groups } = groupStudents(students, 5);
    expect(groups).toHaveLength(7);
    expect(groups.every((g) => g.length === 5)).toBe(true);
    const placed = groups.flat().filter((s) => s !== null);
    expect([...placed].sort((a, b) => a! - b!)).toEqual(students);
    expect(groups.flat().filter((s) => s === null)).toHaveLength(4);
    expect(groups.map((g) => g.filter((s) => s !== null).length)).toEqual([5, 5, 5, 4, 4, 4, 4]);
  });
});

describe("groupMixed (bring your bot)", () => {
  it("deals the bots over the games first, so people and bots share them", () => {
    // Four people, two bots, pairs: three games, the bots in two of them, each beside a person.
    const { groups } = groupMixed(["p1", "p2", "p3", "p4"], ["b1", "b2"], 2, false);
    expect(groups).toEqual([["b1", "p1"], ["b2", "p2"], ["p3", "p4"]]);
    // Games of five: the same game sizes as without bots, the bots one per game in turn.
    expect(groupMixed(["p1", "p2", "p3", "p4"], ["b1", "b2", "b3"], 5, false).groups).toEqual([
      ["b1", "b3", "p1", "p2", null],
      ["b2", "p3", "p4", null, null],
    ]);
  });

  it("seats everyone once, in as few games as groupStudents uses, never overfilling one", () => {
    for (let seats = 1; seats <= 5; seats++) {
      for (let people = 0; people <= 12; people++) {
        for (let bots = 0; bots <= 12; bots++) {
          const ps = Array.from({ length: people }, (_, i) => `p${i}`);
          const bs = Array.from({ length: bots }, (_, i) => `b${i}`);
          const { groups } = groupMixed(ps, bs, seats);
          const seated = groups.flat().filter((x) => x !== null);
          expect(seated.sort()).toEqual([...ps, ...bs].sort());
          expect(groups.every((g) => g.length === seats)).toBe(true);
          expect(groups.map((g) => g.filter((x) => x !== null).length)).toEqual(groupSizes(people + bots, seats));
          // Bots spread: their counts per game differ by one at most.
          const perGame = groups.map((g) => g.filter((x) => x?.startsWith("b")).length);
          if (perGame.length) expect(Math.max(...perGame) - Math.min(...perGame)).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});
