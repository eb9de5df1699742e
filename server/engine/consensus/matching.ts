/**
 * The class's second debrief of a consensus round, in Paxos words: one question per lecture term,
 * "which Paxos term names it?", with four fixed options; the reveal says the correspondence in
 * one sentence (lens.ts). Nothing in it depends on the game: it is the vocabulary that is asked.
 */
import type { PresenterQuestion } from "../presenter";
import { CORRESPONDENCES } from "./lens";

/** The terms to match, in the order of CORRESPONDENCES: the rows marked `asked`, with their sentence. */
const PAIRS = CORRESPONDENCES.flatMap((c) => (c.asked ? [{ ...c.asked, sentence: c.sentence }] : []));

/** Four options for a pair: its own twin and the next three, in the fixed order of PAIRS. */
function optionsFor(i: number) {
  const picked = [0, 1, 2, 3].map((k) => PAIRS[(i + k) % PAIRS.length]);
  return picked.sort((a, b) => PAIRS.indexOf(a) - PAIRS.indexOf(b)).map((p) => ({ id: p.id, label: p.twin }));
}

export function paxosMatchingQuestions(): PresenterQuestion[] {
  return PAIRS.map((pair, i) => {
    const outcomes: Record<string, string> = {};
    for (const o of optionsFor(i)) outcomes[o.id] = o.id === pair.id ? "Right." : `No: ${o.label} is the twin of ${PAIRS.find((p) => p.id === o.id)?.term}.`;
    return {
      prompt: `The same run in Paxos words (${i + 1} of ${PAIRS.length}): what does Paxos call ${pair.term}?`,
      options: optionsFor(i),
      reveal: `${pair.term} is ${pair.twin}. ${pair.sentence}`,
      outcomes,
      correct: pair.id,
    };
  });
}
