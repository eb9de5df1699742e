/**
 * A finished game's summary and its class, in the shapes ../scenario.ts asks for (the next
 * session's index.ts wires them): the operator wins a clean game; chaos wins when it made the
 * operator pick a poison. The leaderboard's figure is the operator's mean detection time (lower
 * is better), null when nothing failed.
 */
import type { GameSummary, OutcomeClass, StoredSummary } from "../scenario";
import { chaosScore, metricsOf } from "./scoring";
import { CHAOS_SEAT, OPERATOR_SEAT, type FalconOutcome, type FalconSeat, type FalconState } from "./types";

export function summarizeFalcon(state: FalconState): GameSummary<FalconSeat> {
  if (!state.outcome) throw new Error("summarize: the game has not ended");
  const m = metricsOf(state.ledger);
  const watched = !state.params.chaosPlays;
  return {
    outcome: state.outcome,
    seats: {
      [OPERATOR_SEAT]: { score: m.score, won: state.outcome === "clean", depth: m.meanDetectionMs },
      [CHAOS_SEAT]: { score: watched ? 0 : chaosScore(m), won: !watched && state.outcome !== "clean", depth: null },
    },
    checks: { metrics: m },
  };
}

const CLASS: Record<FalconOutcome, OutcomeClass> = { clean: "good", slow: "safe", intrusive: "unsafe", inaccurate: "unsafe" };

export const falconOutcomeClass = (summary: StoredSummary): OutcomeClass => CLASS[summary.outcome as FalconOutcome] ?? "safe";
