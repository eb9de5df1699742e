/** Test helper: the stored trace of a game played headlessly (engine simulate), as a room would write it. */
import type { GameRecord } from "../engine/record";
import type { AnyScenario } from "../engine/scenario";
import { TRACE_VERSION, type Trace } from "./types";

/** The trace of `record` (finished), with these seats, having lasted ten seconds up to `finishedAt`. */
export function simulatedTrace(o: { id: string; scenario: AnyScenario; params: unknown; seed: number; record: GameRecord; seats: Trace["seats"]; finishedAt: Date }): Trace {
  const summary = o.scenario.summarize(o.record.state);
  return {
    format: "bivalent-trace",
    version: TRACE_VERSION,
    gameId: o.id,
    scenario: o.scenario.id,
    params: o.params as Record<string, unknown>,
    seed: o.seed,
    tickMs: 100,
    seats: o.seats,
    inputs: o.record.inputs as Trace["inputs"],
    events: o.record.traceEvents(),
    outcome: summary.outcome,
    result: summary.seats as Trace["result"],
    ...(summary.checks ? { checks: summary.checks } : {}),
    startedAt: new Date(o.finishedAt.getTime() - 10_000).toISOString(),
    finishedAt: o.finishedAt.toISOString(),
  };
}
