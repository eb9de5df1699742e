/** The Ben-Or scenario's words for generic screens and logs (no rules, no zod: every page's bundle reads them). */
import type { ScenarioWords } from "../scenario";

export const BENOR_SCENARIO_WORDS: ScenarioWords = {
  shortTitle: "Ben-Or",
  blurb: "Be the adversary against Ben-Or's randomized consensus: you schedule every message, but you cannot see the coins before they fall.",
  depthLabel: "last decision in round",
  depthColumn: "latest decision round",
};
