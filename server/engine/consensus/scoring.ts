/**
 * Consensus scores, the same for humans and bots. A process scores for deciding early and
 * safely; an unsafe run (agreement or validity broken, which only the sandbox allows) costs
 * every process. The adversary scores the delay it achieved: ticks until the last correct
 * process decided, or the whole limit if some never did.
 */
import { checkRun, historyFromState, safe } from "./checker";
import { processSeat } from "./terms";
import type { ConsensusState } from "./types";

export const CONSENSUS_SCORING = { decided: 10, perRoundUnder: 2, roundsPar: 10, unsafe: -20 } as const;

export function scoreConsensus(state: ConsensusState): Record<string, number> {
  const verdict = checkRun(historyFromState(state), state.params.detector);
  const scores: Record<string, number> = {};
  for (const p of state.procs) {
    let score = 0;
    if (p.decided) score = CONSENSUS_SCORING.decided + CONSENSUS_SCORING.perRoundUnder * Math.max(0, CONSENSUS_SCORING.roundsPar - p.decided.round);
    if (!safe(verdict)) score = CONSENSUS_SCORING.unsafe;
    scores[processSeat(p.id)] = score;
  }
  if (state.params.adversary !== "none") scores.adversary = delayAchieved(state);
  return scores;
}

/** Ticks until every correct process had decided, or the limit if some never did. */
export function delayAchieved(state: ConsensusState): number {
  const verdict = checkRun(historyFromState(state), state.params.detector);
  return verdict.termination.ok ? (verdict.termination.lastDecisionTick ?? 0) : state.params.maxTicks;
}
