/**
 * Everything the leaderboard page shows for one tab, in one call: the page renders it, and the
 * benchmark times exactly this. Search parameters are parsed here so bad ones fall back to
 * defaults instead of failing the page.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { isoWeek, isoWeekRange } from "./isoWeek";
import type { BoardRank, LeaderboardBoard } from "../engine/scenario";
import { boardKey } from "./boards";
import { boardTotals, gameCount, playerCount, topPlayers, type LeaderboardRow, type Page, type RankOrder } from "./leaderboard";
import { outcomeCountsWithin, type OutcomeCount } from "./outcomeCounts";
import { ALL_TIME, ensurePlayerStats } from "./playerStats";
import { recentGames, type RecentGamesPage } from "./recentGames";

/** "week": the current ISO week in UTC. */
export type PeriodTab = "all" | "week";

export interface LeaderboardQuery {
  scenario: string;
  /** A board of the scenario's own (Scenario.boards): absent, the scenario's whole board. */
  board?: string;
  period: PeriodTab;
  order: RankOrder;
  page: number;
  /** Cursor of the recent games: the last game of the previous list. */
  before?: string;
}

export const RANKING_PAGE_SIZE = 20;
export const RECENT_GAMES = 15;
/** A win rate over one or two games says little: the win-rate board starts at this many. */
export const WIN_RATE_MIN_GAMES = 3;

type Params = Record<string, string | string[] | undefined>;

const RANK_ORDER: Record<BoardRank, RankOrder> = { depth: "depth", wins: "wins", score: "score" };

/** The orders a board may be ranked in, its default first: a board's own figure, then total score and win rate. */
export function ordersOf(board: LeaderboardBoard | undefined): RankOrder[] {
  const own = board ? RANK_ORDER[board.rankBy] : "score";
  return [...new Set<RankOrder>([own, "score", "winRate"])];
}

/**
 * The query of a search-parameter object; the first of `scenarios` when none or an unknown one,
 * the scenario's whole board when the board is not one of `boardsOf(scenario)`, and the board's
 * default order when the order is not one of its orders.
 */
export function parseLeaderboardQuery(
  params: Params,
  scenarios: readonly string[],
  boardsOf: (scenario: string) => readonly LeaderboardBoard[] = () => [],
): LeaderboardQuery {
  const one = (name: string) => {
    const v = params[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const scenario = scenarios.find((s) => s === one("scenario")) ?? scenarios[0];
  const board = boardsOf(scenario).find((b) => b.key === one("board"));
  const orders = ordersOf(board);
  const page = Number.parseInt(one("page") ?? "1", 10);
  const before = one("before");
  return {
    scenario,
    ...(board ? { board: board.key } : {}),
    period: one("period") === "week" ? "week" : "all",
    order: orders.find((o) => o === one("order")) ?? orders[0],
    page: Number.isFinite(page) && page > 0 ? page : 1,
    ...(before && /^[\w-]{1,64}$/.test(before) ? { before } : {}),
  };
}

export interface LeaderboardData {
  query: LeaderboardQuery;
  /** The PlayerStat period shown: "all" or e.g. "2026-W48". */
  statPeriod: string;
  /** The current ISO week, for the tab's label. */
  thisWeek: string;
  ranking: Page<LeaderboardRow>;
  minGames: number;
  recent: RecentGamesPage;
  /**
   * Games finished in the period (the sum of the outcome counts); on a board of the scenario's
   * own, the ranked seats on it (one a game in a one-player scenario).
   */
  games: number;
  players: number;
  /** Null while this process makes its first count of them (seconds at a million games), and on a board of the scenario's own. */
  outcomes: OutcomeCount[] | null;
}

// Once per process and database: games saved before PlayerStat existed are counted on first view.
const checked = globalThis as typeof globalThis & { __bivalentStatsChecked?: WeakMap<PrismaClient, Promise<void>> };
function statsReady(db: PrismaClient): Promise<void> {
  const seen = (checked.__bivalentStatsChecked ??= new WeakMap());
  let ready = seen.get(db);
  if (!ready) {
    seen.set(db, (ready = ensurePlayerStats(db)));
    ready.catch(() => seen.delete(db));
  }
  return ready;
}

/** How long a page waits for outcome counts that are not cached yet before it is shown without them. */
export const OUTCOME_WAIT_MS = 150;

export async function leaderboardData(
  db: PrismaClient,
  query: LeaderboardQuery,
  now: Date = new Date(),
  { outcomeWaitMs = OUTCOME_WAIT_MS }: { outcomeWaitMs?: number } = {},
): Promise<LeaderboardData> {
  await statsReady(db);
  const week = query.period === "week";
  const thisWeek = isoWeek(now);
  const statPeriod = week ? thisWeek : ALL_TIME;
  const minGames = query.order === "winRate" ? WIN_RATE_MIN_GAMES : 1;
  const range = week ? isoWeekRange(now) : {};
  const board = boardKey(query.scenario, query.board);
  const [ranking, recent, players, outcomes, totals] = await Promise.all([
    topPlayers(db, { scenario: board, period: statPeriod, orderBy: query.order, page: query.page, pageSize: RANKING_PAGE_SIZE, minGames }),
    // The recent games are the scenario's, whatever the board.
    recentGames(db, { scenario: query.scenario, limit: RECENT_GAMES, before: query.before }),
    // With no minimum nor a depth to have, the ranking's own total is the number of players: no second count.
    minGames > 1 || query.order === "depth" ? playerCount(db, board, statPeriod) : null,
    // A board of the scenario's own counts its ranked games from its players' totals.
    query.board ? null : outcomeCountsWithin(db, query.scenario, range, now, outcomeWaitMs),
    query.board ? boardTotals(db, board, statPeriod) : null,
  ]);
  // Without the outcome counts yet (a cold all-time count), the index alone gives the total.
  const games = totals ? totals.games : outcomes ? outcomes.reduce((n, o) => n + o.games, 0) : await gameCount(db, query.scenario, range);
  return { query, statPeriod, thisWeek, ranking, minGames, recent, games, players: players ?? ranking.total, outcomes };
}
