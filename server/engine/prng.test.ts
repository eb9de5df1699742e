import { describe, expect, it } from "vitest";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { firstFloat, nextFloat, nextInt, SeededRandom, seedRng } from "./prng";

describe("seeded PRNG", () => {
  it("is reproducible from the seed", () => {
    const a = new SeededRandom(12345);
    const b = new SeededRandom(12345);
    for (let i = 0; i < 100; i++) expect(a.float()).toBe(b.float());
  });

  it("gives unrelated first draws for neighbouring seeds", () => {
    const first = Array.from({ length: 1000 }, (_, seed) => nextFloat(seedRng(seed))[0]);
    const mean = first.reduce((x, y) => x + y, 0) / first.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(first.filter((u) => u < 0.3).length).toBeGreaterThan(250);
  });

  it("draws floats in [0, 1) and integers in range", () => {
    let s = seedRng(7);
    for (let i = 0; i < 10_000; i++) {
      const [u, next] = nextFloat(s);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      const [k, after] = nextInt(next, 3, 5);
      expect([3, 4, 5]).toContain(k);
      s = after;
    }
  });

  it("does not mutate the state it is given", () => {
    const s = seedRng(1);
    const copy = [...s];
    nextFloat(s);
    expect(s).toEqual(copy);
  });

  it("steps exactly as pure-rand's xoroshiro128+ (every recorded game depends on it)", () => {
    for (let seed = 0; seed < 200; seed++) {
      let ours = seedRng(seed * 7919 + 1);
      let theirs = xoroshiro128plusFromState(ours);
      for (let i = 0; i < 50; i++) {
        const [u, next] = nextFloat(ours);
        expect(u).toBe((theirs.next() >>> 0) / 0x1_0000_0000);
        expect(next).toEqual(theirs.getState());
        ours = next;
        theirs = xoroshiro128plusFromState(theirs.getState());
      }
    }
  });

  it("firstFloat is the first draw of a fresh state", () => {
    for (const seed of [0, 1, 2, 3, 0xffffffff, 0x80000000, 123456789, -5]) expect(firstFloat(seed)).toBe(nextFloat(seedRng(seed))[0]);
    for (let seed = 0; seed < 5000; seed++) expect(firstFloat(seed * 2654435761)).toBe(nextFloat(seedRng(seed * 2654435761))[0]);
  });
});
