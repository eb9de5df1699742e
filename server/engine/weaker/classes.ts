/** How a weaker-agreement game counts on class charts and in colours. */
import type { ClassFigures, OutcomeClass, StoredSummary } from "../scenario";
import type { WeakerChecks } from "./game";
import { ADVERSARY_SEAT } from "./terms";

/**
 * The protocol's goal: every live process decided within the rules ("good"); blocked, or time
 * running out with one undecided, is "safe"; decisions that break the rules are "unsafe" (these
 * protocols never do, the checker would say so).
 */
export function weakerOutcomeClass(summary: StoredSummary): OutcomeClass {
  const checks = summary.checks as WeakerChecks | undefined;
  if (summary.outcome === "violated" || (checks && (!checks.agreement.ok || !checks.validity.ok))) return "unsafe";
  return summary.outcome === "agreed" ? "good" : "safe";
}

export function weakerClassFigures(summary: StoredSummary): ClassFigures {
  const checks = summary.checks as WeakerChecks | undefined;
  return {
    depth: summary.seats[ADVERSARY_SEAT]?.depth ?? null,
    roundsToDecide: null,
    verdictOk: checks ? checks.agreement.ok && checks.validity.ok && checks.termination.ok : null,
  };
}
