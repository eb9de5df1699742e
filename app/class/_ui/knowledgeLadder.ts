/**
 * The class debrief of a scenario with a knowledge ladder (its engine's `ladder`: two parties
 * whose messages can be lost): the depth each game reached, messages against depth, and two
 * worlds from the class's own games. A scenario's classroom part spreads this in.
 */
import type { ClassUi } from "@/app/_scenarios/classUi";
import { formatMean } from "./aggregate";
import { DepthScatter, TwoWorldsSection } from "./lazyPieces";

export const KNOWLEDGE_LADDER_DEBRIEF: Pick<ClassUi, "figure" | "tiles" | "sideChart" | "Debrief"> = {
  figure: {
    title: "Knowledge depth reached",
    note: "Games per deepest rung either player could be sure of (across), not the messages that got through in a row.",
    column: "Known depth",
    of: (m) => m.depth,
  },
  tiles: (t) => [{ label: "mean known depth", value: formatMean(t.meanDepth) }],
  sideChart: {
    title: "Messages against depth",
    note: "Each dot is a game: messages sent (across), knowledge depth (up: what a player could be sure of). More messages climb the ladder, but never make the last one certain.",
    // The chart (recharts) and the two worlds (which replay traces) load when shown (lazyPieces.ts).
    Chart: DepthScatter,
  },
  Debrief: TwoWorldsSection,
};
