/** The Falcon scenario's words for generic screens and logs (no rules, no zod: every page's bundle may read them). */
import type { ScenarioWords } from "../scenario";

export const FALCON_TITLE = "Falcon: choose your poison, or send in the spies";

export const FALCON_SCENARIO_WORDS: ScenarioWords = {
  shortTitle: "Falcon",
  blurb: "Be the failure detector of a layered service: end-to-end timeouts make you pick slow detection, lost accuracy or intrusive kills; spies inside the layers let you escape.",
  depthLabel: "mean detection in ms",
  depthColumn: "fastest mean detection",
};

export const FALCON_OUTCOME_WORDS = {
  clean: "Clean: every failure caught quickly, no live process declared or killed",
  slow: "Slow detection: a failure missed or caught late",
  intrusive: "Intrusive: a live process killed",
  inaccurate: "Lost accuracy: a live process declared failed",
} as const;
