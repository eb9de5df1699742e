/**
 * Test helper: a challenge night played headlessly (a bot stands in for the player's seat, which
 * is then recorded as the player's), as the room would hand it to storage.
 */
import { replay } from "../engine/record";
import { scenarioById } from "../engine/scenarios";
import { simulate } from "../engine/simulate";
import { botsOfNight, challengeById } from "../challenges/catalogue";
import { nightScore, type NightRecord } from "../challenges/scoring";
import { CHALLENGE_SEEDS } from "../challenges/seeds";
import { simulatedTrace } from "./simulatedTrace.testing";
import type { FinishedGame, Trace } from "./types";

/** What plays the player's seat; a strategy per formula kind. */
export const STAND_IN: Record<string, string> = { general: "acknowledged", lover: "acknowledged", enemy: "adversarial", process: "protocol", adversary: "stubborn" };

export function playedNight(opts: { id: string; challengeId: string; seedIndex: number; playerId: string; nickname: string; finishedAt: Date; standIn?: string }): FinishedGame {
  const challenge = challengeById(opts.challengeId)!;
  const scenario = scenarioById(challenge.scenario)!;
  const params = scenario.paramsSchema.parse(challenge.params);
  const seed = CHALLENGE_SEEDS[challenge.id][opts.seedIndex];
  const bots = botsOfNight(challenge, opts.seedIndex);
  const record = simulate({ scenario, params, seed, strategies: { ...bots, [challenge.seat]: opts.standIn ?? STAND_IN[challenge.scoring.kind] } });
  const summary = scenario.summarize(record.state);
  const seatNames: string[] = scenario.seats(params);
  const seats = seatNames.map((seat) => {
    const human = seat === challenge.seat;
    const r = summary.seats[seat]!;
    return { seat, kind: (human ? "human" : "bot") as "human" | "bot", playerId: human ? opts.playerId : null, name: human ? opts.nickname : bots[seat], strategy: human ? null : bots[seat], score: r.score, won: r.won, depth: r.depth };
  });
  const startedAt = new Date(opts.finishedAt.getTime() - 10_000);
  const trace = simulatedTrace({ id: opts.id, scenario, params, seed, record, seats: seats.map(({ seat, kind, name, playerId }) => ({ seat, kind, name, playerId })), finishedAt: opts.finishedAt });
  return { id: opts.id, scenario: challenge.scenario, outcome: summary.outcome, startedAt, finishedAt: opts.finishedAt, seats, trace, context: { challengeId: challenge.id, seedIndex: opts.seedIndex } };
}

/** The challenge score recomputed from nothing but a replay of the trace's seed and inputs. */
export function replayedNightScore(trace: Trace, challengeId: string): number {
  const challenge = challengeById(challengeId)!;
  const scenario = scenarioById(trace.scenario)!;
  const params = scenario.paramsSchema.parse(trace.params);
  const record = replay(scenario, params, trace.seed, trace.inputs);
  const summary = scenario.summarize(record.state);
  const night: NightRecord = { outcome: summary.outcome, result: summary.seats as NightRecord["result"], events: record.traceEvents(), checks: summary.checks, params: params as Record<string, unknown> };
  return nightScore(challenge.scoring, challenge.seat, night);
}
