/**
 * Issue 14, "Done when": Ben-Or decides in every one of 10,000 seeded runs against the bot
 * adversary (n = 3, f = 1, inputs from the seed, the splitter's crash), with a safety cap on steps
 * that is never reached. Safety (agreement, validity) must hold whatever the adversary does, so
 * the fifo and random bots and n = 5 are checked too.
 */
import { describe, expect, it } from "vitest";
import { checkBenOr } from "./checker";
import { lastDecisionRound } from "./game";
import { roundsDistribution, runBenOr, type RunOptions } from "./runs";

const CAP = 100_000;

function everyRunDecides(runs: number, seed0: number, options: RunOptions) {
  let crashes = 0;
  let maxSteps = 0;
  for (let i = 0; i < runs; i++) {
    const seed = seed0 + i;
    const { state, capped, steps } = runBenOr(seed, { ...options, maxSteps: CAP });
    const verdict = checkBenOr(state);
    if (capped || !verdict.ok) expect.fail(`seed ${seed}: ${JSON.stringify({ capped, verdict })}`);
    crashes += state.crashed.length;
    maxSteps = Math.max(maxSteps, steps);
  }
  return { crashes, maxSteps };
}

describe("Ben-Or terminates with probability 1 and is always safe", () => {
  it("decides in every one of 10,000 seeded runs against the splitter bot (n = 3, f = 1)", () => {
    const { crashes, maxSteps } = everyRunDecides(10_000, 1, { bot: "splitter" });
    expect(crashes).toBeGreaterThan(9_000); // the bot does use its crash
    expect(maxSteps).toBeLessThan(CAP / 10);
  });

  it("is safe and terminates against the fifo and random bots, and for n = 5, f = 2", () => {
    everyRunDecides(1_000, 50_000, { bot: "fifo" });
    everyRunDecides(2_000, 60_000, { bot: "random" });
    everyRunDecides(100, 70_000, { bot: "splitter", n: 5 });
    everyRunDecides(300, 80_000, { bot: "random", n: 5 });
  });

  it("the bots keep the fairness bound: with the engine enforcing it, none of their moves is refused", () => {
    for (const bot of ["splitter", "fifo", "random"] as const) {
      for (const bound of [3, 9, 40]) everyRunDecides(300, 90_000 + bound, { bot, bound, enforceBound: true });
    }
  });

  it("roundsDistribution counts each run's last decision round, deterministically", () => {
    const d = roundsDistribution(200, 1);
    expect(d.capped).toBe(0);
    expect(d.histogram.reduce((a, b) => a + b, 0)).toBe(200);
    expect(d.histogram[0]).toBe(0);
    expect(roundsDistribution(200, 1)).toEqual(d);
    expect(d.histogram[lastDecisionRound(runBenOr(1).state)!]).toBeGreaterThan(0);
  });
});
