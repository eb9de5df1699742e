/**
 * How a consensus run is classed and charted, from the checker verdict stored with it: safe
 * when Agreement, Validity and Integrity held; good when every correct process also decided.
 */
import type { ClassFigures, OutcomeClass, StoredSummary } from "../scenario";
import type { Verdict } from "./checker";

/** The stored verdict; a run saved without one counts as unsafe, never as good. */
function verdictOf(summary: StoredSummary): Verdict | null {
  return (summary.checks as Verdict | undefined) ?? null;
}

function safeVerdict(v: Verdict): boolean {
  return v.agreement.ok && v.validity.ok && v.integrity.ok;
}

export function consensusOutcomeClass(summary: StoredSummary): OutcomeClass {
  const v = verdictOf(summary);
  if (!v || !safeVerdict(v)) return "unsafe";
  return v.termination.ok ? "good" : "safe";
}

export function consensusClassFigures(summary: StoredSummary): ClassFigures {
  const v = verdictOf(summary);
  return {
    depth: null,
    roundsToDecide: v?.termination.ok ? v.termination.lastDecisionRound : null,
    verdictOk: v ? safeVerdict(v) && v.termination.ok && v.detector.ok : false,
  };
}
