/** What a player's page reads: who they are, their challenge progress, best scores and games. */
import type { PrismaClient } from "../generated/prisma/client";
import type { Page } from "../storage/challengeBoards";
import { getPrisma } from "../storage/db";
import { bestScores, challengeProgress, playerById, playerHistory, type ChallengeProgress, type HistoryRow } from "../storage/playerPages";

export type { HistoryRow };

export interface PlayerRead {
  player: { id: string; nickname: string; createdAt: Date };
  progress: ChallengeProgress[];
  best: Awaited<ReturnType<typeof bestScores>>;
  history: Page<HistoryRow>;
}

export const PLAYER_HISTORY_PAGE_SIZE = 15;

/** The player `id`, or null when there is none. */
export async function readPlayer(id: string, db: PrismaClient = getPrisma()): Promise<PlayerRead["player"] | null> {
  return playerById(db, id);
}

/** Everything the player's page shows, with page `page` of their games; null when there is no such player. */
export async function readPlayerPage(id: string, page: number, db: PrismaClient = getPrisma()): Promise<PlayerRead | null> {
  const player = await playerById(db, id);
  if (!player) return null;
  const [progress, best, history] = await Promise.all([challengeProgress(db, player.id), bestScores(db, player.id), playerHistory(db, player.id, { page, pageSize: PLAYER_HISTORY_PAGE_SIZE })]);
  return { player, progress, best, history };
}
