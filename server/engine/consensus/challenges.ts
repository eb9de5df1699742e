/** The Consensus solo challenges, easiest first (server/challenges/catalogue.ts gathers every scenario's). */
import type { ChallengeSpec } from "../scenarioContent";

export const CONSENSUS_CHALLENGES: readonly ChallengeSpec[] = [
  {
    id: "first-coordinator",
    level: 1,
    name: "Your first round",
    difficulty: "gentle",
    story: "Three processes, a perfect detector (P): nobody is ever wrongly suspected. You are p2, the coordinator of round 1; nobody moves on without you.",
    objective: "Collect a majority of opinions, suggest, gather the ACKs and decide, in as early a round as you can.",
    seat: "p2",
    params: { n: 3, detector: "P", gst: 0, maxDelay: 2, mistakeRate: 0, f: 1, maxTicks: 40 },
    others: { p1: "protocol", p3: "protocol" },
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "process" },
  },
  {
    id: "lying-detector",
    level: 2,
    name: "Coordinator under a lying ◇S",
    difficulty: "hard",
    story: "Five processes, and a ◇S detector that lies until GST: the others may suspect you, their live coordinator, and NACK. One process will crash.",
    objective: "Decide safely and early, though your peers doubt you.",
    seat: "p2",
    params: { n: 5, detector: "ES", gst: 14, maxDelay: 2, mistakeRate: 0.35, f: 1, crashes: [{ process: 4, tick: 5 }], maxTicks: 60 },
    others: { p1: "protocol", p3: "protocol", p4: "protocol", p5: "protocol" },
    nights: [{ label: "Night 1" }, { label: "Night 2" }, { label: "Night 3" }],
    scoring: { kind: "process" },
  },
  {
    id: "keep-five-undecided",
    level: 3,
    name: "Keep five undecided",
    difficulty: "fiendish",
    story: "You are the adversary against five bot processes under ◇S: delay messages, plant suspicions before GST, crash up to two processes. The server holds you to the model.",
    objective: "Keep them undecided as long as you can; the whole night is the jackpot.",
    seat: "adversary",
    params: { n: 5, detector: "ES", gst: 15, maxDelay: 2, f: 2, maxTicks: 60, adversary: "human" },
    others: { p1: "protocol", p2: "protocol", p3: "protocol", p4: "protocol", p5: "protocol" },
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "adversary" },
  },
];
