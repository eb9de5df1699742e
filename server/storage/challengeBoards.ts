/**
 * Challenge leaderboards, read from the small tables kept on save (ChallengeScore, ChallengeBest).
 * Ranks are shared on ties (1, 1, 3) and computed with one count, so any page costs O(pageSize).
 */
import type { PrismaClient } from "../generated/prisma/client";
import { ALL_TIME, isoWeek } from "./isoWeek";

export interface Page<Row> {
  rows: Row[];
  page: number;
  pageSize: number;
  /** Rows in all pages. */
  count: number;
  pages: number;
}

export interface ChallengeRow {
  rank: number;
  playerId: string;
  nickname: string;
  total: number;
  nights: number;
  completed: boolean;
  /** Link target: the replay of the player's best night. */
  bestGameId: string;
}

export interface NightRow {
  rank: number;
  playerId: string;
  nickname: string;
  score: number;
  gameId: string;
  finishedAt: Date;
}

export interface PageOptions {
  page?: number;
  pageSize?: number;
}

/** "all", or this week's ISO period for `now`. */
export function periodOf(which: "all" | "week", now: Date = new Date()): string {
  return which === "all" ? ALL_TIME : isoWeek(now);
}

/**
 * A challenge's ranking over a period: players who played every night first, then by total.
 * Equal (completed, total) share a rank; within it, who got there first is listed first.
 */
export async function challengeLeaderboard(
  db: PrismaClient,
  { challengeId, period, page = 1, pageSize = 20 }: { challengeId: string; period: string } & PageOptions,
): Promise<Page<ChallengeRow>> {
  const where = { challengeId, period };
  const [count, rows] = await Promise.all([
    db.challengeScore.count({ where }),
    db.challengeScore.findMany({
      where,
      orderBy: [{ completed: "desc" }, { total: "desc" }, { updatedAt: "asc" }, { playerId: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const first = rows[0];
  const ahead = first
    ? await db.challengeScore.count({
        where: { ...where, OR: [...(first.completed ? [] : [{ completed: true }]), { completed: first.completed, total: { gt: first.total } }] },
      })
    : 0;
  const names = await nicknames(db, rows.map((r) => r.playerId));
  const ranked = shareRanks(rows, ahead, (a, b) => a.completed === b.completed && a.total === b.total, (page - 1) * pageSize);
  return {
    rows: ranked.map(({ row, rank }) => ({
      rank,
      playerId: row.playerId,
      nickname: names.get(row.playerId) ?? "",
      total: row.total,
      nights: row.nights,
      completed: row.completed,
      bestGameId: row.bestGameId,
    })),
    ...pageFacts(page, pageSize, count),
  };
}

/** Who did best on one night (seed) of a challenge, all time; each row is that night's replay. */
export async function nightLeaderboard(
  db: PrismaClient,
  { challengeId, seedIndex, page = 1, pageSize = 10 }: { challengeId: string; seedIndex: number } & PageOptions,
): Promise<Page<NightRow>> {
  const where = { challengeId, seedIndex };
  const [count, rows] = await Promise.all([
    db.challengeBest.count({ where }),
    db.challengeBest.findMany({ where, orderBy: [{ score: "desc" }, { finishedAt: "asc" }, { playerId: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  const ahead = rows[0] ? await db.challengeBest.count({ where: { ...where, score: { gt: rows[0].score } } }) : 0;
  const names = await nicknames(db, rows.map((r) => r.playerId));
  const ranked = shareRanks(rows, ahead, (a, b) => a.score === b.score, (page - 1) * pageSize);
  return {
    rows: ranked.map(({ row, rank }) => ({ rank, playerId: row.playerId, nickname: names.get(row.playerId) ?? "", score: row.score, gameId: row.gameId, finishedAt: row.finishedAt })),
    ...pageFacts(page, pageSize, count),
  };
}

/**
 * Competition ranks for one page of sorted rows: the first row's rank is 1 + the rows strictly
 * ahead of it (`ahead`, counted by the database); then a row tied with the one before shares its rank.
 */
export function shareRanks<R>(rows: readonly R[], ahead: number, tied: (a: R, b: R) => boolean, offset: number): { row: R; rank: number }[] {
  const out: { row: R; rank: number }[] = [];
  rows.forEach((row, i) => {
    const rank = i === 0 ? ahead + 1 : tied(rows[i - 1], row) ? out[i - 1].rank : offset + i + 1;
    out.push({ row, rank });
  });
  return out;
}

/** A page's numbers, besides its rows: at least one page, even when there are no rows. */
export function pageFacts(page: number, pageSize: number, count: number) {
  return { page, pageSize, count, pages: Math.max(1, Math.ceil(count / pageSize)) };
}

async function nicknames(db: PrismaClient, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const players = await db.player.findMany({ where: { id: { in: ids } }, select: { id: true, nickname: true } });
  return new Map(players.map((p) => [p.id, p.nickname]));
}
