import { describe, expect, it } from "vitest";
import { groupStudents } from "./grouping";

describe("groupStudents", () => {
  it("cuts students into full groups and leaves the last group's gaps to bots", () => {
    const { groups } = groupStudents(["a", "b", "c", "d", "e"], 2, false);
    expect(groups).toEqual([["a", "b"], ["c", "d"], ["e", null]]);
  });

  it("places every student exactly once when shuffled", () => {
    const students = Array.from({ length: 31 }, (_, i) => i);
    const { groups } = groupStudents(students, 5);
    expect(groups).toHaveLength(7);
    const placed = groups.flat().filter((s) => s !== null);
    expect([...placed].sort((a, b) => a! - b!)).toEqual(students);
    expect(groups.flat().filter((s) => s === null)).toHaveLength(4);
  });
});
