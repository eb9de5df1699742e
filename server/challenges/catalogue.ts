/**
 * The solo challenge ladder: per scenario, named challenges in order of difficulty, each a fixed
 * parameter set, fixed bots and a fixed list of nights (seeds), so every player faces the same
 * nights. Pure data, safe to import from the browser: the seeds themselves live in `seeds.ts`,
 * which only the server reads.
 */
import type { ScoringRule } from "./scoring";

export type ChallengeScenario = "generals" | "lovers" | "consensus";

/** One night of a challenge: its seed is server-side; the bots may differ from night to night. */
export interface ChallengeNight {
  /** Shown on the card and the per-night leaderboard. */
  label: string;
  /** Bot strategy per seat for this night, overriding the challenge's `others`. */
  others?: Record<string, string>;
}

export interface Challenge {
  /** Stable: stored with every game of the challenge. */
  id: string;
  scenario: ChallengeScenario;
  /** 1, 2, 3… within its scenario: the order of the ladder, easiest first. */
  level: number;
  name: string;
  difficulty: "gentle" | "tricky" | "hard" | "fiendish";
  /** The situation, in a sentence or two. */
  story: string;
  /** What to aim for, shown before playing. */
  objective: string;
  /** The seat the player takes. */
  seat: string;
  params: Record<string, unknown>;
  /** Bot strategy for every other seat. */
  others: Record<string, string>;
  nights: readonly ChallengeNight[];
  scoring: ScoringRule;
}

export const CHALLENGES: readonly Challenge[] = [
  {
    id: "foggy-valley",
    scenario: "generals",
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
    scenario: "generals",
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
    scenario: "generals",
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
  {
    id: "lucky-night",
    scenario: "lovers",
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
    scenario: "lovers",
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
    scenario: "lovers",
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
  {
    id: "first-coordinator",
    scenario: "consensus",
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
    scenario: "consensus",
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
    scenario: "consensus",
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

export const CHALLENGE_SCENARIOS: { id: ChallengeScenario; title: string }[] = [
  { id: "generals", title: "Two Generals" },
  { id: "lovers", title: "Two Insecure Lovers" },
  { id: "consensus", title: "Consensus" },
];

export function challengeById(id: string): Challenge | undefined {
  return CHALLENGES.find((c) => c.id === id);
}

/** A scenario's challenges, easiest first. */
export function ladderOf(scenario: string): Challenge[] {
  return CHALLENGES.filter((c) => c.scenario === scenario).sort((a, b) => a.level - b.level);
}

/** The bots of one night: the challenge's, with that night's overrides. */
export function botsOfNight(challenge: Challenge, nightIndex: number): Record<string, string> {
  return { ...challenge.others, ...challenge.nights[nightIndex]?.others };
}

/**
 * Which challenges are open to a player who has completed (played every night of) `completed`:
 * the first of each ladder, and each one whose predecessor is completed.
 */
export function unlockedChallenges(completed: ReadonlySet<string>): Set<string> {
  const open = new Set<string>();
  for (const { id } of CHALLENGE_SCENARIOS) {
    const ladder = ladderOf(id);
    ladder.forEach((c, i) => {
      if (i === 0 || completed.has(ladder[i - 1].id)) open.add(c.id);
    });
  }
  return open;
}
