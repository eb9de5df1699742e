/**
 * Ben-Or against the splitter bot (issue 14, "Ways around FLP": randomization): the distribution
 * of the round in which the last live process decided, over seeded runs (n = 3, f = 1, inputs from
 * the seed, the bot's crash), and how many whole runs a second one core plays. The UI charts 1,000
 * runs; the issue's closing note quotes 10,000.
 */
import { performance } from "node:perf_hooks";
import { roundsDistribution, type RoundsDistribution } from "../server/engine/benor/engine/runs";

export interface BenOrRoundsBench {
  n: number;
  distribution: RoundsDistribution;
  seconds: number;
  runsPerSecond: number;
}

export function benchBenOrRounds(quick: boolean): BenOrRoundsBench[] {
  const settings = quick ? [{ n: 3, runs: 1_000 }] : [{ n: 3, runs: 10_000 }, { n: 5, runs: 200 }];
  return settings.map(({ n, runs }) => {
    const t0 = performance.now();
    const distribution = roundsDistribution(runs, 1, { n, bot: "splitter" });
    const seconds = (performance.now() - t0) / 1000;
    return { n, distribution, seconds: Number(seconds.toFixed(3)), runsPerSecond: Math.round(runs / seconds) };
  });
}

export function benOrRoundsTable(rows: BenOrRoundsBench[]): string[] {
  const lines = [
    "| Ben-Or vs the splitter bot | runs | runs/s | mean rounds | max | capped | runs with a crash | runs decided by round 1, 2, 3, 4, 5, 6–10, > 10 |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of rows) {
    const h = r.distribution.histogram;
    const sum = (from: number, to: number) => h.slice(from, to + 1).reduce((a, b) => a + b, 0);
    const buckets = [1, 2, 3, 4, 5].map((k) => h[k] ?? 0).concat([sum(6, 10), sum(11, h.length)]);
    const d = r.distribution;
    lines.push(`| n = ${r.n}, f = ${Math.floor((r.n - 1) / 2)} | ${d.runs.toLocaleString("en")} | ${r.runsPerSecond.toLocaleString("en")} | ${d.mean.toFixed(2)} | ${d.max} | ${d.capped} | ${d.withCrash} | ${buckets.join(", ")} |`);
  }
  return lines;
}

/** The whole histogram, one line per round: what the closing note quotes. */
export function describeBenOrRounds(rows: BenOrRoundsBench[]): string[] {
  return rows.flatMap((r) => [
    `  n = ${r.n}: ${r.distribution.runs} runs in ${r.seconds} s (${r.runsPerSecond} runs/s), mean ${r.distribution.mean.toFixed(3)} rounds, capped ${r.distribution.capped}`,
    `  rounds to the last decision: ${r.distribution.histogram.map((c, round) => (round === 0 || c === 0 ? "" : `${round}: ${c}`)).filter(Boolean).join(", ")}`,
  ]);
}
