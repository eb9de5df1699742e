/**
 * The home page's chart: rounds to decide over 1,000 seeded runs of three processes (one crash
 * allowed) against the splitter, computed once per server process (about 0.4 s) and kept.
 */
import { roundsDistribution, type RoundsDistribution } from "./engine/runs";

export const CHART_RUNS = 1000;
export const CHART_SEED = 1;

let memo: RoundsDistribution | null = null;

export function splitterRoundsChart(): RoundsDistribution {
  memo ??= roundsDistribution(CHART_RUNS, CHART_SEED, { n: 3, f: 1, bot: "splitter" });
  return memo;
}
