/**
 * PlayerStat: each human's running totals per scenario and period ("all", and the ISO week of
 * the game's finish in UTC), updated inside the transaction that saves a game, so leaderboards
 * read one small indexed table instead of grouping a million seats. Bots are never ranked.
 * A row's `scenario` is a board key (boards.ts): a game also counts on its scenario's own board,
 * when its parameters name one.
 */
import { scenarioById } from "../engine/scenarios";
import { boardKeysOfGame, boardsOf, scenarioOfBoard } from "./boards";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { isoWeek } from "./isoWeek";
import { addToTotals, type PlayerTotals } from "./playerTotals";
import type { FinishedGame } from "./types";

/** The all-time period; the others are ISO weeks such as "2026-W48". */
export const ALL_TIME = "all";

/** One PlayerStat row as the leaderboards read it. */
export interface StatRow extends PlayerTotals {
  scenario: string;
  period: string;
  /** The best depth per {@link betterDepth}, null while no seat had one. */
  bestDepth: number | null;
}

/** What one seat brings to its player's totals. */
export interface SeatResult {
  playerId: string;
  score: number;
  won: boolean;
  depth: number | null;
}

/** The periods a game finished at `finishedAt` counts in. */
export function periodsOf(finishedAt: Date): string[] {
  return [ALL_TIME, isoWeek(finishedAt)];
}

/**
 * The better of two depths for a scenario, by its `depthOrder` (a knowledge rung: higher is
 * better; a decision round: lower is better). A missing depth never beats a present one.
 */
export function betterDepth(scenario: string, a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return scenarioById(scenarioOfBoard(scenario))?.depthOrder === "lower" ? Math.min(a, b) : Math.max(a, b);
}

/** `stat` (or a fresh row) with one more seat of game `gameId` counted on board `game.scenario`. Pure. */
export function addSeat(
  stat: StatRow | undefined,
  seat: SeatResult,
  game: { id: string; scenario: string },
  period: string,
): StatRow {
  return {
    ...addToTotals(stat, seat, game.id),
    scenario: stat?.scenario ?? game.scenario,
    period: stat?.period ?? period,
    bestDepth: betterDepth(game.scenario, stat?.bestDepth ?? null, seat.depth),
  };
}

/** Key of a PlayerStat row in maps. */
export const statKey = (playerId: string, scenario: string, period: string) => `${playerId}\u0000${scenario}\u0000${period}`;

/** The human seats of a game that are ranked. */
function rankedSeats(game: Pick<FinishedGame, "seats">): SeatResult[] {
  return game.seats.flatMap((s) =>
    s.kind === "human" && s.playerId !== null ? [{ playerId: s.playerId, score: s.score, won: s.won, depth: s.depth }] : [],
  );
}

/**
 * Counts a newly saved game in its players' totals. Call it inside the transaction that creates
 * the game, once per game: it reads the current rows and writes them back, which is safe because
 * writes are serialized (SQLite's single writer; PostgreSQL would need SERIALIZABLE or a retry).
 */
export async function recordPlayerStats(tx: Prisma.TransactionClient, game: FinishedGame): Promise<void> {
  const seats = rankedSeats(game);
  if (seats.length === 0) return;
  const periods = periodsOf(game.finishedAt);
  const boards = boardKeysOfGame(game.scenario, game.trace.params);
  const existing = await tx.playerStat.findMany({
    where: { scenario: { in: boards }, period: { in: periods }, playerId: { in: [...new Set(seats.map((s) => s.playerId))] } },
  });
  const rows = new Map<string, StatRow>(existing.map((r) => [statKey(r.playerId, r.scenario, r.period), toStatRow(r)]));
  const touched = new Set<string>();
  for (const seat of seats) {
    for (const board of boards) {
      for (const period of periods) {
        const key = statKey(seat.playerId, board, period);
        rows.set(key, addSeat(rows.get(key), seat, { id: game.id, scenario: board }, period));
        touched.add(key);
      }
    }
  }
  for (const key of touched) {
    const row = rows.get(key) as StatRow;
    const { playerId, scenario, period, ...totals } = row;
    await tx.playerStat.upsert({
      where: { playerId_scenario_period: { playerId, scenario, period } },
      create: row,
      update: totals,
    });
  }
}

/**
 * Recomputes every PlayerStat row from the stored seats: for a database whose games were saved
 * before PlayerStat existed, or to repair it. Reads the seats in finishing order, in batches.
 */
export async function rebuildPlayerStats(db: PrismaClient, batchSize = 20_000): Promise<number> {
  const rows = new Map<string, StatRow>();
  let after: { gameId: string; seat: string } | undefined;
  for (;;) {
    const seats = await db.gameSeat.findMany({
      where: { kind: "human", playerId: { not: null }, practice: false, botFinished: false },
      // Primary-key order: a stable cursor. Best-score ties then go to the smaller game id, not
      // the earlier game; only the replay link of a tie can differ from live updates.
      orderBy: [{ gameId: "asc" }, { seat: "asc" }],
      cursor: after ? { gameId_seat: after } : undefined,
      skip: after ? 1 : 0,
      take: batchSize,
      select: { gameId: true, seat: true, playerId: true, score: true, won: true, depth: true, scenario: true, finishedAt: true },
    });
    const boardsOfGame = await gameBoards(db, seats);
    for (const s of seats) {
      const seat = { playerId: s.playerId as string, score: s.score, won: s.won, depth: s.depth };
      for (const board of boardsOfGame.get(s.gameId) ?? [s.scenario]) {
        for (const period of periodsOf(s.finishedAt)) {
          const key = statKey(seat.playerId, board, period);
          rows.set(key, addSeat(rows.get(key), seat, { id: s.gameId, scenario: board }, period));
        }
      }
    }
    if (seats.length < batchSize) break;
    const last = seats[seats.length - 1];
    after = { gameId: last.gameId, seat: last.seat };
  }
  const all = [...rows.values()];
  await db.$transaction(async (tx) => {
    await tx.playerStat.deleteMany({});
    for (let i = 0; i < all.length; i += 5_000) await tx.playerStat.createMany({ data: all.slice(i, i + 5_000) });
  });
  return all.length;
}

/**
 * The board keys of the games of these seats whose scenario has boards of its own: their stored
 * parameters say which (read from the traces, a few hundred at a time).
 */
async function gameBoards(db: PrismaClient, seats: { gameId: string; scenario: string }[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(seats.filter((s) => boardsOf(s.scenario).length > 0).map((s) => s.gameId))];
  const out = new Map<string, string[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const games = await db.game.findMany({ where: { id: { in: ids.slice(i, i + 500) } }, select: { id: true, scenario: true, trace: true } });
    for (const g of games) out.set(g.id, boardKeysOfGame(g.scenario, paramsOfTrace(g.trace)));
  }
  return out;
}

function paramsOfTrace(trace: string): unknown {
  try {
    return (JSON.parse(trace) as { params?: unknown }).params;
  } catch {
    return undefined;
  }
}

/** Rebuilds PlayerStat once if it is empty while ranked seats exist (games saved before it). */
export async function ensurePlayerStats(db: PrismaClient): Promise<void> {
  if ((await db.playerStat.findFirst({ select: { playerId: true } })) !== null) return;
  const ranked = await db.gameSeat.findFirst({ where: { kind: "human", playerId: { not: null } }, select: { gameId: true } });
  if (ranked !== null) await rebuildPlayerStats(db);
}

function toStatRow(r: StatRow & { updatedAt?: Date }): StatRow {
  const { updatedAt: _updatedAt, ...row } = r;
  return row;
}
