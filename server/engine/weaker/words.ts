/** The weaker-agreement scenario's words for generic screens and logs (no rules, no zod: every page's bundle reads them). */
import type { ScenarioWords } from "../scenario";

export const WEAKER_SCENARIO_WORDS: ScenarioWords = {
  shortTitle: "Weaker agreement",
  blurb: "Be the adversary against k-set agreement and ε-agreement: ask for less than consensus, and asynchrony cannot stop it.",
  depthLabel: "distinct decisions",
  depthColumn: "most distinct decisions",
};
