/** The weaker-agreement solo challenges, easiest first (server/challenges/catalogue.ts gathers every scenario's). */
import type { ChallengeSpec } from "../scenarioContent";
import { BLOCK_BONUS, VALUE_POINTS } from "./terms";

const three = { p1: "protocol", p2: "protocol", p3: "protocol" };
const five = { ...three, p4: "protocol", p5: "protocol" };

export const WEAKER_CHALLENGES: readonly ChallengeSpec[] = [
  {
    id: "silence-the-chosen",
    level: 1,
    name: "Silence the chosen",
    difficulty: "gentle",
    story: "Three processes run the trivial k-set protocol with k = 1: only p1 sends its input, everyone decides the first value they hear. That is consensus, and you may crash one process. Each tick you let pass, the network moves for you.",
    objective: "Leave the live processes with nothing to decide.",
    seat: "adversary",
    params: { problem: "kset", n: 3, k: 1, f: 1, patience: 2, maxTicks: 60 },
    others: three,
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "keep-apart" },
    goal: { minScore: BLOCK_BONUS, met: `Met on a night scoring +${BLOCK_BONUS} or more: the run blocked.` },
  },
  {
    id: "three-ways",
    level: 2,
    name: "Three ways",
    difficulty: "gentle",
    story: "Five processes run the trivial 3-set protocol: p1, p2 and p3 send their inputs, everyone decides the first value they hear. You may crash two processes, fewer than k = 3, so you cannot stop them; but how many different decisions can you force?",
    objective: "Make the processes decide three distinct values.",
    seat: "adversary",
    params: { problem: "kset", n: 5, k: 3, f: 2, patience: 2, maxTicks: 60 },
    others: five,
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "keep-apart" },
    goal: { minScore: 2 * VALUE_POINTS, met: `Met on a night scoring +${2 * VALUE_POINTS} or more: three distinct values were decided.` },
  },
  {
    id: "halve-the-spread",
    level: 3,
    name: "Fight the halving",
    difficulty: "tricky",
    story: "Three processes with inputs 2, 50 and 98 average their way to within ε = 20 of each other (inputs may be anywhere in 0–100, so they take three rounds). Every round the spread at least halves, whatever you deliver first. You may crash one of them.",
    objective: "Keep the decisions at least half of ε apart.",
    seat: "adversary",
    params: { problem: "epsilon", n: 3, f: 1, epsilon: 20, lo: 0, hi: 100, inputs: [2, 50, 98], patience: 2, maxTicks: 60 },
    others: three,
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "keep-apart" },
    goal: { minScore: 50, met: "Met on a night scoring +50 or more: the decisions ended at least ε/2 apart." },
  },
];
