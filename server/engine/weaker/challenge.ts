/** The weaker-agreement challenge formula: the adversary's recorded score. Read from the trace's result. */
import type { ChallengeRule } from "../scenario";
import { BLOCK_BONUS, UNDECIDED_BONUS, VALUE_POINTS } from "./terms";

const keepApart: ChallengeRule = {
  lines: () => [
    `k-set: each distinct decided value beyond the first: +${VALUE_POINTS}; a live process blocked for ever: +${BLOCK_BONUS}`,
    "ε-agreement: the decisions' spread, +1 for each 1% of ε (at most +100)",
    `Time runs out with a live process undecided: +${UNDECIDED_BONUS}`,
  ],
  score: (seat, night) => night.result[seat]?.score ?? 0,
};

export const WEAKER_CHALLENGE_RULES: Readonly<Record<string, ChallengeRule>> = { "keep-apart": keepApart };
