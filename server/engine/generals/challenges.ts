/** The Two Generals solo challenges, easiest first (server/challenges/catalogue.ts gathers every scenario's). */
import type { ChallengeSpec } from "../scenarioContent";

export const GENERALS_CHALLENGES: readonly ChallengeSpec[] = [
  {
    id: "foggy-valley",
    level: 1,
    name: "Foggy valley",
    difficulty: "gentle",
    story: "You are General A. Three messengers in ten are lost in the fog. General B (a bot) attacks only once its acknowledgement has itself been acknowledged.",
    objective: "Attack together, or not at all. Never attack alone, and do not waste messengers.",
    seat: "A",
    params: { captureProbability: 0.3, crossingTicks: 1, dawnTick: 10, enemy: "none" },
    others: { B: "acknowledged" },
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "general" },
  },
  {
    id: "reading-enemy",
    level: 2,
    name: "The reading Enemy",
    difficulty: "tricky",
    story: "No fog tonight: an Enemy bot reads every messenger. It lets the chain grow to a depth it picks in secret, then captures whatever would go further. B attacks at depth 3.",
    objective: "Work out how far the Enemy lets you go. Attacking alone is the worst thing you can do.",
    seat: "A",
    params: { crossingTicks: 1, dawnTick: 10, enemy: "bot" },
    others: { B: "chain-3", enemy: "adversarial" },
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "general" },
  },
  {
    id: "be-the-enemy",
    level: 3,
    name: "Be the Enemy",
    difficulty: "hard",
    story: "You hold the valley. Two bot generals send messengers; each attacks once its chain is deep enough. Each night, different generals.",
    objective: "Make exactly one general attack alone, with as few captures as you can.",
    seat: "enemy",
    params: { crossingTicks: 1, dawnTick: 10, enemy: "human" },
    others: { A: "acknowledged", B: "acknowledged" },
    nights: [
      { label: "Night 1: two cautious generals" },
      { label: "Night 2: a bold A", others: { A: "bold", B: "chain-3" } },
      { label: "Night 3: deep chains", others: { A: "chain-4", B: "chain-3" } },
    ],
    scoring: { kind: "enemy" },
  },
];
