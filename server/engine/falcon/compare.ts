/**
 * The side-by-side debrief: Falcon and both plain timeouts on the SAME fault timeline and the
 * same network (the game's seed: heartbeat delays are a function of the seed and the slot), so
 * the only difference between the columns is the detector.
 *
 * A game chaos played has no drawn timeline: pass the faults it injected (`playedTimeline`); a
 * fault that fizzled in the played game is replayed too and fizzles or strikes by the same rule.
 */
import type { FalconParams } from "./params";
import { runFalcon } from "./run";
import type { FalconMetrics } from "./scoring";
import type { OperatorStrategy } from "./strategies";
import type { FalconState, Fault } from "./types";

export const COMPARED: readonly OperatorStrategy[] = ["falcon", "timeout-short", "timeout-long"];

export interface Comparison {
  timeline: Fault[];
  rows: { detector: OperatorStrategy; metrics: FalconMetrics }[];
}

/** The faults a finished game played, as a timeline (what chaos injected, or the seeded timeline). */
export function playedTimeline(state: FalconState): Fault[] {
  return state.ledger.faults.map((f) => (f.durationMs === null ? { atMs: f.atMs, kind: f.kind } : { atMs: f.atMs, kind: f.kind, durationMs: f.durationMs }));
}

export function compare(params: FalconParams, seed: number, timeline: readonly Fault[]): Comparison {
  const seeded: FalconParams = { ...params, chaosPlays: false };
  return {
    timeline: [...timeline],
    rows: COMPARED.map((detector) => ({ detector, metrics: runFalcon(seeded, seed, { operator: detector, timeline }).metrics })),
  };
}
