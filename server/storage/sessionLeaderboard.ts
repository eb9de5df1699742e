/**
 * The leaderboard of one class session, over every scenario its rounds played. A session holds at
 * most a few thousand games, so this reads its human seats through the (sessionId, kind) index
 * and ranks them here, with the same rules as the public boards (leaderboard.ts): total score,
 * competition ranks, fewer games first among equals.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { clampInt, MAX_PAGE_SIZE, type Page } from "./leaderboard";
import { addToTotals, type PlayerTotals } from "./playerTotals";

export interface SessionRow extends PlayerTotals {
  rank: number;
  /** The name the student joined the session with, else their current nickname. */
  nickname: string;
}

export async function sessionLeaderboard(
  db: PrismaClient,
  sessionId: string,
  { page = 1, pageSize = 20 }: { page?: number; pageSize?: number } = {},
): Promise<Page<SessionRow>> {
  const seats = await db.gameSeat.findMany({
    // A game stand-in bots finished ("End now") is not the students' own: it does not count.
    where: { sessionId, kind: "human", playerId: { not: null }, botFinished: false },
    select: { playerId: true, score: true, won: true, gameId: true, finishedAt: true },
    orderBy: [{ finishedAt: "asc" }, { gameId: "asc" }],
  });
  const totals = new Map<string, PlayerTotals>();
  for (const s of seats) {
    const playerId = s.playerId as string;
    totals.set(playerId, addToTotals(totals.get(playerId), { playerId, score: s.score, won: s.won }, s.gameId));
  }
  const ordered = [...totals.values()].sort(
    (a, b) => b.totalScore - a.totalScore || a.games - b.games || (a.playerId < b.playerId ? -1 : a.playerId > b.playerId ? 1 : 0),
  );
  const size = clampInt(pageSize, 1, MAX_PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(ordered.length / size));
  const current = clampInt(page, 1, pages);
  const ranks: number[] = [];
  ordered.forEach((r, i) => ranks.push(i > 0 && r.totalScore === ordered[i - 1].totalScore ? ranks[i - 1] : i + 1));
  const start = (current - 1) * size;
  const shown = ordered.slice(start, start + size);

  const ids = shown.map((r) => r.playerId);
  const [members, players] = await Promise.all([
    db.classMember.findMany({ where: { sessionId, playerId: { in: ids } }, select: { playerId: true, nickname: true } }),
    db.player.findMany({ where: { id: { in: ids } }, select: { id: true, nickname: true } }),
  ]);
  const memberName = new Map(members.map((m) => [m.playerId, m.nickname]));
  const playerName = new Map(players.map((p) => [p.id, p.nickname]));
  const rows = shown.map((r, i) => ({
    ...r,
    rank: ranks[start + i],
    nickname: memberName.get(r.playerId) ?? playerName.get(r.playerId) ?? "",
  }));
  return { rows, page: current, pageSize: size, total: ordered.length, pages };
}
