/**
 * What the leaderboard page reads: one tab of a scenario's board, or of one of its boards of its
 * own (its query parsed from the search parameters, unknown scenarios falling back to the first
 * registered one), and the scenario's words for its depth column.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { scenarioById, SCENARIO_IDS } from "../engine/scenarios";
import { getPrisma } from "../storage/db";
import type { LeaderboardBoard } from "../engine/scenario";
import { boardsOf } from "../storage/boards";
import { leaderboardData, ordersOf, parseLeaderboardQuery, type LeaderboardData, type LeaderboardQuery } from "../storage/leaderboardPage";
import type { RankOrder } from "../storage/leaderboard";

export type { LeaderboardData, LeaderboardQuery, LeaderboardBoard };
export type { LeaderboardRow, RankOrder } from "../storage/leaderboard";
export type { RecentGame, RecentGamesPage } from "../storage/recentGames";

export interface LeaderboardRead {
  query: LeaderboardQuery;
  data: LeaderboardData;
  /** The heading of the players' best depth column, in the scenario's words. */
  depthColumn: string;
  /** The scenario's boards of its own (none for most): each a tab beside its whole board. */
  boards: readonly LeaderboardBoard[];
  /** The orders the shown board may be ranked in, its default first. */
  orders: RankOrder[];
}

export async function readLeaderboard(searchParams: Record<string, string | string[] | undefined>, db: PrismaClient = getPrisma()): Promise<LeaderboardRead> {
  const query = parseLeaderboardQuery(searchParams, SCENARIO_IDS, boardsOf);
  const data = await leaderboardData(db, query);
  const boards = boardsOf(query.scenario);
  const board = boards.find((b) => b.key === query.board);
  return { query, data, depthColumn: scenarioById(query.scenario)?.words.depthColumn ?? "depth", boards, orders: ordersOf(board) };
}
