/**
 * What one finished game adds to a class's charts. Read
 * from the game's summary and its trace events (the same facts a replay shows); the scenario
 * says how its outcome is classed and which of its own figures to chart.
 */
import type { GameMetrics } from "../protocol/classroom";
import type { StoredSummary } from "../engine/scenario";
import { scenarioById } from "../engine/scenarios";
import type { Trace } from "../storage/types";

export function gameMetrics(
  scenarioId: string,
  summary: StoredSummary,
  events: readonly { type: string }[],
  strategies: Record<string, string>,
  flags: { botFinished?: boolean } = {},
): GameMetrics {
  const scenario = scenarioById(scenarioId);
  if (!scenario) throw new Error(`gameMetrics: unknown scenario "${scenarioId}"`);
  const outcomeClass = scenario.outcomeClass(summary);
  return {
    outcome: summary.outcome,
    success: outcomeClass === "good",
    unsafe: outcomeClass === "unsafe",
    messages: events.filter((e) => e.type === "send").length,
    ...scenario.classFigures(summary),
    strategies,
    botFinished: flags.botFinished ?? false,
  };
}

/**
 * A recorded game's metrics, read from its stored trace: the same figures the host's dashboard
 * showed when the game finished (its bots' strategies are the bot seats' names; `botFinished`
 * is the trace's own flag).
 */
export function traceMetrics(trace: Pick<Trace, "scenario" | "outcome" | "result" | "checks" | "seats" | "botFinished"> & { events: readonly { type: string }[] }): GameMetrics {
  const strategies = Object.fromEntries(trace.seats.filter((s) => s.kind === "bot").map((s) => [s.seat, s.name]));
  return gameMetrics(trace.scenario, { outcome: trace.outcome, seats: trace.result, checks: trace.checks }, trace.events, strategies, { botFinished: trace.botFinished === true });
}
