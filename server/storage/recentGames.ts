/**
 * The latest finished games of a scenario, newest first, paged by a cursor (the last game shown)
 * rather than an offset: every page is a short range of the (scenario, finishedAt) index, however
 * deep the reader goes.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { withheldMatches } from "./arenaHold";

/** A finished game as listed on the leaderboard page. */
export interface RecentGame {
  id: string;
  outcome: string;
  finishedAt: Date;
  seats: { seat: string; kind: "human" | "bot"; name: string; score: number; won: boolean; depth: number | null }[];
  /** An arena match's cycle while its replay is withheld (server/arena/hold.ts); null for any game whose replay is open. */
  withheldCycle: number | null;
}

export interface RecentGamesPage {
  games: RecentGame[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: string | null;
}

/**
 * Games of `scenario` finished before the game `before` (or the latest ones), newest first,
 * ties on the finish time broken by id; seats in seat-name order. An unknown or foreign `before`
 * starts from the latest.
 */
export async function recentGames(
  db: PrismaClient,
  { scenario, limit = 20, before }: { scenario: string; limit?: number; before?: string },
): Promise<RecentGamesPage> {
  const anchor = before
    ? await db.game.findFirst({ where: { id: before, scenario }, select: { id: true, finishedAt: true } })
    : null;
  const games = await db.game.findMany({
    where: {
      scenario,
      // "finishedAt <= t" keeps the index range; the NOT drops what the previous page showed.
      ...(anchor ? { finishedAt: { lte: anchor.finishedAt }, NOT: { finishedAt: anchor.finishedAt, id: { gte: anchor.id } } } : {}),
    },
    orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
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
  const shown = games.slice(0, limit);
  const held = await withheldMatches(db, shown.map((g) => g.id));
  return {
    games: shown.map((g) => ({ ...g, seats: g.seats.map((s) => ({ ...s, kind: s.kind as "human" | "bot" })), withheldCycle: held.get(g.id) ?? null })),
    next: games.length > limit ? shown[shown.length - 1].id : null,
  };
}
