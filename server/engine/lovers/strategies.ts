/**
 * The Two Insecure Lovers' bots: their strategy names, the general's strategy each plays, and
 * what each does, in words: without the bots' code, because the browser's start forms and the
 * host's round form list them. bots.ts plays them.
 */
import type { GeneralStrategy } from "../generals/strategies";

/** Lovers' strategy names, and the general's strategy each plays. */
export const AS_GENERAL = {
  eager: "bold",
  acknowledged: "acknowledged",
  "chain-3": "chain-3",
  "chain-4": "chain-4",
  homebody: "timid",
} as const satisfies Record<string, GeneralStrategy>;

export type LoversStrategy = keyof typeof AS_GENERAL;
export const LOVERS_STRATEGIES = Object.keys(AS_GENERAL) as LoversStrategy[];

export const LOVERS_STRATEGY_DESCRIPTIONS: Record<LoversStrategy, string> = {
  eager: "Shows up without waiting: Alice always, Bob as soon as the proposal arrives.",
  acknowledged: "Shows up only once one of its own SMS has been acknowledged.",
  "chain-3": "Shows up once the chain of SMS reaches depth 3 at its end.",
  "chain-4": "Shows up once the chain of SMS reaches depth 4 at its end.",
  homebody: "Keeps texting but always stays home.",
};
