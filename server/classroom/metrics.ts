/**
 * What one finished game adds to a class's charts, and how far a running one has got. Read
 * from the game's final state, its summary and its trace events: the same facts a replay shows.
 */
import type { GameMetrics } from "../protocol/classroom";
import type { GameSummary } from "../engine/scenario";
import type { Verdict } from "../engine/consensus/checker";

export interface StateLike {
  scenario: string;
  tick?: number;
  params?: { dawnTick?: number; maxTicks?: number };
  inner?: { tick: number; params: { dawnTick: number } };
}

/** The game's tick now and the tick by which it ends at the latest. */
export function progressOf(state: StateLike): { tick: number; lastTick: number } {
  if (state.inner) return { tick: state.inner.tick, lastTick: state.inner.params.dawnTick };
  return { tick: state.tick ?? 0, lastTick: state.params?.dawnTick ?? state.params?.maxTicks ?? 0 };
}

const SUCCESS = new Set(["victory", "date"]);
const UNSAFE = new Set(["defeat-A", "defeat-B", "stood-up-alice", "stood-up-bob"]);

export function gameMetrics(
  scenario: string,
  summary: GameSummary,
  events: readonly { type: string }[],
  strategies: Record<string, string>,
): GameMetrics {
  const depths = Object.values(summary.seats)
    .map((s) => s?.depth)
    .filter((d): d is number => typeof d === "number");
  const messages = events.filter((e) => e.type === "send").length;
  if (scenario === "consensus") {
    const verdict = summary.checks as Verdict;
    const safe = verdict.agreement.ok && verdict.validity.ok && verdict.integrity.ok;
    return {
      outcome: summary.outcome,
      success: safe && verdict.termination.ok,
      unsafe: !safe,
      messages,
      depth: null,
      roundsToDecide: verdict.termination.ok ? verdict.termination.lastDecisionRound : null,
      verdictOk: safe && verdict.termination.ok && verdict.detector.ok,
      strategies,
    };
  }
  return {
    outcome: summary.outcome,
    success: SUCCESS.has(summary.outcome),
    unsafe: UNSAFE.has(summary.outcome),
    messages,
    depth: depths.length ? Math.max(...depths) : null,
    roundsToDecide: null,
    verdictOk: null,
    strategies,
  };
}
