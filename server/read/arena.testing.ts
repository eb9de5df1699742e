/**
 * Test and screenshot helper: an arena match stored as the arena's scheduler stores one (the game
 * with its Bot API seats, ArenaMatch, ArenaEntry per bot, BotRating moved). The game is played
 * headlessly, each bot seat by one of its house strategies, every other seat by its stand-in; par
 * is the stand-ins' score on the same night. Ratings move by a simple step, not Glicko-2: the
 * pages only read them.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { scenarioById } from "../engine/scenarios";
import { simulate } from "../engine/simulate";
import type { PrismaGameStore } from "../storage/prismaGameStore";
import { TRACE_VERSION, type Trace } from "../storage/types";

export interface ArenaBotSeat {
  seat: string;
  botId: string;
  name: string;
  /** Which of the seat's house strategies plays for the bot (index into strategies(seat)). */
  strategy?: number;
  timeouts?: number;
  refused?: number;
}

export async function playedArenaMatch(
  db: PrismaClient,
  store: PrismaGameStore,
  opts: { id: string; scenario: string; night: number; finishedAt: Date; bots: ArenaBotSeat[] },
): Promise<void> {
  const scenario = scenarioById(opts.scenario)!;
  const params = scenario.paramsSchema.parse({});
  const seed = 7_000 + opts.night;
  const seats: string[] = scenario.seats(params);
  const standIns = Object.fromEntries(seats.map((s) => [s, scenario.role(s).standIn]));
  const botOf = new Map(opts.bots.map((b) => [b.seat, b]));
  const strategies = { ...standIns };
  for (const b of opts.bots) strategies[b.seat] = scenario.strategies(b.seat)[(b.strategy ?? 0) % scenario.strategies(b.seat).length];
  const record = simulate({ scenario, params, seed, strategies });
  const summary = scenario.summarize(record.state);
  const par = scenario.summarize(simulate({ scenario, params, seed, strategies: standIns }).state);
  const stored = seats.map((seat) => {
    const bot = botOf.get(seat);
    const r = summary.seats[seat]!;
    return { seat, kind: "bot" as const, playerId: null, botId: bot?.botId ?? null, name: bot?.name ?? standIns[seat], strategy: bot ? null : standIns[seat], score: r.score, won: r.won, depth: r.depth };
  });
  const startedAt = new Date(opts.finishedAt.getTime() - 10_000);
  const trace: Trace = {
    format: "bivalent-trace",
    version: TRACE_VERSION,
    gameId: opts.id,
    scenario: opts.scenario,
    params: params as Record<string, unknown>,
    seed,
    tickMs: 100,
    seats: stored.map(({ seat, kind, name, playerId, botId }) => ({ seat, kind, name, playerId, ...(botId ? { botId } : {}) })),
    inputs: record.inputs as Trace["inputs"],
    events: record.traceEvents(),
    outcome: summary.outcome,
    result: summary.seats as Trace["result"],
    ...(summary.checks ? { checks: summary.checks } : {}),
    startedAt: startedAt.toISOString(),
    finishedAt: opts.finishedAt.toISOString(),
  };
  await store.saveFinishedGame({ id: opts.id, scenario: opts.scenario, outcome: summary.outcome, startedAt, finishedAt: opts.finishedAt, seats: stored, trace });
  const unsafe = scenario.outcomeClass(summary) === "unsafe";
  await db.arenaMatch.create({ data: { id: opts.id, scenario: opts.scenario, night: opts.night, createdAt: startedAt, finishedAt: opts.finishedAt } });
  for (const b of opts.bots) {
    const score = summary.seats[b.seat]!.score;
    const parScore = par.seats[b.seat]!.score;
    const result = score > parScore ? 1 : score === parScore ? 0.5 : 0;
    const before = await db.botRating.findUnique({ where: { botId_scenario: { botId: b.botId, scenario: opts.scenario } } });
    const rating = before?.rating ?? 1500;
    const rd = before?.rd ?? 350;
    const after = rating + (result - 0.5) * rd * 0.25;
    const counters = { timeouts: b.timeouts ?? 0, refused: b.refused ?? 0 };
    await db.gameSeat.update({ where: { gameId_seat: { gameId: opts.id, seat: b.seat } }, data: counters });
    await db.arenaEntry.create({
      data: { matchId: opts.id, seat: b.seat, botId: b.botId, score, parScore, result, ...counters, unsafe, ratingBefore: rating, ratingAfter: after, finishedAt: opts.finishedAt },
    });
    const moved = { rating: after, rd: Math.max(50, rd * 0.9), matches: (before?.matches ?? 0) + 1 };
    await db.botRating.upsert({ where: { botId_scenario: { botId: b.botId, scenario: opts.scenario } }, create: { botId: b.botId, scenario: opts.scenario, ...moved }, update: moved });
  }
}
