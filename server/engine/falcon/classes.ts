/**
 * How a Falcon game counts on class charts: the operator's mean detection time is its depth
 * figure (lower is better), and its detail says which timeout the operator kept, what it got, and
 * what Falcon's bot and both plain timeouts got on the same faults and network (compare.ts), so
 * the class can see the poison each timeout picked.
 */
import type { ClassFigures, ClassGame, StoredSummary } from "../scenario";
import { compare } from "./compare";
import { falconParamsSchema } from "./params";
import type { FalconMetrics, Poison } from "./scoring";
import type { OperatorStrategy } from "./strategies";
import { OPERATOR_SEAT, type FalconEvent, type Fault } from "./types";

export { falconOutcomeClass } from "./summary";

/** What one detector got on a game's faults: the columns of the class chart. */
export interface DetectorResult {
  meanDetectionMs: number | null;
  /** Failures never declared. */
  missed: number;
  falseSuspicions: number;
  unnecessaryKills: number;
  spyCost: number;
  poisons: Poison[];
}

/** A Falcon game's detail on the class charts (GameMetrics.detail). */
export interface FalconClassDetail extends DetectorResult {
  /** The end-to-end timeout in force the longest (ms), and how many different ones the operator used. */
  timeoutMs: number;
  timeouts: number;
  /** Falcon's bot and the plain timeouts on the same faults and network. */
  reference: { detector: OperatorStrategy; result: DetectorResult }[];
}

export const resultOf = (m: FalconMetrics): DetectorResult => ({
  meanDetectionMs: m.meanDetectionMs,
  missed: m.missed,
  falseSuspicions: m.falseSuspicions,
  unnecessaryKills: m.unnecessaryKills,
  spyCost: m.spyCost,
  poisons: m.poisons,
});

/** The timeout in force the longest between 0 and `endMs` (the earlier one on a tie), and how many different ones were in force. */
export function keptTimeout(startMs: number, events: readonly { type: string }[], endMs: number): { timeoutMs: number; timeouts: number } {
  const changes = (events as readonly FalconEvent[]).filter((e): e is Extract<FalconEvent, { type: "timeout" }> => e.type === "timeout");
  const held = new Map<number, number>();
  let current = startMs;
  let since = 0;
  for (const c of changes) {
    held.set(current, (held.get(current) ?? 0) + (c.atMs - since));
    current = c.timeoutMs;
    since = c.atMs;
  }
  held.set(current, (held.get(current) ?? 0) + Math.max(0, endMs - since));
  let best = startMs;
  for (const [timeout, ms] of held) if (ms > (held.get(best) ?? -1)) best = timeout;
  return { timeoutMs: best, timeouts: held.size };
}

/** The faults a game played, read back from its trace events (compare.ts playedTimeline, from the ledger). */
export function faultsFromEvents(events: readonly { type: string }[]): Fault[] {
  return (events as readonly FalconEvent[])
    .filter((e): e is Extract<FalconEvent, { type: "fault" }> => e.type === "fault")
    .map((f) => (f.durationMs === null ? { atMs: f.atMs, kind: f.kind } : { atMs: f.atMs, kind: f.kind, durationMs: f.durationMs }));
}

/** The detail of a finished game; null when its summary or parameters are not those of a Falcon game of this version. */
export function falconClassDetail(summary: StoredSummary, game: ClassGame): FalconClassDetail | null {
  const metrics = (summary.checks as { metrics?: FalconMetrics } | undefined)?.metrics;
  const params = falconParamsSchema.safeParse(game.params);
  if (!metrics || !params.success) return null;
  const { rows } = compare(params.data, game.seed, faultsFromEvents(game.events));
  return {
    ...resultOf(metrics),
    ...keptTimeout(params.data.timeoutMs, game.events, params.data.lengthMs),
    reference: rows.map((r) => ({ detector: r.detector, result: resultOf(r.metrics) })),
  };
}

/** No rounds and no checker: the chart's figure is the operator's mean detection time in ms (null when nothing failed). */
export function falconClassFigures(summary: StoredSummary, game?: ClassGame): ClassFigures {
  const detail = game ? falconClassDetail(summary, game) : null;
  return { depth: summary.seats[OPERATOR_SEAT]?.depth ?? null, roundsToDecide: null, verdictOk: null, ...(detail ? { detail } : {}) };
}
