/** The FLP solo challenges, easiest first (server/challenges/catalogue.ts gathers every scenario's). */
import type { ChallengeSpec } from "../scenarioContent";
import { PUZZLE_POINTS, WIN_BONUS } from "./scoring";

const processes = { p1: "protocol", p2: "protocol", p3: "protocol" };
const TARGET = 25;

export const FLP_CHALLENGES: readonly ChallengeSpec[] = [
  {
    id: "find-the-bivalent-start",
    level: 1,
    name: "Find the bivalent start",
    difficulty: "gentle",
    story: "Three processes run the majority lock. Turn their inputs from 0 to 1 one process at a time, I_0 to I_3: Lemma 1 says one of these starts is bivalent, both decisions still reachable.",
    objective: "Predict the valency of all four initial configurations.",
    seat: "adversary",
    params: { mode: "puzzle", protocol: "majority-lock" },
    others: {},
    nights: [{ label: "First chain" }, { label: "Second chain" }],
    scoring: { kind: "lemma-one" },
    goal: { minScore: 4 * PUZZLE_POINTS, met: `Met on a night scoring +${4 * PUZZLE_POINTS} or more: all four predictions right.` },
  },
  {
    id: "where-lemma-one-bites",
    level: 2,
    name: "Where Lemma 1 bites",
    difficulty: "tricky",
    story: "Now every process waits for all three inputs before it decides their majority. Is any initial configuration still bivalent? Mind what the lemma assumes.",
    objective: "Predict the valency of all four initial configurations.",
    seat: "adversary",
    params: { mode: "puzzle", protocol: "wait-all" },
    others: {},
    nights: [{ label: "First chain" }, { label: "Second chain" }],
    scoring: { kind: "lemma-one" },
    goal: { minScore: 4 * PUZZLE_POINTS, met: `Met on a night scoring +${4 * PUZZLE_POINTS} or more: all four predictions right.` },
  },
  {
    id: "procrastinate",
    level: 3,
    name: "Procrastinate",
    difficulty: "hard",
    story: "You are the scheduler of the FLP proof. The majority lock never disagrees, so FLP says some fair schedule keeps it undecided. You may crash one process.",
    objective: `Keep the run bivalent for ${TARGET} fair steps.`,
    seat: "adversary",
    params: { mode: "scheduler", protocol: "majority-lock", target: TARGET, bound: 6, crash: true, maxTicks: 600 },
    others: processes,
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "procrastinate" },
    goal: { minScore: TARGET + WIN_BONUS, met: `Met on a night scoring +${TARGET + WIN_BONUS} or more: ${TARGET} bivalent steps and the bonus, with no hint bought.` },
  },
];
