/** The Falcon solo challenges, easiest first (server/challenges/catalogue.ts gathers every scenario's). */
import type { ChallengeSpec } from "../scenarioContent";

const nights = [{ label: "Night 1" }, { label: "Night 2" }];

export const FALCON_CHALLENGES: readonly ChallengeSpec[] = [
  {
    id: "crash-or-pause",
    level: 1,
    name: "Crash or pause?",
    difficulty: "gentle",
    story: "Your service crashes, hangs, or just pauses for a few seconds. Heartbeats every half second; all four spies are deployed. Catch every failure without failing over a live process.",
    objective: "Score 800 or more: quick detections, no false suspicion, no needless kill.",
    seat: "operator",
    params: { lengthMs: 40_000, kinds: ["crash", "hang", "slow"], budget: 3, chaosBot: "slowness" },
    others: { chaos: "random" },
    nights,
    scoring: { kind: "detector" },
    goal: { minScore: 800, met: "Met on a night scoring +800 or more." },
  },
  {
    id: "behind-the-partition",
    level: 2,
    name: "Behind the partition",
    difficulty: "tricky",
    story: "Now the switch drops the host's traffic for up to 12 s at a time, and a real failure may hide inside a partition. The spies above the switch cannot tell while it lasts.",
    objective: "Score 700 or more.",
    seat: "operator",
    params: { lengthMs: 50_000, kinds: ["crash", "panic", "vmStop", "partition"], budget: 3, chaosBot: "partition" },
    others: { chaos: "random" },
    nights,
    scoring: { kind: "detector" },
    goal: { minScore: 700, met: "Met on a night scoring +700 or more." },
  },
  {
    id: "no-app-spy",
    level: 3,
    name: "No spy in the app",
    difficulty: "hard",
    story: "Only the switch, VM and OS spies are deployed: a hung application looks alive to everything below it. Every kind of fault is allowed.",
    objective: "Score 600 or more.",
    seat: "operator",
    params: { lengthMs: 60_000, spies: ["switch", "vm", "os"], budget: 4, chaosBot: "random" },
    others: { chaos: "random" },
    nights,
    scoring: { kind: "detector" },
    goal: { minScore: 600, met: "Met on a night scoring +600 or more." },
  },
];
