/**
 * Consensus' words for generic screens and logs: their own module, with no rules and no zod,
 * because every page's bundle reads the title (through the UI registry).
 */
import type { ScenarioWords } from "../scenario";

export const CONSENSUS_SCENARIO_WORDS: ScenarioWords = {
  shortTitle: "Consensus",
  blurb: "Processes agree on one bit with a rotating coordinator while some crash and the failure detector may lie.",
  depthLabel: "decided in round",
  depthColumn: "best round",
};
