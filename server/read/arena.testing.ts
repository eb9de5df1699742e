/**
 * Test and screenshot helper: an arena match stored as the arena stores one: the game with its
 * Bot API seats (and their timeouts and refused moves), then its ArenaMatch settled by the arena's
 * store (entries against par, Glicko-2 ratings). The game is played headlessly on the arena's
 * night (server/arena/nights.ts), each bot seat by one of its house strategies, the rest by the house.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { arenaOf, arenaSeed, NIGHTS } from "../arena/nights";
import { simulate } from "../engine/simulate";
import { PrismaArenaStore } from "../storage/arenaStore";
import type { PrismaGameStore } from "../storage/prismaGameStore";
import { simulatedTrace } from "../storage/simulatedTrace.testing";

export interface ArenaBotSeat {
  seat: string;
  botId: string;
  name: string;
  /** Which of the seat's house strategies plays for the bot (index into strategies(seat)). */
  strategy?: number;
  timeouts?: number;
  refused?: number;
}

/** The k-th night (from 0) of cycles of NIGHTS nights: where a bot that played every night before is. */
const nightOf = (k: number) => ({ cycle: Math.floor(k / NIGHTS), night: k % NIGHTS });

export async function playedArenaMatch(
  db: PrismaClient,
  store: PrismaGameStore,
  opts: { id: string; scenario: string; night: number; finishedAt: Date; bots: ArenaBotSeat[] },
): Promise<void> {
  const arena = arenaOf(opts.scenario)!;
  const { scenario, params, seats, house: standIns } = arena;
  const { cycle, night } = nightOf(opts.night);
  const seed = arenaSeed("test", opts.scenario, cycle, night);
  const botOf = new Map(opts.bots.map((b) => [b.seat, b]));
  const strategies = { ...standIns };
  for (const b of opts.bots) strategies[b.seat] = scenario.strategies(b.seat)[(b.strategy ?? 0) % scenario.strategies(b.seat).length];
  const record = simulate({ scenario, params, seed, strategies });
  const summary = scenario.summarize(record.state);
  const stored = seats.map((seat) => {
    const bot = botOf.get(seat);
    const r = summary.seats[seat]!;
    return { seat, kind: "bot" as const, playerId: null, botId: bot?.botId ?? null, name: bot?.name ?? standIns[seat], strategy: bot ? null : standIns[seat], score: r.score, won: r.won, depth: r.depth };
  });
  const startedAt = new Date(opts.finishedAt.getTime() - 10_000);
  const trace = simulatedTrace({ id: opts.id, scenario, params, seed, record, seats: stored.map(({ seat, kind, name, playerId, botId }) => ({ seat, kind, name, playerId, ...(botId ? { botId } : {}) })), finishedAt: opts.finishedAt });
  await store.saveFinishedGame({ id: opts.id, scenario: opts.scenario, outcome: summary.outcome, startedAt, finishedAt: opts.finishedAt, seats: stored, trace });
  for (const b of opts.bots) await db.gameSeat.update({ where: { gameId_seat: { gameId: opts.id, seat: b.seat } }, data: { timeouts: b.timeouts ?? 0, refused: b.refused ?? 0 } });
  const arenaStore = new PrismaArenaStore(db);
  // Each bot's own next night is the one after this match's (as if each had played every night before it).
  const plays = opts.bots.map((b) => ({ botId: b.botId, next: nightOf(opts.night + 1) }));
  await arenaStore.createMatch({ id: opts.id, scenario: opts.scenario, ...nightOf(opts.night), plays });
  await arenaStore.settle(opts.id, opts.finishedAt);
}
