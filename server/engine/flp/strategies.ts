/** The FLP bots' strategy names and descriptions, with no rules (the browser's bundles import this). */

export const SCHEDULER_STRATEGIES = ["proof", "fair", "random"] as const;
export const PROCESS_STRATEGIES = ["protocol"] as const;
export type SchedulerStrategy = (typeof SCHEDULER_STRATEGIES)[number];

export const FLP_STRATEGY_DESCRIPTIONS: Record<string, string> = {
  proof: "Plays the proof's own adversary (Lemma 3): serves the oldest obligation only once it has found a fair way to keep the run bivalent, and crashes a process when that is the only way left.",
  fair: "A plain fair scheduler: always serves the oldest obligation (round-robin over processes and messages). It does not try to keep anything open.",
  random: "Picks any step the fairness rule allows, at random (seeded).",
  protocol: "A process runs the protocol: it has no choices to make; the scheduler decides when it steps.",
};
