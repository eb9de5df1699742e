/** The FLP scenario's words for generic screens and logs (no rules, no zod: every page's bundle reads them). */
import type { ScenarioWords } from "../scenario";

export const FLP_SCENARIO_WORDS: ScenarioWords = {
  shortTitle: "FLP",
  blurb: "Be the adversary of the FLP proof: schedule the steps of a safe protocol so that it never decides.",
  depthLabel: "kept bivalent for steps:",
  depthColumn: "longest bivalent run",
};
