/** The FLP game's scores: the scheduler's and the puzzle solver's (the processes score nothing). */
import type { FlpState } from "./types";

/** What keeping the decision open (or breaking agreement) adds to the steps kept bivalent. */
export const WIN_BONUS = 20;
/** Points per initial configuration whose valency the puzzle predicted right. */
export const PUZZLE_POINTS = 10;

export function puzzleCorrect(state: FlpState): number {
  const p = state.puzzle;
  return p?.predictions ? p.predictions.filter((v, k) => v === p.answers[k]).length : 0;
}

/** Whether the scheduler (or puzzle solver) won the game. */
export function schedulerWon(state: FlpState): boolean {
  if (state.params.watch) return false;
  return state.outcome === "kept-open" || state.outcome === "disagreement" || state.outcome === "solved";
}

/**
 * The scheduler: one point per step kept bivalent, the bonus for a win, less the hints (never below 0).
 * The puzzle: points per right prediction. A watched run scores nothing.
 */
export function schedulerScore(state: FlpState): number {
  if (state.params.watch) return 0; // the proof's bot played: the watcher scores nothing
  if (state.params.mode === "puzzle") return PUZZLE_POINTS * puzzleCorrect(state);
  const bonus = state.outcome === "kept-open" || state.outcome === "disagreement" ? WIN_BONUS : 0;
  return Math.max(0, state.bivalentSteps + bonus - state.hintsBought * state.params.hintCost);
}
