/**
 * The Two Generals' bot strategies: their names and what each does, in words, without the bots' code (nor its
 * PRNG), because the browser's start forms and the host's round form list them. bots.ts plays them.
 */

export const GENERAL_STRATEGIES = ["bold", "acknowledged", "chain-3", "chain-4", "chain-6", "timid"] as const;
export type GeneralStrategy = (typeof GENERAL_STRATEGIES)[number];
export const ENEMY_STRATEGIES = ["adversarial", "random"] as const;
export type EnemyStrategy = (typeof ENEMY_STRATEGIES)[number];
export type GeneralsStrategy = GeneralStrategy | EnemyStrategy;

export const STRATEGY_DESCRIPTIONS: Record<GeneralsStrategy, string> = {
  bold: "Attacks without waiting: A at once, B as soon as the plan arrives.",
  acknowledged: "Attacks only once one of its own messengers has been acknowledged.",
  "chain-3": "Attacks once the chain of messengers reaches depth 3 at its end.",
  "chain-4": "Attacks once the chain of messengers reaches depth 4 at its end.",
  "chain-6": "Attacks once the chain of messengers reaches depth 6 at its end.",
  timid: "Keeps the messengers running but never attacks.",
  adversarial: "Lets the chain grow to a level it picks in secret, then captures every messenger that would go further.",
  random: "Captures each messenger with a fixed chance.",
};
