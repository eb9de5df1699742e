/**
 * The adversary's score: rounds it held the decision off, and a bonus if time ran out first. A
 * watched game scores nothing, nor does an adversary that made no move of its own: with
 * `patience` the network delivers the oldest message whenever it idles, and that run alone would
 * hold round 1 off on about half the seeds.
 */
import type { BenOrAdversaryView } from "./engine/game";
import { isCrashed, lastDecisionRound } from "./engine/game";
import { ROUND_POINTS, UNDECIDED_BONUS } from "./terms";
import type { BenorState } from "./types";

/**
 * Rounds the decision was held off: the last decision's round less one once every live process
 * decided; while one has not, the rounds every live undecided process has finished without deciding.
 */
export function roundsHeld(game: BenOrAdversaryView): number {
  const last = lastDecisionRound(game);
  if (last !== null) return last - 1;
  let least = Infinity;
  game.processes.forEach((p, pid) => {
    if (!isCrashed(game, pid) && p.decided === null) least = Math.min(least, p.round);
  });
  return Number.isFinite(least) ? least - 1 : 0;
}

/** Whether the adversary played: not watched, and at least one move of its own. */
export const adversaryPlayed = (state: BenorState) => !state.params.watch && state.adversaryMoves > 0;

export function adversaryScore(state: BenorState): number {
  if (!adversaryPlayed(state)) return 0;
  return ROUND_POINTS * roundsHeld(state.game) + (state.outcome === "undecided" ? UNDECIDED_BONUS : 0);
}

export const adversaryWon = (state: BenorState) => adversaryPlayed(state) && state.outcome === "undecided";
