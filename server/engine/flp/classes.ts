/** How an FLP game counts on class charts and in colours. */
import type { ClassFigures, OutcomeClass, StoredSummary } from "../scenario";
import { SCHEDULER_SEAT, type FlpOutcome } from "./terms";

/**
 * The scheduler's view of it: keeping the decision open (or solving the puzzle) is the goal;
 * a protocol forcing a decision, time running out or a missed puzzle is safe; two processes
 * deciding differently broke Agreement.
 */
const CLASSES: Record<FlpOutcome, OutcomeClass> = {
  "kept-open": "good",
  solved: "good",
  forced: "safe",
  "time-up": "safe",
  missed: "safe",
  disagreement: "unsafe",
};

export function flpOutcomeClass(summary: StoredSummary): OutcomeClass {
  return CLASSES[summary.outcome as FlpOutcome] ?? "safe";
}

export function flpClassFigures(summary: StoredSummary): ClassFigures {
  const checks = summary.checks as { fair?: { ok: boolean } } | undefined;
  return { depth: summary.seats[SCHEDULER_SEAT]?.depth ?? null, roundsToDecide: null, verdictOk: checks?.fair ? Object.values(checks).every((c: { ok: boolean }) => c.ok) : null };
}
