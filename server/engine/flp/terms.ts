/**
 * The FLP scenario's vocabulary, with no zod and no rules: the browser's bundles import this
 * (never index.ts, params.ts or bots.ts).
 */

/** The scheduler (Lemma 3: keep it bivalent) or the Lemma 1 puzzle (which initial configuration is bivalent?). */
export const FLP_MODES = ["scheduler", "puzzle"] as const;
export type FlpMode = (typeof FLP_MODES)[number];

/** The protocols on the menu (protocols.ts), in menu order. */
export const FLP_PROTOCOL_IDS = ["majority-lock", "wait-n-minus-1", "wait-all"] as const;
export type FlpProtocolId = (typeof FLP_PROTOCOL_IDS)[number];

/** The seat that schedules (or solves the puzzle), and the processes, who only watch their own state. */
export const SCHEDULER_SEAT = "adversary";
export const processSeat = (pid: number) => `p${pid + 1}`;
/** The 0-based process of a seat "p1".."pn", or null. */
export function seatPid(seat: string): number | null {
  const m = /^p([1-9])$/.exec(seat);
  return m ? Number(m[1]) - 1 : null;
}

/** A configuration's valency, as the oracle reports it. */
export type FlpValency = "0" | "1" | "bivalent" | "none" | "unknown";
/** What a puzzle answer may say of an initial configuration. */
export const PUZZLE_CHOICES = ["0", "1", "bivalent"] as const;
export type PuzzleChoice = (typeof PUZZLE_CHOICES)[number];

export const FLP_OUTCOMES = ["kept-open", "forced", "disagreement", "time-up", "solved", "missed"] as const;
export type FlpOutcome = (typeof FLP_OUTCOMES)[number];

export const FLP_OUTCOME_WORDS: Record<FlpOutcome, string> = {
  "kept-open": "Kept the decision open",
  forced: "The protocol forced a decision",
  disagreement: "Two processes disagreed",
  "time-up": "Time ran out",
  solved: "Puzzle solved",
  missed: "Puzzle missed",
};

export const VALENCY_WORDS: Record<FlpValency, string> = {
  "0": "0-valent",
  "1": "1-valent",
  bivalent: "bivalent",
  none: "no decision reachable",
  unknown: "unknown (search cut off)",
};
