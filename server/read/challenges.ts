/**
 * What the challenge pages read: the catalogue (plain data and pure functions, re-exported so
 * pages need no other server module), each player's progress, and a challenge's boards.
 */
import type { PrismaClient } from "../generated/prisma/client";
import type { Challenge } from "../challenges/catalogue";
import { challengeLeaderboard, nightLeaderboard, periodOf, type ChallengeRow, type NightRow, type Page } from "../storage/challengeBoards";
import { getPrisma } from "../storage/db";
import { challengeProgress, type ChallengeProgress } from "../storage/playerPages";

export { botsOfNight, CHALLENGE_SCENARIOS, challengeById, ladderOf, nightMet, type Challenge } from "../challenges/catalogue";
export { formulaLines } from "../challenges/scoring";
export type { ChallengeProgress, ChallengeRow, NightRow, Page };

/** Every challenge's progress for a player (all locked but the first of each ladder for nobody). */
export async function readChallengeProgress(playerId: string | null, db: PrismaClient = getPrisma()): Promise<ChallengeProgress[]> {
  return challengeProgress(db, playerId);
}

export interface ChallengeBoardsQuery {
  period: "all" | "week";
  /** The page of the challenge's own leaderboard. */
  page: number;
  /** The one night whose board is paged (from 0), and its page; every other night shows its first page. */
  pagedNight: number;
  nightPage: number;
}

export interface ChallengeBoards {
  board: Page<ChallengeRow>;
  /** One board per night, in the challenge's order. */
  nights: Page<NightRow>[];
  /** The player's progress on this challenge. */
  mine: ChallengeProgress;
}

export async function readChallengeBoards(challenge: Challenge, q: ChallengeBoardsQuery, playerId: string | null, db: PrismaClient = getPrisma()): Promise<ChallengeBoards> {
  const [board, nights, progress] = await Promise.all([
    challengeLeaderboard(db, { challengeId: challenge.id, period: periodOf(q.period), page: q.page, pageSize: 20 }),
    Promise.all(challenge.nights.map((_, i) => nightLeaderboard(db, { challengeId: challenge.id, seedIndex: i, pageSize: 5, page: i === q.pagedNight ? q.nightPage : 1 }))),
    challengeProgress(db, playerId),
  ]);
  return { board, nights, mine: progress.find((p) => p.challengeId === challenge.id)! };
}
