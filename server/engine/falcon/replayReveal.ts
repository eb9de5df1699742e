/**
 * What a Falcon replay shows beside its diagram, rebuilt from a stored game: the debrief every seat
 * saw at the end (the operator's scores and the side-by-side comparison, from the state the check's
 * replay ended in) and each layer's true state over the game (history.ts, from the events alone).
 */
import type { TraceFacts } from "../scenario";
import { falconHistory, type FalconHistory } from "./history";
import type { FalconParams } from "./params";
import type { FalconEvent, FalconState } from "./types";
import { revealOf, type FalconReveal } from "./views";

export interface FalconReplayReveal extends FalconReveal {
  history: FalconHistory;
}

/** Null when the caller passed no replayed state (or one not finished): the debrief is then unknown. */
export function falconRevealFromTrace(trace: TraceFacts<FalconParams>): FalconReplayReveal | null {
  const reveal = trace.final ? revealOf(trace.final as FalconState) : null;
  if (!reveal) return null;
  return { ...reveal, history: falconHistory(trace.events as readonly FalconEvent[], trace.params.lengthMs) };
}
