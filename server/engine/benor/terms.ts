/**
 * The Ben-Or scenario's vocabulary, with no zod and no rules: the browser's bundles import this
 * (never index.ts, params.ts or bots.ts).
 */

/** The seat that schedules every delivery (the adversary), and the processes, who only watch their own state. */
export const ADVERSARY_SEAT = "adversary";
export const processSeat = (pid: number) => `p${pid + 1}`;
/** The 0-based process of a seat "p1".."pn", or null. */
export function seatPid(seat: string): number | null {
  const m = /^p([1-9])$/.exec(seat);
  return m ? Number(m[1]) - 1 : null;
}

/** Every live process decided, or time ran out with one still undecided. */
export const BENOR_OUTCOMES = ["decided", "undecided"] as const;
export type BenorOutcome = (typeof BENOR_OUTCOMES)[number];

export const BENOR_OUTCOME_WORDS: Record<BenorOutcome, string> = {
  decided: "Every live process decided",
  undecided: "Time ran out with a process undecided",
};

/** The sizes a game may have. */
export const BENOR_SIZES = [3, 5] as const;

/** The default fairness bound: 3n² adversary steps. */
export const defaultBound = (n: number) => 3 * n * n;

/** Points for each round the adversary held the decision off, and the bonus if time runs out first. */
export const ROUND_POINTS = 10;
export const UNDECIDED_BONUS = 30;

/** A message's label, e.g. "R1 0" or "P2 ?". */
export const messageLabel = (kind: "R" | "P", round: number, value: 0 | 1 | null) => `${kind}${round} ${value === null ? "?" : value}`;

/** A coin mark's label on a timeline, e.g. "coin 1" (the presenter and the replay story read it). */
export const COIN_MARK = /^coin [01]$/;
/** A decision's label on a timeline, e.g. "decide 1 (round 2)" (the presenter reads the round). */
export const DECISION_LABEL = /^decide ([01]) \(round (\d+)\)$/;
