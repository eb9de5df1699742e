/**
 * Leaderboard queries. Rankings read PlayerStat (kept up to date on save, see playerStats.ts)
 * through its (scenario, period, totalScore) and (scenario, period, winRate, games) indexes: a page
 * walks `offset` entries of an index (no row reads) and reads about a page of rows, whatever the
 * number of games. Portable Prisma queries only, no raw SQL.
 *
 * Ranks are "competition" ranks on the ordering figure (total score, or win rate): players level
 * on it share a rank and the next rank skips (1, 2, 2, 4). Level players are listed by the
 * tie-breaks: fewer games for total score, more games then higher total for win rate, then id.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { ALL_TIME } from "./playerStats";

/** One ranked player of a scenario over a period. */
export interface LeaderboardRow {
  rank: number;
  playerId: string;
  /** The player's current nickname. */
  nickname: string;
  games: number;
  wins: number;
  /** wins / games, between 0 and 1. */
  winRate: number;
  totalScore: number;
  bestScore: number;
  /** Best depth of the period: the deepest knowledge, or for consensus the earliest round decided. */
  bestDepth: number | null;
  /** The game of the player's best score: where the row's replay link goes. */
  bestGameId: string;
}

/** One page of a ranking. `page` is clamped to 1..pages. */
export interface Page<T> {
  rows: T[];
  page: number;
  pageSize: number;
  /** Rows over all pages. */
  total: number;
  /** At least 1, so "page 1 of 1" reads right on an empty board. */
  pages: number;
}

export type RankOrder = "score" | "winRate";

export interface TopPlayersOptions {
  scenario: string;
  /** A PlayerStat period: "all" (default) or an ISO week such as "2026-W48". */
  period?: string;
  orderBy: RankOrder;
  /** 1-based. */
  page?: number;
  pageSize?: number;
  /** Players with fewer games in the period are left out (the win-rate board needs a few). */
  minGames?: number;
}

/** Largest page a caller may ask for: a page's cost grows with it. */
export const MAX_PAGE_SIZE = 100;

/** One page of the best human players of a scenario over a period (bots are never ranked). */
export async function topPlayers(
  db: PrismaClient,
  { scenario, period = ALL_TIME, orderBy, page = 1, pageSize = 20, minGames = 1 }: TopPlayersOptions,
): Promise<Page<LeaderboardRow>> {
  const size = clampInt(pageSize, 1, MAX_PAGE_SIZE);
  // Every row has games >= 1, so minGames <= 1 needs no filter (and keeps the plan a pure index scan).
  const where = { scenario, period, ...(minGames > 1 ? { games: { gte: minGames } } : {}) };
  const col = orderBy === "score" ? "totalScore" : "winRate";
  const fullOrder =
    orderBy === "score"
      ? [{ totalScore: "desc" as const }, { games: "asc" as const }, { playerId: "asc" as const }]
      : [{ winRate: "desc" as const }, { games: "desc" as const }, { totalScore: "desc" as const }, { playerId: "asc" as const }];
  // Reading the ordering column alone keeps counts and offsets inside its index (no row reads).
  const countOf = async (w: typeof where) =>
    orderBy === "score"
      ? (await db.playerStat.count({ where: w, select: { totalScore: true } })).totalScore
      : (await db.playerStat.count({ where: w, select: { winRate: true } })).winRate;
  const figuresAt = async (offset: number) =>
    (await db.playerStat.findMany({ where, orderBy: { [col]: "desc" }, skip: offset, take: size, select: { [col]: true } })).map(
      (r) => (r as Record<string, number>)[col],
    );

  const wanted = clampInt(page, 1, Number.MAX_SAFE_INTEGER);
  const [total, wantedFigures] = await Promise.all([countOf(where), figuresAt((wanted - 1) * size)]);
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(wanted, pages);
  const offset = (current - 1) * size;
  // A page past the end is shown as the last page.
  const figures = current === wanted ? wantedFigures : await figuresAt(offset);
  if (figures.length === 0) return { rows: [], page: current, pageSize: size, total, pages };

  // The page's rows are exactly the rows whose figure lies between its first and last figure,
  // in full order, less the ones of that block on the pages before: a short index range
  // however deep the page (an OFFSET over full rows would read and sort every row before it).
  const [high, low] = [figures[0], figures[figures.length - 1]];
  const ahead = offset === 0 ? 0 : await countOf({ ...where, [col]: { gt: high } });
  // Within the block a big tie (hundreds level on 100 %) is still skipped in SQL, not copied out.
  const stats = await db.playerStat.findMany({
    where: { ...where, [col]: { gte: low, lte: high } },
    orderBy: fullOrder,
    skip: offset - ahead,
    take: size,
  });
  const players = await db.player.findMany({ where: { id: { in: stats.map((s) => s.playerId) } }, select: { id: true, nickname: true } });
  const figure = (r: { totalScore: number; winRate: number }) => (orderBy === "score" ? r.totalScore : r.winRate);
  const nicknameOf = new Map(players.map((p) => [p.id, p.nickname]));
  let rank = ahead + 1;
  const rows = stats.map((s, i) => {
    if (i > 0 && figure(s) !== figure(stats[i - 1])) rank = offset + i + 1;
    return {
      rank,
      playerId: s.playerId,
      nickname: nicknameOf.get(s.playerId) ?? "",
      games: s.games,
      wins: s.wins,
      winRate: s.winRate,
      totalScore: s.totalScore,
      bestScore: s.bestScore,
      bestDepth: s.bestDepth,
      bestGameId: s.bestGameId,
    };
  });
  return { rows, page: current, pageSize: size, total, pages };
}

/** How many human players have a PlayerStat row for the scenario and period. */
export async function playerCount(db: PrismaClient, scenario: string, period: string = ALL_TIME): Promise<number> {
  return (await db.playerStat.count({ where: { scenario, period }, select: { totalScore: true } })).totalScore;
}

/** How many games of the scenario were finished and stored. */
export async function gameCount(db: PrismaClient, scenario: string): Promise<number> {
  return db.game.count({ where: { scenario } });
}

/** `value` as an integer within [min, max]; `min` when it is not a number. */
export function clampInt(value: number, min: number, max: number): number {
  const n = Number.isFinite(value) ? Math.trunc(value) : min;
  return Math.min(max, Math.max(min, n));
}
