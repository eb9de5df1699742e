/**
 * The Two Insecure Lovers' words for generic screens and logs: their own module, with no rules and no zod,
 * because every page's bundle reads the title (through the UI registry).
 */
import type { ScenarioWords } from "../scenario";

export const LOVERS_SCENARIO_WORDS: ScenarioWords = {
  shortTitle: "Two Insecure Lovers",
  blurb: "Alice and Bob arrange a midnight date by SMS; some texts are lost, and neither wants to wait alone.",
  depthLabel: "knowledge depth",
  depthColumn: "deepest known",
};
