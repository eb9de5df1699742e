/**
 * The class's second debrief of a consensus round, in Paxos words: one question per lecture term,
 * "which Paxos term names it?", with four fixed options; the reveal says the correspondence in
 * one sentence (lens.ts). Nothing in it depends on the game: it is the vocabulary that is asked.
 */
import type { PresenterQuestion } from "../presenter";
import { CORRESPONDENCES } from "./lens";

/** The terms to match: the lecture's word, the Paxos twin, and the sentence's row in CORRESPONDENCES. */
const PAIRS: readonly { id: string; term: string; twin: string; row: string }[] = [
  { id: "ballot", term: "round r", twin: "ballot r", row: "round r" },
  { id: "proposer", term: "the coordinator (r mod n) + 1", twin: "proposer and learner", row: "coordinator (r mod n) + 1" },
  { id: "promise", term: "an opinion (v, t)", twin: "a promise with the last accepted value", row: "opinion (v, t)" },
  { id: "accept", term: "the suggestion", twin: "accept!", row: "suggest the value with the largest t" },
  { id: "accepted", term: "an ACK", twin: "accepted", row: "ACK" },
  { id: "announce", term: "DECIDE", twin: "the learner's announcement", row: "DECIDE" },
];

/** Four options for a pair: its own twin and the next three, in the fixed order of PAIRS. */
function optionsFor(i: number) {
  const picked = [0, 1, 2, 3].map((k) => PAIRS[(i + k) % PAIRS.length]);
  return picked.sort((a, b) => PAIRS.indexOf(a) - PAIRS.indexOf(b)).map((p) => ({ id: p.id, label: p.twin }));
}

export function paxosMatchingQuestions(): PresenterQuestion[] {
  return PAIRS.map((pair, i) => {
    const sentence = CORRESPONDENCES.find((c) => c.lecture === pair.row)?.sentence ?? "";
    const outcomes: Record<string, string> = {};
    for (const o of optionsFor(i)) outcomes[o.id] = o.id === pair.id ? "Right." : `No: ${o.label} is the twin of ${PAIRS.find((p) => p.id === o.id)?.term}.`;
    return {
      prompt: `The same run in Paxos words (${i + 1} of ${PAIRS.length}): what does Paxos call ${pair.term}?`,
      options: optionsFor(i),
      reveal: `${pair.term} is ${pair.twin}. ${sentence}`,
      outcomes,
      correct: pair.id,
    };
  });
}
