import { describe, expect, it } from "vitest";
import { arenaOf, arenaScenarioIds, arenaSeed, NIGHTS, parOf, simulatePar } from "./nights";

describe("arena nights", () => {
  it("gives every scenario with player seats fixed params and its player seats", () => {
    expect(arenaScenarioIds()).toContain("generals");
    expect(arenaOf("generals")?.arenaSeats).toEqual(["A", "B"]);
    // The adversary scenarios compete in their adversary seat (role kind "player").
    expect(arenaOf("flp")?.arenaSeats).toEqual(["adversary"]);
    expect(arenaOf("nope")).toBeNull();
  });

  it("has cycles of 32 nights", () => {
    expect(NIGHTS).toBe(32);
  });

  it("derives a night's seed from the secret: the same for everyone, another per night, cycle and secret", () => {
    const seeds = Array.from({ length: NIGHTS }, (_, night) => arenaSeed("s", "generals", 0, night));
    expect(new Set(seeds).size).toBe(NIGHTS);
    expect(arenaSeed("s", "generals", 0, 3)).toBe(seeds[3]);
    expect(arenaSeed("s", "generals", 1, 3)).not.toBe(seeds[3]);
    expect(arenaSeed("t", "generals", 0, 3)).not.toBe(seeds[3]);
    expect(arenaSeed("s", "consensus", 0, 3)).not.toBe(seeds[3]);
    for (const seed of seeds) expect(seed >>> 0).toBe(seed);
  });

  it("computes par deterministically with the house in every seat", () => {
    const seed = arenaSeed("s", "generals", 0, 3);
    const first = simulatePar("generals", seed);
    expect(Object.keys(first).sort()).toEqual(["A", "B"]);
    // Two fresh simulations agree, and the memo gives what a simulation gives.
    expect(simulatePar("generals", seed)).toEqual(first);
    expect(parOf("generals", seed)).toEqual(first);
    expect(() => parOf("nope", 0)).toThrow();
  });
});
