/** FLP challenge formulas: the scheduler's (steps kept bivalent) and the Lemma 1 puzzle's. Read from the trace's result. */
import type { ChallengeRule } from "../scenario";
import { PUZZLE_POINTS, WIN_BONUS } from "./scoring";

const procrastinate: ChallengeRule = {
  lines: () => ["Each step the run stays bivalent: +1", `Kept open to the target (or two processes disagree): +${WIN_BONUS}`, "Each hint: minus its cost (never below 0 in all)"],
  score: (seat, night) => night.result[seat]?.score ?? 0,
};

const lemmaOne: ChallengeRule = {
  lines: () => [`Each initial configuration whose valency you predict right: +${PUZZLE_POINTS}`],
  score: (seat, night) => night.result[seat]?.score ?? 0,
};

export const FLP_CHALLENGE_RULES: Readonly<Record<string, ChallengeRule>> = { procrastinate, "lemma-one": lemmaOne };
