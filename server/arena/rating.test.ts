import { describe, expect, it } from "vitest";
import { FIRST_RATING, rateMatch, resultAgainstPar } from "./rating";

describe("arena rating", () => {
  it("judges a score against par", () => {
    expect([resultAgainstPar(5, 3), resultAgainstPar(3, 3), resultAgainstPar(2, 3)]).toEqual([1, 0.5, 0]);
  });

  it("moves up above par, down below, and barely at par from 1500", () => {
    const up = rateMatch(FIRST_RATING, 1);
    const down = rateMatch(FIRST_RATING, 0);
    const even = rateMatch(FIRST_RATING, 0.5);
    expect(up.rating).toBeGreaterThan(1500);
    expect(down.rating).toBeLessThan(1500);
    expect(Math.abs(even.rating - 1500)).toBeLessThan(1e-6);
    expect(up.rd).toBeLessThan(FIRST_RATING.rd);
  });

  it("is deterministic and settles: the tenth win moves less than the first", () => {
    let r = FIRST_RATING;
    const steps: number[] = [];
    for (let i = 0; i < 10; i++) {
      const next = rateMatch(r, 1);
      steps.push(next.rating - r.rating);
      r = next;
    }
    expect(steps[9]).toBeLessThan(steps[0]);
    expect(rateMatch(FIRST_RATING, 1)).toEqual(rateMatch(FIRST_RATING, 1));
  });
});
