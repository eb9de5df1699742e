/**
 * The weaker-agreement scenario's vocabulary, with no zod and no rules: the browser's bundles
 * import this (never index.ts, params.ts or bots.ts).
 */

/** The two problems: k-set agreement and ε-agreement (DOMAIN.md §6, weaker agreement). */
export const WEAKER_PROBLEMS = ["kset", "epsilon"] as const;
export type WeakerProblem = (typeof WEAKER_PROBLEMS)[number];

export const WEAKER_PROBLEM_WORDS: Record<WeakerProblem, string> = {
  kset: "k-set agreement",
  epsilon: "ε-agreement",
};

/** The seat that schedules every delivery (the adversary), and the processes, who only watch their own state. */
export const ADVERSARY_SEAT = "adversary";
export const processSeat = (pid: number) => `p${pid + 1}`;
/** The 0-based process of a seat "p1".."pn", or null. */
export function seatPid(seat: string): number | null {
  const m = /^p([1-9])$/.exec(seat);
  return m ? Number(m[1]) - 1 : null;
}

/**
 * Every live process decided within the rules ("agreed"); no step or delivery is left and a live
 * process never will ("blocked": k-set agreement once every chosen process crashed before it
 * sent); a decision broke the rules ("violated": the checker says which; these protocols never
 * do); time ran out first ("undecided").
 */
export const WEAKER_OUTCOMES = ["agreed", "blocked", "violated", "undecided"] as const;
export type WeakerOutcome = (typeof WEAKER_OUTCOMES)[number];

export const WEAKER_OUTCOME_WORDS: Record<WeakerOutcome, string> = {
  agreed: "Every live process decided",
  blocked: "Blocked: a live process can never decide",
  violated: "Violated: the decisions broke the rules",
  undecided: "Time ran out with a process undecided",
};

/** The sizes a game may have. */
export const WEAKER_MIN_N = 3;
export const WEAKER_MAX_N = 5;

/** The default fairness bound: 3n² adversary steps. */
export const defaultBound = (n: number) => 3 * n * n;

/** k-set: points for each distinct decided value beyond the first, and for blocking. ε: points per 1% of ε the decisions are apart. */
export const VALUE_POINTS = 10;
export const BLOCK_BONUS = 50;
export const UNDECIDED_BONUS = 30;
export const SPREAD_POINTS_MAX = 100;

/** A number as the screens print it: at most three decimals, no trailing zeros. */
export const num = (v: number) => String(Math.round(v * 1000) / 1000);

/** A message's label: k-set "v 7" (the sender's input), ε "r2 41.5" (round 2, the value). */
export const messageLabel = (round: number | null, value: number) => (round === null ? `v ${num(value)}` : `r${round} ${num(value)}`);

/** A decision's label on a timeline, e.g. "decide 7" (the presenter reads nothing from it). */
export const decisionLabel = (value: number) => `decide ${num(value)}`;
/** An ε averaging mark's label on a timeline, e.g. "r1 → 41.5": the process's value after round 1. */
export const AVERAGE_MARK = /^r(\d+) → (-?[\d.]+)$/;
export const averageLabel = (round: number, value: number) => `r${round} → ${num(value)}`;

/** The least R with (hi − lo)/2^R ≤ ε: how many rounds of halving ε-agreement runs. */
export function roundsFor(lo: number, hi: number, epsilon: number): number {
  // zod runs refinements on values that failed their own checks: never loop on a bad ε or range.
  if (!(typeof epsilon === "number" && epsilon > 0) || !Number.isFinite(hi - lo)) return Infinity;
  let rounds = 0;
  while ((hi - lo) / 2 ** rounds > epsilon) rounds++;
  return rounds;
}
