/**
 * The adversary's score. k-set: +10 for each distinct decided value beyond the first (at most k
 * while f < k), +50 for blocking. ε: how far apart the decisions ended, 1 point per 1% of ε (at
 * most 100). Either: +30 if time ran out with a live process undecided. A watched game scores nothing.
 */
import { decisionSpread, distinctDecisions } from "./game";
import { BLOCK_BONUS, SPREAD_POINTS_MAX, UNDECIDED_BONUS, VALUE_POINTS } from "./terms";
import type { WeakerState } from "./types";

export function spreadPoints(spread: number, epsilon: number): number {
  return Math.min(SPREAD_POINTS_MAX, Math.floor((100 * spread) / epsilon + 1e-9));
}

export function adversaryScore(state: WeakerState): number {
  if (state.params.watch) return 0;
  const late = state.outcome === "undecided" ? UNDECIDED_BONUS : 0;
  if (state.game.problem === "epsilon") return spreadPoints(decisionSpread(state.game), state.params.epsilon) + late;
  if (state.outcome === "blocked") return BLOCK_BONUS;
  return VALUE_POINTS * Math.max(0, distinctDecisions(state.game) - 1) + late;
}

export const adversaryWon = (state: WeakerState) => !state.params.watch && state.outcome !== null && state.outcome !== "agreed";

/** The adversary's depth: k-set's distinct decided values (null for ε and when watching). */
export const adversaryDepth = (state: WeakerState) => (state.params.watch || state.game.problem !== "kset" ? null : distinctDecisions(state.game));
