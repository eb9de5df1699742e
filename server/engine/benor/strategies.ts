/** The Ben-Or bots' strategy names and descriptions, with no rules (the browser's bundles import this). */

export const ADVERSARY_STRATEGIES = ["splitter", "fifo", "random"] as const;
export const PROCESS_STRATEGIES = ["protocol"] as const;
export type AdversaryStrategy = (typeof ADVERSARY_STRATEGIES)[number];

export const BENOR_STRATEGY_DESCRIPTIONS: Record<string, string> = {
  splitter: "Tries to keep the processes split: delivers first what makes a process send \"?\" or flip a coin, and crashes a process rather than let it propose or decide a value (within f crashes, and fairly).",
  fifo: "Delivers the oldest message in flight, always; never crashes.",
  random: "Delivers a random message in flight (seeded); now and then crashes a process while it may.",
  protocol: "A process runs Ben-Or: it has no choices to make; the adversary decides what reaches it and when.",
};
