/** The Falcon challenge formula: the operator's recorded score (scoring.ts), read from the trace's result. */
import type { ChallengeRule } from "../scenario";

const detector: ChallengeRule = {
  lines: () => [
    "Start from 1000",
    "−20 a second from each failure to your declaration; −100 a failure never declared",
    "−150 a live instance declared failed, −150 a kill that landed on a live instance",
    "−1 to −3 a spy question (switch 1, VM 2, OS 2, app 3); never below 0",
  ],
  score: (seat, night) => night.result[seat]?.score ?? 0,
};

export const FALCON_CHALLENGE_RULES: Readonly<Record<string, ChallengeRule>> = { detector };
