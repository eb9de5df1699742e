/**
 * What the leaderboard page reads: one tab of a scenario's board (its query parsed from the
 * search parameters, unknown scenarios falling back to the first registered one), and the
 * scenario's words for its depth column.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { scenarioById, SCENARIO_IDS } from "../engine/scenarios";
import { getPrisma } from "../storage/db";
import { leaderboardData, parseLeaderboardQuery, type LeaderboardData, type LeaderboardQuery } from "../storage/leaderboardPage";

export type { LeaderboardData, LeaderboardQuery };
export type { LeaderboardRow, RankOrder } from "../storage/leaderboard";
export type { RecentGame, RecentGamesPage } from "../storage/recentGames";

export interface LeaderboardRead {
  query: LeaderboardQuery;
  data: LeaderboardData;
  /** The heading of the players' best depth column, in the scenario's words. */
  depthColumn: string;
}

export async function readLeaderboard(searchParams: Record<string, string | string[] | undefined>, db: PrismaClient = getPrisma()): Promise<LeaderboardRead> {
  const query = parseLeaderboardQuery(searchParams, SCENARIO_IDS);
  const data = await leaderboardData(db, query);
  return { query, data, depthColumn: scenarioById(query.scenario)?.words.depthColumn ?? "depth" };
}
