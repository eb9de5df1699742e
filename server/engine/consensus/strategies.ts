/**
 * Consensus bots' strategy names and what each does, in words: without the bots' code (nor its
 * PRNG), because the browser's start forms and the host's round form list them. bots.ts plays them.
 */

export const PROCESS_STRATEGIES = ["protocol", "contrarian"] as const;
export const ADVERSARY_STRATEGIES = ["random", "stubborn"] as const;

export const CONSENSUS_STRATEGY_DESCRIPTIONS: Record<string, string> = {
  protocol: "Runs the rotating-coordinator protocol exactly.",
  contrarian: "Runs the protocol, but in the sandbox suggests the other value when it coordinates: it breaks agreement on purpose.",
  random: "Delays messages, plants detector mistakes and crashes processes at random, within the rules.",
  stubborn: "Holds back suggestions and ACKs as long as allowed, makes processes suspect their coordinators before GST, and crashes coordinators.",
};
