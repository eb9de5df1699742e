/**
 * The protocols' names and two-sentence summaries, with no zod and no rules: the start forms
 * show them in the browser, and protocols.ts takes its titles and summaries from here, so the
 * words live once.
 */
import type { FlpProtocolId } from "./terms";

export interface FlpProtocolWords {
  title: string;
  /** Two sentences for the screen: what it does, and what it gives up. */
  summary: string;
}

export const FLP_PROTOCOL_WORDS: Record<FlpProtocolId, FlpProtocolWords> = {
  "majority-lock": {
    title: "Majority lock",
    summary:
      "Each process locks the first input it hears from another process and tells everyone; a value locked by a majority is decided. " +
      "A process locks once, so two values can never both have a majority: it is safe, but if a process crashes before it locks, the other two may lock different values and wait forever.",
  },
  "wait-n-minus-1": {
    title: "Wait for n − 1",
    summary:
      "Each process sends its input to everyone and, once it knows n − 1 inputs (its own included), decides their majority, 0 on a tie. " +
      "It never waits for a process that may have crashed, so it always terminates, but two processes that heard different n − 1 inputs can decide differently.",
  },
  "wait-all": {
    title: "Wait for everyone",
    summary:
      "Each process sends its input to everyone and decides the majority of all n inputs once it has them. " +
      "Everyone decides the same, and the inputs alone fix the decision (no initial configuration is bivalent), but a single crash leaves everyone waiting forever: Lemma 1 shows that this is the price.",
  },
};
