/** The Two Insecure Lovers solo challenges, easiest first (server/challenges/catalogue.ts gathers every scenario's). */
import type { ChallengeSpec } from "../scenarioContent";

export const LOVERS_CHALLENGES: readonly ChallengeSpec[] = [
  {
    id: "lucky-night",
    level: 1,
    name: "The lucky night",
    difficulty: "gentle",
    story: "You are Alice. You are told that 30% of texts are lost. Is that what really happens tonight?",
    objective: "Get a date at midnight. Never show up alone, and keep your texts few.",
    seat: "alice",
    params: { lossProbability: 0.3, luckyNight: true },
    others: { bob: "acknowledged" },
    nights: [{ label: "Night 1: a careful Bob" }, { label: "Night 2: a very careful Bob", others: { bob: "chain-3" } }],
    scoring: { kind: "lover" },
  },
  {
    id: "half-lost",
    level: 2,
    name: "Half the texts lost",
    difficulty: "tricky",
    story: "One SMS in two never arrives. Bob (a bot) shows up once the chain of texts reaches depth 3.",
    objective: "A date if you can get one; staying home together beats being stood up.",
    seat: "alice",
    params: { lossProbability: 0.5 },
    others: { bob: "chain-3" },
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "lover" },
  },
  {
    id: "waiting-for-alice",
    level: 3,
    name: "Waiting for Alice",
    difficulty: "hard",
    story: "You are Bob: you know nothing until Alice's text arrives. She wants the chain at depth 4 before she leaves home.",
    objective: "Be at the date when she is, and only then.",
    seat: "bob",
    params: { lossProbability: 0.3 },
    others: { alice: "chain-4" },
    nights: [{ label: "Night 1" }, { label: "Night 2" }, { label: "Night 3" }],
    scoring: { kind: "lover" },
  },
];
