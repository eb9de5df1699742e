/**
 * Leaderboard queries for the leaderboard page. They read the GameSeat rows (which carry the
 * scenario and finish time of their game) with portable Prisma queries, no raw SQL.
 */
import type { PrismaClient } from "../generated/prisma/client";

/** One ranked player of a scenario. */
export interface LeaderboardRow {
  /** 1..n in the order returned. */
  rank: number;
  playerId: string;
  /** The player's current nickname. */
  nickname: string;
  games: number;
  wins: number;
  /** wins / games, between 0 and 1. */
  winRate: number;
  totalScore: number;
  /** The highest depth reached over the player's games, null if the scenario has none. */
  bestDepth: number | null;
}

export interface TopPlayersOptions {
  scenario: string;
  /** "score": total score, then fewer games. "winRate": win rate, then more games, then total score. */
  orderBy: "score" | "winRate";
  limit?: number;
  /** Players with fewer finished games are left out. */
  minGames?: number;
}

/** The best human players of a scenario (bots are never ranked). */
export async function topPlayers(
  db: PrismaClient,
  { scenario, orderBy, limit = 20, minGames = 1 }: TopPlayersOptions,
): Promise<LeaderboardRow[]> {
  const where = { scenario, kind: "human", playerId: { not: null } };
  const byScore = [
    { _sum: { score: "desc" } },
    { _count: { playerId: "asc" } },
    { playerId: "asc" },
  ] as const;
  const groups = await db.gameSeat.groupBy({
    by: ["playerId"],
    where,
    _count: { _all: true },
    _sum: { score: true },
    _max: { depth: true },
    having: { playerId: { _count: { gte: minGames } } },
    // Score order is done by the database so only `limit` groups come back; win rates
    // are not expressible in groupBy, so that order needs every group and sorts below.
    orderBy: orderBy === "score" ? [...byScore] : [{ playerId: "asc" as const }],
    take: orderBy === "score" ? limit : undefined,
  });
  if (groups.length === 0) return [];

  const ids = groups.map((g) => g.playerId as string);
  // Each query keeps to the ids at hand, so the page costs O(limit) rows for score order.
  const [winGroups, players] = await Promise.all([
    db.gameSeat.groupBy({
      by: ["playerId"],
      where: { ...where, won: true, playerId: { in: ids } },
      _count: { _all: true },
    }),
    db.player.findMany({ where: { id: { in: ids } }, select: { id: true, nickname: true } }),
  ]);
  const winsOf = new Map(winGroups.map((g) => [g.playerId as string, g._count._all]));
  const nicknameOf = new Map(players.map((p) => [p.id, p.nickname]));

  let rows = groups.map((g) => {
    const playerId = g.playerId as string;
    const games = g._count._all;
    const wins = winsOf.get(playerId) ?? 0;
    return {
      rank: 0,
      playerId,
      nickname: nicknameOf.get(playerId) ?? "",
      games,
      wins,
      winRate: games > 0 ? wins / games : 0,
      totalScore: g._sum.score ?? 0,
      bestDepth: g._max.depth ?? null,
    };
  });
  if (orderBy === "winRate") {
    rows.sort(
      (a, b) =>
        b.winRate - a.winRate ||
        b.games - a.games ||
        b.totalScore - a.totalScore ||
        (a.playerId < b.playerId ? -1 : a.playerId > b.playerId ? 1 : 0),
    );
    rows = rows.slice(0, limit);
  }
  return rows.map((row, i) => ({ ...row, rank: i + 1 }));
}

/** A finished game as listed on the leaderboard page. */
export interface RecentGame {
  id: string;
  outcome: string;
  finishedAt: Date;
  seats: { seat: string; kind: "human" | "bot"; name: string; score: number; won: boolean; depth: number | null }[];
}

/** The latest finished games of a scenario, newest first, seats in seat-name order. */
export async function recentGames(
  db: PrismaClient,
  { scenario, limit = 20 }: { scenario: string; limit?: number },
): Promise<RecentGame[]> {
  const games = await db.game.findMany({
    where: { scenario },
    orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
    take: limit,
    // Never the trace: it is by far the largest column.
    select: {
      id: true,
      outcome: true,
      finishedAt: true,
      seats: {
        orderBy: { seat: "asc" },
        select: { seat: true, kind: true, name: true, score: true, won: true, depth: true },
      },
    },
  });
  return games.map((g) => ({
    ...g,
    seats: g.seats.map((s) => ({ ...s, kind: s.kind as "human" | "bot" })),
  }));
}

/** How many distinct human players finished at least one game of the scenario. */
export async function playerCount(db: PrismaClient, scenario: string): Promise<number> {
  const groups = await db.gameSeat.groupBy({
    by: ["playerId"],
    where: { scenario, kind: "human", playerId: { not: null } },
  });
  return groups.length;
}

/** How many games of the scenario were finished and stored. */
export async function gameCount(db: PrismaClient, scenario: string): Promise<number> {
  return db.game.count({ where: { scenario } });
}

/** How many stored games of the scenario ended in each outcome, most frequent first. */
export async function outcomeCounts(db: PrismaClient, scenario: string): Promise<{ outcome: string; games: number }[]> {
  const groups = await db.game.groupBy({ by: ["outcome"], where: { scenario }, _count: { _all: true } });
  return groups
    .map((g) => ({ outcome: g.outcome, games: g._count._all }))
    .sort((a, b) => b.games - a.games || (a.outcome < b.outcome ? -1 : 1));
}
