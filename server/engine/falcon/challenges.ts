/** The Falcon solo challenges, easiest first (server/challenges/catalogue.ts gathers every scenario's). */
import type { ChallengeSpec } from "../scenarioContent";

const nights = [{ label: "Night 1" }, { label: "Night 2" }];

/** What sets one operator challenge apart; `hint` follows the objective's score ("Score 800 or more: <hint>."). */
interface OperatorChallenge extends Pick<ChallengeSpec, "id" | "level" | "name" | "difficulty" | "story" | "params"> {
  minScore: number;
  hint?: string;
}

/** Every Falcon challenge seats the player as the operator against the random chaos bot, on two nights, scored as a detector. */
function operatorChallenge({ minScore, hint, ...spec }: OperatorChallenge): ChallengeSpec {
  return {
    ...spec,
    objective: `Score ${minScore} or more${hint ? `: ${hint}` : ""}.`,
    seat: "operator",
    others: { chaos: "random" },
    nights,
    scoring: { kind: "detector" },
    goal: { minScore, met: `Met on a night scoring +${minScore} or more.` },
  };
}

export const FALCON_CHALLENGES: readonly ChallengeSpec[] = [
  operatorChallenge({
    id: "crash-or-pause",
    level: 1,
    name: "Crash or pause?",
    difficulty: "gentle",
    story: "Your service crashes, hangs, or just pauses for a few seconds. Heartbeats every half second; all four spies are deployed. Catch every failure without failing over a live process.",
    params: { lengthMs: 40_000, kinds: ["crash", "hang", "slow"], budget: 3, chaosBot: "slowness" },
    minScore: 800,
    hint: "quick detections, no false suspicion, no needless kill",
  }),
  operatorChallenge({
    id: "behind-the-partition",
    level: 2,
    name: "Behind the partition",
    difficulty: "tricky",
    story: "Now the switch drops the host's traffic for up to 12 s at a time, and a real failure may hide inside a partition. The spies above the switch cannot tell while it lasts.",
    params: { lengthMs: 50_000, kinds: ["crash", "panic", "vmStop", "partition"], budget: 3, chaosBot: "partition" },
    minScore: 700,
  }),
  operatorChallenge({
    id: "no-app-spy",
    level: 3,
    name: "No spy in the app",
    difficulty: "hard",
    story: "Only the switch, VM and OS spies are deployed: a hung application looks alive to everything below it. Every kind of fault is allowed.",
    params: { lengthMs: 60_000, spies: ["switch", "vm", "os"], budget: 4, chaosBot: "random" },
    minScore: 600,
  }),
];
