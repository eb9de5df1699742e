/** The Ben-Or challenge formula: the adversary's recorded score (rounds held off, and the bonus). Read from the trace's result. */
import type { ChallengeRule } from "../scenario";
import { ROUND_POINTS, UNDECIDED_BONUS } from "./terms";

const holdOff: ChallengeRule = {
  lines: () => [`Each round the decision is held off (the last decision's round less one): +${ROUND_POINTS}`, `Time runs out with a live process undecided: +${UNDECIDED_BONUS}, and +${ROUND_POINTS} for each round every undecided process finished`],
  score: (seat, night) => night.result[seat]?.score ?? 0,
};

export const BENOR_CHALLENGE_RULES: Readonly<Record<string, ChallengeRule>> = { "hold-off": holdOff };
