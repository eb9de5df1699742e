/**
 * Leaderboard queries. Rankings read PlayerStat (kept up to date on save, see playerStats.ts)
 * through its (scenario, period, totalScore), (scenario, period, winRate, games), (scenario,
 * period, wins) and (scenario, period, bestDepth) indexes, `scenario` being a board key: a page
 * walks `offset` entries of an index (no row reads) and reads about a page of rows, whatever the
 * number of games. Portable Prisma queries only, no raw SQL.
 *
 * Ranks are "competition" ranks on the ordering figure (total score, win rate, wins or best depth):
 * players level on it share a rank and the next rank skips (1, 2, 2, 4). Level players are listed
 * by the tie-breaks: fewer games for total score, wins and best depth (then the higher total for
 * a depth), more games then higher total for win rate, then id. The depth ranking is always
 * highest first and leaves out players with no depth.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { ALL_TIME } from "./playerStats";
import type { PlayerTotals } from "./playerTotals";

/** One ranked player of a scenario over a period. */
export interface LeaderboardRow extends PlayerTotals {
  rank: number;
  /** The player's current nickname. */
  nickname: string;
  /** Best depth of the period: the deepest knowledge, or for consensus the earliest round decided. */
  bestDepth: number | null;
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

/** "wins": games won (puzzles solved); "depth": best depth, highest first (boards.ts). */
export type RankOrder = "score" | "winRate" | "wins" | "depth";

const ORDER_COLUMN = { score: "totalScore", winRate: "winRate", wins: "wins", depth: "bestDepth" } as const;

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
  const where = {
    scenario,
    period,
    ...(minGames > 1 ? { games: { gte: minGames } } : {}),
    ...(orderBy === "depth" ? { bestDepth: { not: null } } : {}),
  };
  const col = ORDER_COLUMN[orderBy];
  const fullOrder = {
    score: [{ totalScore: "desc" as const }, { games: "asc" as const }, { playerId: "asc" as const }],
    winRate: [{ winRate: "desc" as const }, { games: "desc" as const }, { totalScore: "desc" as const }, { playerId: "asc" as const }],
    wins: [{ wins: "desc" as const }, { games: "asc" as const }, { playerId: "asc" as const }],
    depth: [{ bestDepth: "desc" as const }, { games: "asc" as const }, { totalScore: "desc" as const }, { playerId: "asc" as const }],
  }[orderBy];
  // Prisma's count() wraps the query in a sub-select that SQLite runs as a co-routine; a groupBy
  // on the constant scenario is a plain COUNT(*) over the covering index: about half the cost.
  const countOf = async (w: typeof where) =>
    (await db.playerStat.groupBy({ by: ["scenario"], where: w, _count: { _all: true } }))[0]?._count._all ?? 0;
  const rowsAt = (w: typeof where, skip: number) => db.playerStat.findMany({ where: w, orderBy: fullOrder, skip, take: size });
  // Reading the ordering column alone keeps an offset inside its index (no row reads).
  const figuresAt = async (offset: number) =>
    (await db.playerStat.findMany({ where, orderBy: { [col]: "desc" }, skip: offset, take: size, select: { [col]: true } })).map(
      (r) => (r as Record<string, number>)[col],
    );

  const wanted = clampInt(page, 1, Number.MAX_SAFE_INTEGER);
  if (wanted === 1) {
    // The first page is the top of the index: no offset to skip, no one ahead.
    const [total, stats] = await Promise.all([countOf(where), rowsAt(where, 0)]);
    return toPage(db, stats, { orderBy, page: 1, size, total, ahead: 0 });
  }
  const [total, wantedFigures] = await Promise.all([countOf(where), figuresAt((wanted - 1) * size)]);
  const current = Math.min(wanted, Math.max(1, Math.ceil(total / size)));
  const offset = (current - 1) * size;
  // A page past the end is shown as the last page.
  const figures = current === wanted ? wantedFigures : await figuresAt(offset);
  if (figures.length === 0) return toPage(db, [], { orderBy, page: current, size, total, ahead: 0 });

  // The page's rows are exactly the rows whose figure lies between its first and last figure,
  // in full order, less the ones of that block on the pages before: a short index range
  // however deep the page (an OFFSET over full rows would read and sort every row before it).
  const [high, low] = [figures[0], figures[figures.length - 1]];
  const ahead = offset === 0 ? 0 : await countOf({ ...where, [col]: { gt: high } });
  // Within the block a big tie (hundreds level on 100 %) is still skipped in SQL, not copied out.
  const stats = await rowsAt({ ...where, [col]: { gte: low, lte: high } }, offset - ahead);
  return toPage(db, stats, { orderBy, page: current, size, total, ahead });

}

type StatRecord = Awaited<ReturnType<PrismaClient["playerStat"]["findMany"]>>[number];

/** The page's rows with nicknames and ranks; `ahead` players rank strictly above the first row. */
async function toPage(
  db: PrismaClient,
  stats: StatRecord[],
  { orderBy, page, size, total, ahead }: { orderBy: RankOrder; page: number; size: number; total: number; ahead: number },
): Promise<Page<LeaderboardRow>> {
  const pages = Math.max(1, Math.ceil(total / size));
  if (stats.length === 0) return { rows: [], page, pageSize: size, total, pages };
  const players = await db.player.findMany({ where: { id: { in: stats.map((s) => s.playerId) } }, select: { id: true, nickname: true } });
  const nicknameOf = new Map(players.map((p) => [p.id, p.nickname]));
  const figure = (r: StatRecord) => r[ORDER_COLUMN[orderBy]];
  const offset = (page - 1) * size;
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
  return { rows, page, pageSize: size, total, pages };
}

/** How many human players have a PlayerStat row for the board (a scenario id, or boards.ts) and period. */
export async function playerCount(db: PrismaClient, scenario: string, period: string = ALL_TIME): Promise<number> {
  // groupBy, not count(): see topPlayers.
  return (await db.playerStat.groupBy({ by: ["scenario"], where: { scenario, period }, _count: { _all: true } }))[0]?._count._all ?? 0;
}

/** The games and wins of a board over a period, summed over its players (ranked seats only). */
export async function boardTotals(db: PrismaClient, scenario: string, period: string = ALL_TIME): Promise<{ games: number; wins: number }> {
  const sum = (await db.playerStat.groupBy({ by: ["scenario"], where: { scenario, period }, _sum: { games: true, wins: true } }))[0]?._sum;
  return { games: sum?.games ?? 0, wins: sum?.wins ?? 0 };
}

/** How many ranked games of the scenario were finished and stored, in [from, to) when given. */
export async function gameCount(db: PrismaClient, scenario: string, range: { from?: Date; to?: Date } = {}): Promise<number> {
  const finishedAt = { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lt: range.to } : {}) };
  return db.game.count({ where: { scenario, practice: false, botFinished: false, ...(range.from || range.to ? { finishedAt } : {}) } });
}

/** `value` as an integer within [min, max]; `min` when it is not a number. */
export function clampInt(value: number, min: number, max: number): number {
  const n = Number.isFinite(value) ? Math.trunc(value) : min;
  return Math.min(max, Math.max(min, n));
}
