/**
 * What the replay page reads: a finished game's stored trace, checked by replaying it, the
 * scenario's reveal rebuilt from it (the engine's `revealFromTrace`, for scenarios that have
 * one), and the challenge night it was, scored from the same trace. An arena match's replay is
 * withheld until its cycle is over (server/arena/hold.ts).
 */
import type { PrismaClient } from "../generated/prisma/client";
import { scoreChallengeTrace, type ScoredNight } from "../challenges/night";
import { scenarioById } from "../engine/scenarios";
import { verifyTrace, type Verification } from "../engine/verify";
import { gameIdSchema } from "../protocol/schemas";
import { getPrisma } from "../storage/db";
import { PrismaGameStore } from "../storage/prismaGameStore";
import { withheldCycle } from "../storage/arenaHold";
import type { Trace } from "../storage/types";
import type { Timeline } from "../engine/timeline";

export type { Trace, Verification, ScoredNight };

export interface ReplayRecord {
  trace: Trace;
  /** The replay's check of the trace: its timeline when it replays as stored, or the problem. */
  check: Verification;
  /** The parameters as the scenario reads them (defaults filled in) when the trace verifies; as stored otherwise. */
  params: Record<string, unknown>;
  /** What the end of the game showed, rebuilt from the trace; null unless it verifies and the scenario rebuilds one. */
  reveal: unknown;
  /** The challenge night the game was and its score, recomputed from the trace; null for any other game. */
  night: ScoredNight | null;
  /**
   * The timeline as drawn before the viewer reaches the end: nothing in it tells how the game
   * ends (the scenario's `presenter.blind`, as the presenter draws it); null unless it verifies.
   */
  blindTimeline: Timeline | null;
}

/** An arena match whose replay is withheld until cycle `withheldCycle` is over (server/arena/hold.ts). */
export interface WithheldReplay {
  withheldCycle: number;
}

/**
 * The replay of game `gameId`; its cycle when it is an arena match whose replay is still withheld
 * (nothing of its trace is read); null when there is no such game (or the id is not one).
 */
export async function readReplay(gameId: string, db: PrismaClient = getPrisma()): Promise<ReplayRecord | WithheldReplay | null> {
  if (!gameIdSchema.safeParse(gameId).success) return null;
  const held = await withheldCycle(db, gameId);
  if (held !== null) return { withheldCycle: held };
  const trace = await new PrismaGameStore(db).getTrace(gameId);
  if (!trace) return null;
  const check = verifyTrace(trace);
  const night = await nightOf(db, trace);
  const scenario = scenarioById(trace.scenario);
  const blindTimeline = check.ok ? (scenario?.presenter?.blind?.(check.timeline) ?? check.timeline) : null;
  const parsed = check.ok ? scenario?.paramsSchema.safeParse(trace.params) : undefined;
  if (!parsed?.success) return { trace, check, params: trace.params, reveal: null, night, blindTimeline };
  return { trace, check, params: parsed.data as Record<string, unknown>, reveal: revealOf(trace, parsed.data, check.ok ? check.final : undefined), night, blindTimeline };
}

/** The scenario's reveal of a trace that verified, from its parsed parameters and the state its replay ended in; null if the scenario rebuilds none. */
function revealOf(trace: Trace, params: unknown, final: unknown): unknown {
  const scenario = scenarioById(trace.scenario);
  if (!scenario?.revealFromTrace) return null;
  return scenario.revealFromTrace({ params, seed: trace.seed, events: trace.events, outcome: trace.outcome, result: trace.result, final });
}

async function nightOf(db: PrismaClient, trace: Trace): Promise<ScoredNight | null> {
  const game = await db.game.findUnique({ where: { id: trace.gameId }, select: { challengeId: true, seedIndex: true } });
  if (!game?.challengeId || game.seedIndex === null) return null;
  const night = scoreChallengeTrace(trace, game.challengeId, game.seedIndex);
  return "problem" in night ? null : night;
}
