/** What the two-party scenarios chart for a class: the deepest knowledge rung either player reached. */
import type { ClassFigures, StoredSummary } from "../scenario";

export function twoPartyClassFigures(summary: StoredSummary): ClassFigures {
  const depths = Object.values(summary.seats)
    .map((s) => s?.depth)
    .filter((d): d is number => typeof d === "number");
  return { depth: depths.length ? Math.max(...depths) : null, roundsToDecide: null, verdictOk: null };
}
