import { describe, expect, it } from "vitest";
import { arenaOf, arenaScenarioIds, NIGHTS, nightOf, parOf } from "./nights";

describe("arena nights", () => {
  it("gives every scenario with player seats fixed seeds, params and its player seats", () => {
    expect(arenaScenarioIds()).toContain("generals");
    const generals = arenaOf("generals");
    expect(generals?.arenaSeats).toEqual(["A", "B"]);
    expect(generals?.seeds).toHaveLength(NIGHTS);
    expect(new Set(generals?.seeds).size).toBe(NIGHTS);
    // The adversary scenarios compete in their adversary seat (role kind "player").
    expect(arenaOf("flp")?.arenaSeats).toEqual(["adversary"]);
    expect(arenaOf("nope")).toBeNull();
  });

  it("is the same nights in the same order for every bot", () => {
    expect([0, 1, 31, 32, 33].map(nightOf)).toEqual([0, 1, 31, 0, 1]);
    expect(arenaOf("generals")?.seeds[0]).toBe(arenaOf("generals")?.seeds[0]);
  });

  it("computes par deterministically with the house in every seat", () => {
    const first = parOf("generals", 3);
    expect(Object.keys(first).sort()).toEqual(["A", "B"]);
    // The memo is not what makes it equal: a fresh simulation gives the same scores.
    expect(JSON.parse(JSON.stringify(parOf("generals", 3)))).toEqual(first);
    expect(() => parOf("nope", 0)).toThrow();
  });
});
