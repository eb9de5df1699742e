/** The weaker-agreement bots' strategy names and descriptions, with no rules (the browser's bundles import this). */
import type { WeakerProblem } from "./terms";

export const ADVERSARY_STRATEGIES = ["blocker", "spreader", "random"] as const;
export const PROCESS_STRATEGIES = ["protocol"] as const;
export type AdversaryStrategy = (typeof ADVERSARY_STRATEGIES)[number];

/** The adversary bots each problem has; a strategy of the other problem plays that problem's first. */
export const PROBLEM_STRATEGIES: Record<WeakerProblem, readonly AdversaryStrategy[]> = {
  kset: ["blocker", "random"],
  epsilon: ["spreader", "random"],
};

export function strategyFor(problem: WeakerProblem, strategy: string): AdversaryStrategy {
  const own = PROBLEM_STRATEGIES[problem];
  return (own as readonly string[]).includes(strategy) ? (strategy as AdversaryStrategy) : own[0];
}

export const WEAKER_STRATEGY_DESCRIPTIONS: Record<string, string> = {
  blocker: "k-set: if its crashes can silence every chosen process before it sends, it does (and blocks everyone); otherwise it lets them all send and feeds each waiting process the value fewest have decided, to get as many distinct decisions as it can.",
  spreader: "ε-agreement: feeds a process below the middle the smallest values of its round first, one above it the largest, to keep the values apart as long as it can; it never crashes (with f crashed, every live process waits for the same values).",
  random: "Takes a random legal move (seeded): a delivery, a chosen process's step, now and then a crash while one is left.",
  protocol: "A process runs the protocol: it has no choices to make; the adversary decides what reaches it and when.",
};
