/**
 * Challenge results, kept up to date inside the transaction that saves a game: ChallengeBest (a
 * player's best night per seed) and ChallengeScore (per period, "all" and the game's ISO week:
 * the sum of the best night per seed). Every score is computed here from the stored trace
 * (server/challenges/night.ts), never taken from a client.
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { challengeById, challengeMet, type Challenge } from "../challenges/catalogue";
import { scoreChallengeTrace } from "../challenges/night";
import { ALL_TIME, isoWeek, weekRange } from "./isoWeek";
import { serialized } from "./prismaGameStore";
import type { FinishedGame, Trace } from "./types";

type Tx = Prisma.TransactionClient;

/** One scored night of one player. */
export interface ScoredGame {
  seedIndex: number;
  score: number;
  gameId: string;
  finishedAt: Date;
}

export interface ChallengeTotals {
  total: number;
  /** Distinct nights (seeds) played. */
  nights: number;
  /** Every night's objective met (its best score reaches the challenge's goal): unlocks the next. */
  completed: boolean;
  /** The game of the best night: where a leaderboard row's replay link goes. */
  bestGameId: string;
}

/**
 * Best night per seed (ties: the earlier game keeps it), and their sum; completed once every
 * night's best meets the challenge's objective. Pure, so the week's and all time's totals follow
 * the same rule.
 */
export function totalsOf(games: readonly ScoredGame[], challenge: Pick<Challenge, "goal" | "nights">): { totals: ChallengeTotals; best: Map<number, ScoredGame> } | null {
  const best = new Map<number, ScoredGame>();
  for (const g of games) {
    const held = best.get(g.seedIndex);
    if (!held || g.score > held.score || (g.score === held.score && g.finishedAt < held.finishedAt)) best.set(g.seedIndex, g);
  }
  if (best.size === 0) return null;
  let top: ScoredGame | null = null;
  let total = 0;
  for (const g of best.values()) {
    total += g.score;
    if (!top || g.score > top.score || (g.score === top.score && g.finishedAt < top.finishedAt)) top = g;
  }
  const completed = challengeMet(challenge, new Map([...best].map(([seed, g]) => [seed, g.score])));
  return { totals: { total, nights: best.size, completed, bestGameId: (top as ScoredGame).gameId }, best };
}

/** Called by saveFinishedGame inside its transaction, after the game row exists. */
export async function recordChallengeNight(tx: Tx, game: FinishedGame): Promise<void> {
  const { challengeId, seedIndex } = game.context ?? {};
  if (challengeId === undefined || seedIndex === undefined) return;
  const scored = scoreChallengeTrace(game.trace, challengeId, seedIndex);
  if ("problem" in scored) return; // not a night the catalogue describes: it counts for nothing
  const { challenge, playerId, score } = scored;

  const key = { challengeId, seedIndex, playerId };
  const held = await tx.challengeBest.findUnique({ where: { challengeId_seedIndex_playerId: key }, select: { score: true } });
  if (!held || score > held.score) {
    const row = { score, gameId: game.id, finishedAt: game.finishedAt };
    await tx.challengeBest.upsert({ where: { challengeId_seedIndex_playerId: key }, create: { ...key, ...row }, update: row });
  }

  const bests = await tx.challengeBest.findMany({ where: { challengeId, playerId } });
  await putScore(tx, challengeId, playerId, ALL_TIME, totalsOf(bests, challenge));

  const week = isoWeek(game.finishedAt);
  const weekNights = await weekNightsOf(tx, challenge, playerId, week, { gameId: game.id, night: scored });
  await putScore(tx, challengeId, playerId, week, totalsOf(weekNights, challenge));
}

/** A player's scored nights of a challenge in one ISO week, from the stored traces (`known`: one already scored). */
async function weekNightsOf(tx: Tx, challenge: Challenge, playerId: string, week: string, known?: { gameId: string; night: ReturnType<typeof scoreChallengeTrace> }): Promise<ScoredGame[]> {
  const { start, end } = weekRange(week);
  const games = await tx.game.findMany({
    where: { challengeId: challenge.id, finishedAt: { gte: start, lt: end }, seats: { some: { playerId, seat: challenge.seat } } },
    select: { id: true, trace: true, seedIndex: true, finishedAt: true },
  });
  const nights: ScoredGame[] = [];
  for (const g of games) {
    const night = g.id === known?.gameId ? known.night : scoreChallengeTrace(JSON.parse(g.trace) as Trace, challenge.id, g.seedIndex ?? -1);
    if (!("problem" in night) && night.playerId === playerId) nights.push({ seedIndex: night.seedIndex, score: night.score, gameId: g.id, finishedAt: g.finishedAt });
  }
  return nights;
}

/**
 * At start: totals stored while playing every night completed a challenge may say "completed"
 * of a challenge whose objective was not met on every night. Re-reads each such row (all time:
 * from the best nights; a week: from that week's games) and clears `completed` where the
 * objective was missed, keeping `updatedAt` (the leaderboard's tie-break). Idempotent; cheap once
 * done (only rows that say completed are read). Returns how many rows it corrected.
 */
export async function recheckChallengeCompletion(db: PrismaClient): Promise<number> {
  const rows = await db.challengeScore.findMany({ where: { completed: true }, select: { challengeId: true, playerId: true, period: true, updatedAt: true } });
  let corrected = 0;
  for (const row of rows) {
    const challenge = challengeById(row.challengeId);
    if (!challenge) continue;
    const met = await serialized(db, () =>
      db.$transaction(async (tx) => {
        let ok: boolean;
        if (row.period === ALL_TIME) {
          const bests = await tx.challengeBest.findMany({ where: { challengeId: row.challengeId, playerId: row.playerId }, select: { seedIndex: true, score: true } });
          ok = challengeMet(challenge, new Map(bests.map((b) => [b.seedIndex, b.score])));
        } else {
          ok = totalsOf(await weekNightsOf(tx, challenge, row.playerId, row.period), challenge)?.totals.completed ?? false;
        }
        if (!ok) {
          const key = { challengeId: row.challengeId, playerId: row.playerId, period: row.period };
          await tx.challengeScore.update({ where: { challengeId_playerId_period: key }, data: { completed: false, updatedAt: row.updatedAt } });
        }
        return ok;
      }),
    );
    if (!met) corrected++;
  }
  return corrected;
}

/**
 * Writes a period's totals only when they changed: `updatedAt` breaks ties on the leaderboard
 * (who got there first), so a night that improves nothing must not move a player down.
 */
async function putScore(tx: Tx, challengeId: string, playerId: string, period: string, result: ReturnType<typeof totalsOf>): Promise<void> {
  if (!result) return;
  const key = { challengeId, playerId, period };
  const where = { challengeId_playerId_period: key };
  const held = await tx.challengeScore.findUnique({ where, select: { total: true, nights: true, completed: true, bestGameId: true } });
  const t = result.totals;
  if (held && held.total === t.total && held.nights === t.nights && held.completed === t.completed && held.bestGameId === t.bestGameId) return;
  await tx.challengeScore.upsert({ where, create: { ...key, ...result.totals }, update: result.totals });
}
