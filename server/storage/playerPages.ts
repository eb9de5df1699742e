/**
 * What a player page and the challenge ladder read about one player: who they are (by public id,
 * or by device token for the browser's own lookup), their challenge progress, best scores and
 * history. The device token is a secret; only its hash is ever compared.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { CHALLENGES, challengeById, challengeMet, unlockedChallenges } from "../challenges/catalogue";
import { ALL_TIME } from "./isoWeek";
import type { Page } from "./challengeBoards";
import { hashDeviceToken } from "./prismaGameStore";
import { seatPage } from "./seatPages";

export async function playerByDevice(db: PrismaClient, deviceToken: string): Promise<{ id: string; nickname: string } | null> {
  return db.player.findUnique({ where: { deviceHash: hashDeviceToken(deviceToken) }, select: { id: true, nickname: true } });
}

export async function playerById(db: PrismaClient, id: string): Promise<{ id: string; nickname: string; createdAt: Date } | null> {
  return db.player.findUnique({ where: { id }, select: { id: true, nickname: true, createdAt: true } });
}

/** The challenges the player of this device has met (every night's objective): unlocks the next. */
export async function completedChallenges(db: PrismaClient, deviceToken: string): Promise<Set<string>> {
  const player = await playerByDevice(db, deviceToken);
  return player ? completedBy(db, player.id) : new Set();
}

/**
 * Read from the best night per seed, not from the stored totals' `completed`: a total written
 * before objectives counted (when playing every night completed a challenge) still says so.
 */
async function completedBy(db: PrismaClient, playerId: string): Promise<Set<string>> {
  const bests = await db.challengeBest.findMany({ where: { playerId }, select: { challengeId: true, seedIndex: true, score: true } });
  return metChallenges(bests);
}

/** The challenges whose every night's best meets its objective. */
function metChallenges(bests: readonly { challengeId: string; seedIndex: number; score: number }[]): Set<string> {
  const byChallenge = new Map<string, Map<number, number>>();
  for (const b of bests) {
    const nights = byChallenge.get(b.challengeId) ?? new Map<number, number>();
    nights.set(b.seedIndex, b.score);
    byChallenge.set(b.challengeId, nights);
  }
  const met = new Set<string>();
  for (const [id, nights] of byChallenge) {
    const challenge = challengeById(id);
    if (challenge && challengeMet(challenge, nights)) met.add(id);
  }
  return met;
}

export interface ChallengeProgress {
  challengeId: string;
  unlocked: boolean;
  /** Every night's objective met (the challenge's `goal`): the next one is unlocked. */
  completed: boolean;
  /** Sum of the best night per seed, null before the first night. */
  total: number | null;
  /** Per night (by index): the best score and its game, or null if not played. */
  nights: ({ score: number; gameId: string } | null)[];
}

/** Every challenge of the catalogue, for one player (or a newcomer: playerId null). */
export async function challengeProgress(db: PrismaClient, playerId: string | null): Promise<ChallengeProgress[]> {
  const [bests, scores] = playerId
    ? await Promise.all([
        db.challengeBest.findMany({ where: { playerId }, select: { challengeId: true, seedIndex: true, score: true, gameId: true } }),
        db.challengeScore.findMany({ where: { playerId, period: ALL_TIME }, select: { challengeId: true, total: true } }),
      ])
    : [[], []];
  const scoreOf = new Map(scores.map((s) => [s.challengeId, s]));
  const met = metChallenges(bests);
  const open = unlockedChallenges(met);
  return CHALLENGES.map((c) => {
    const nights = c.nights.map((_, i) => {
      const best = bests.find((b) => b.challengeId === c.id && b.seedIndex === i);
      return best ? { score: best.score, gameId: best.gameId } : null;
    });
    const score = scoreOf.get(c.id);
    return { challengeId: c.id, unlocked: open.has(c.id), completed: met.has(c.id), total: score?.total ?? null, nights };
  });
}

export interface HistoryRow {
  gameId: string;
  scenario: string;
  seat: string;
  outcome: string;
  score: number;
  won: boolean;
  finishedAt: Date;
  challengeId: string | null;
  /** 0-based; null outside challenges. */
  seedIndex: number | null;
  /** Only for an unranked practice game: the seed its player chose. */
  practice: { seed: number } | null;
}

/** The player's finished games, newest first. */
export async function playerHistory(db: PrismaClient, playerId: string, { page = 1, pageSize = 15 } = {}): Promise<Page<HistoryRow>> {
  const select = { gameId: true, scenario: true, seat: true, score: true, won: true, finishedAt: true, challengeId: true, seedIndex: true, practice: true, game: { select: { outcome: true } } } as const;
  const { seats, facts } = await seatPage(db, { playerId, kind: "human" }, select, page, pageSize);
  const seeds = await practiceSeeds(db, seats.filter((s) => s.practice).map((s) => s.gameId));
  return {
    rows: seats.map(({ game, practice, ...s }) => {
      const seed = practice ? seeds.get(s.gameId) : undefined;
      return { ...s, outcome: game.outcome, practice: seed === undefined ? null : { seed } };
    }),
    ...facts,
  };
}

/** The seeds of these practice games. The seed lives in the trace only; a page lists a few games. */
async function practiceSeeds(db: PrismaClient, gameIds: string[]): Promise<Map<string, number>> {
  if (gameIds.length === 0) return new Map();
  const games = await db.game.findMany({ where: { id: { in: gameIds } }, select: { id: true, trace: true } });
  return new Map(games.map((g) => [g.id, (JSON.parse(g.trace) as { seed: number }).seed]));
}

/** Per scenario: games played, games won, and the best single score with its game. */
export async function bestScores(db: PrismaClient, playerId: string): Promise<{ scenario: string; games: number; wins: number; bestScore: number; bestGameId: string }[]> {
  const where = { playerId, kind: "human", practice: false, botFinished: false }; // practice and bot-finished games are never ranked
  const groups = await db.gameSeat.groupBy({ by: ["scenario"], where, _count: { _all: true }, _max: { score: true } });
  return Promise.all(
    groups.map(async (g) => {
      const bestScore = g._max.score ?? 0;
      const [wins, best] = await Promise.all([
        db.gameSeat.count({ where: { ...where, scenario: g.scenario, won: true } }),
        db.gameSeat.findFirst({ where: { ...where, scenario: g.scenario, score: bestScore }, orderBy: { finishedAt: "asc" }, select: { gameId: true } }),
      ]);
      return { scenario: g.scenario, games: g._count._all, wins, bestScore, bestGameId: best?.gameId ?? "" };
    }),
  );
}
