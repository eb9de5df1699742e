/** The Ben-Or solo challenges, easiest first (server/challenges/catalogue.ts gathers every scenario's). */
import type { ChallengeSpec } from "../scenarioContent";
import { ROUND_POINTS, UNDECIDED_BONUS } from "./terms";

const three = { p1: "protocol", p2: "protocol", p3: "protocol" };

export const BENOR_CHALLENGES: readonly ChallengeSpec[] = [
  {
    id: "split-the-vote",
    level: 1,
    name: "Split the vote",
    difficulty: "gentle",
    story: "Three processes run Ben-Or with mixed inputs. You schedule every message and may crash one process; each tick you let pass, the network delivers the oldest message itself. Can you stop them deciding in the first round?",
    objective: "Hold the decision off past round 1.",
    seat: "adversary",
    params: { n: 3, f: 1, inputs: [0, 1, 1], patience: 1, maxTicks: 60 },
    others: three,
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "hold-off" },
    goal: { minScore: ROUND_POINTS, met: `Met on a night scoring +${ROUND_POINTS} or more: no process decided in round 1.` },
  },
  {
    id: "tight-fairness",
    level: 2,
    name: "Tight fairness",
    difficulty: "tricky",
    story: "Three processes again, one crash allowed, but the network is less patient with you: every message must be delivered within 9 of your steps.",
    objective: "Hold the decision off for two rounds.",
    seat: "adversary",
    params: { n: 3, f: 1, bound: 9, patience: 1, maxTicks: 60 },
    others: three,
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "hold-off" },
    goal: { minScore: 2 * ROUND_POINTS, met: `Met on a night scoring +${2 * ROUND_POINTS} or more: the last decision came in round 3 or later.` },
  },
  {
    id: "outrun-the-coins",
    level: 3,
    name: "Outrun the coins",
    difficulty: "hard",
    story: "FLP's adversary could keep a deterministic protocol undecided forever. Here the coins fall after you schedule: you see them only once they have fallen. And whenever you let a tick pass without a move, the network delivers the oldest message itself.",
    objective: "Keep a process undecided until time runs out.",
    seat: "adversary",
    params: { n: 3, f: 1, patience: 1, maxTicks: 60 },
    others: three,
    nights: [{ label: "Night 1" }, { label: "Night 2" }],
    scoring: { kind: "hold-off" },
    goal: { minScore: UNDECIDED_BONUS, met: `Met on a night scoring +${UNDECIDED_BONUS} or more: time ran out with a live process undecided.` },
  },
];
