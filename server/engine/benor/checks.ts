/** The checker's verdict as a game's summary stores it (engine/checker.ts, and the round of the last decision). */
import { checkBenOr } from "./engine/checker";
import { lastDecisionRound, type BenOrAdversaryView } from "./engine/game";

export interface BenorChecks {
  agreement: { ok: boolean; values: (0 | 1)[] };
  validity: { ok: boolean; invalid: (0 | 1)[] };
  /** `undecided`: 1-based processes; `lastDecisionRound`: null while a live process is undecided. */
  termination: { ok: boolean; undecided: number[]; lastDecisionRound: number | null };
}

export function benorChecks(game: BenOrAdversaryView): BenorChecks {
  const v = checkBenOr(game);
  return {
    agreement: v.agreement,
    validity: v.validity,
    termination: { ok: v.termination.ok, undecided: v.termination.undecided.map((pid) => pid + 1), lastDecisionRound: lastDecisionRound(game) },
  };
}
