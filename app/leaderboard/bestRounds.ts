/**
 * For consensus a seat's depth is the round its process decided in, where lower is better: the
 * leaderboard's bestDepth is a maximum, so this reads each player's minimum instead.
 */
import type { PrismaClient } from "@/server/generated/prisma/client";
import type { LeaderboardRow } from "@/server/storage/leaderboard";

export async function withBestRounds(db: PrismaClient, scenario: string, rows: LeaderboardRow[]): Promise<LeaderboardRow[]> {
  if (rows.length === 0) return rows;
  const groups = await db.gameSeat.groupBy({
    by: ["playerId"],
    where: { scenario, kind: "human", playerId: { in: rows.map((r) => r.playerId) } },
    _min: { depth: true },
  });
  const best = new Map(groups.map((g) => [g.playerId as string, g._min.depth ?? null]));
  return rows.map((r) => ({ ...r, bestDepth: best.get(r.playerId) ?? null }));
}
