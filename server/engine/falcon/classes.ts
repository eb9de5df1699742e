/** How a Falcon game counts on class charts: the operator's mean detection time is its depth figure (lower is better). */
import type { ClassFigures, StoredSummary } from "../scenario";
import { OPERATOR_SEAT } from "./types";

export { falconOutcomeClass } from "./summary";

/** No rounds and no checker: the chart's figure is the operator's mean detection time in ms (null when nothing failed). */
export function falconClassFigures(summary: StoredSummary): ClassFigures {
  return { depth: summary.seats[OPERATOR_SEAT]?.depth ?? null, roundsToDecide: null, verdictOk: null };
}
