import { describe, expect, it } from "vitest";
import { groupSizes, groupStudents } from "./grouping";

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
