/** How a Ben-Or game counts on class charts and in colours. */
import type { ClassFigures, OutcomeClass, StoredSummary } from "../scenario";
import type { BenorChecks } from "./checks";
import { ADVERSARY_SEAT } from "./terms";

/**
 * The protocol's goal: every live process decided ("good"); time running out with one undecided
 * is "safe"; two decisions that differ, or a decided value nobody proposed, broke safety ("unsafe":
 * Ben-Or never does, the checker would say so).
 */
export function benorOutcomeClass(summary: StoredSummary): OutcomeClass {
  const checks = summary.checks as BenorChecks | undefined;
  if (checks && (!checks.agreement.ok || !checks.validity.ok)) return "unsafe";
  return summary.outcome === "decided" ? "good" : "safe";
}

export function benorClassFigures(summary: StoredSummary): ClassFigures {
  const checks = summary.checks as BenorChecks | undefined;
  return {
    depth: summary.seats[ADVERSARY_SEAT]?.depth ?? null,
    roundsToDecide: checks?.termination.lastDecisionRound ?? null,
    verdictOk: checks ? checks.agreement.ok && checks.validity.ok && checks.termination.ok : null,
  };
}
