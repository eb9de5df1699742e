/**
 * What one finished game adds to a class's charts. Read
 * from the game's summary and its trace events (the same facts a replay shows); the scenario
 * says how its outcome is classed and which of its own figures to chart.
 */
import type { GameMetrics, SeatKind, SeatKindScore } from "../protocol/classroom";
import type { ClassGame, StoredSummary } from "../engine/scenario";
import { scenarioById } from "../engine/scenarios";
import type { Trace } from "../storage/types";

/** `game`: its parameters, seed and trace events (the scenario's own figures may read them). */
export function gameMetrics(
  scenarioId: string,
  summary: StoredSummary,
  game: ClassGame,
  strategies: Record<string, string>,
  flags: { botFinished?: boolean; seats?: readonly SeatHolderKind[] } = {},
): GameMetrics {
  const scenario = scenarioById(scenarioId);
  if (!scenario) throw new Error(`gameMetrics: unknown scenario "${scenarioId}"`);
  const outcomeClass = scenario.outcomeClass(summary);
  return {
    outcome: summary.outcome,
    success: outcomeClass === "good",
    unsafe: outcomeClass === "unsafe",
    messages: game.events.filter((e) => e.type === "send").length,
    ...scenario.classFigures(summary, game),
    strategies,
    botFinished: flags.botFinished ?? false,
    // Player seats only: an adversary's score is not comparable with a player's.
    ...(flags.seats ? { seatKinds: seatKinds(flags.seats.filter((s) => scenario.role(s.seat).kind === "player"), summary) } : {}),
  };
}

/** A seat as a room or a trace lists it: enough to tell who played it. */
export interface SeatHolderKind {
  seat: string;
  kind: "human" | "bot";
  botId?: string | null;
}

/**
 * Who played each seat: a Bot API bot (in a class game always a student's: only they join by
 * code) holds a seat by token, so it has a botId whatever its kind; a house bot is kind "bot"
 * without one; everyone else is a person (even while a stand-in covered their absence).
 */
export const seatKindOf = (s: SeatHolderKind): SeatKind => (s.botId ? "studentBot" : s.kind === "bot" ? "house" : "person");

/** Each seat's kind and final score, for the debrief's comparison of kinds. */
export function seatKinds(seats: readonly SeatHolderKind[], summary: StoredSummary): SeatKindScore[] {
  return seats.map((s) => ({ seat: s.seat, kind: seatKindOf(s), score: summary.seats[s.seat]?.score ?? 0 }));
}

/**
 * A recorded game's metrics, read from its stored trace: the same figures the host's dashboard
 * showed when the game finished (its bots' strategies are the bot seats' names; `botFinished`
 * is the trace's own flag).
 */
export function traceMetrics(trace: Pick<Trace, "scenario" | "params" | "seed" | "outcome" | "result" | "checks" | "seats" | "botFinished"> & { events: readonly { type: string }[] }): GameMetrics {
  // House bots only: a student's Bot API bot is a player, not a strategy (as live, groupFinished).
  const strategies = Object.fromEntries(trace.seats.filter((s) => s.kind === "bot" && !s.botId).map((s) => [s.seat, s.name]));
  const game = { params: trace.params, seed: trace.seed, events: trace.events };
  return gameMetrics(trace.scenario, { outcome: trace.outcome, seats: trace.result, checks: trace.checks }, game, strategies, { botFinished: trace.botFinished === true, seats: trace.seats });
}
