/**
 * The Two Generals' words for generic screens and logs: their own module, with no rules and no zod,
 * because every page's bundle reads the title (through the UI registry).
 */
import type { ScenarioWords } from "../scenario";

export const GENERALS_SCENARIO_WORDS: ScenarioWords = {
  shortTitle: "Two Generals",
  blurb: "Two generals must attack together; their messengers cross a valley where they may be caught.",
  depthLabel: "knowledge depth",
  depthColumn: "deepest known",
};
