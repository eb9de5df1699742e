/**
 * The start-up upgrade of games stored as trace version 1, whose depth was the true chain of
 * delivered messages rather than what the seat could be sure of (docs/trace-format.md).
 *
 * For each such Two Generals or Lovers game it replays the stored seed and inputs with the engine,
 * takes each seat's known depth from the final state, and rewrites the seats' `depth` and the
 * trace's `result` and `version` (events and inputs are left exactly as stored); then it corrects
 * `bestDepth` in the PlayerStat rows of the players concerned. Nothing else stored derives from
 * depth: leaderboards, class history, the CSV and recent games read `GameSeat.depth`, and challenge
 * scores of these scenarios never use it.
 *
 * Idempotent and restartable: games are found by the `Game.traceVersion` index and the column is
 * set to 2 only once the players' stats agree, so a run cut short (a crash, SIGTERM) leaves its
 * last games at 1 and the next start finishes them; a second run on an upgraded database reads
 * one empty index range. It runs in the background after the server listens (see app.ts): a
 * million games take minutes of replay, and until a game is reached it shows the depth it always
 * showed. Every write goes through the store's write queue, in short transactions, so live game
 * saves wait at most one batch.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { VERSION_1_CHAIN_SCENARIOS, verifyTrace } from "../engine/verify";
import { betterDepth, periodsOf, statKey } from "./playerStats";
import { serialized } from "./prismaGameStore";
import type { Trace } from "./types";

/** The scenarios whose version 1 depth was the chain; other scenarios' traces are left alone. */
export const UPGRADED_SCENARIOS = VERSION_1_CHAIN_SCENARIOS;

export interface UpgradeOptions {
  /** Games read, replayed and rewritten per write transaction. */
  batchSize?: number;
  /** Games per chunk: the players of a chunk have their stats corrected, then its games are marked. */
  chunkSize?: number;
  /** Called after each chunk (progress logging). */
  onProgress?: (progress: UpgradeProgress) => void;
  /** Checked between batches: true stops the run (what is left is done at the next start). */
  shouldStop?: () => boolean;
}

export interface UpgradeProgress {
  /** Games rewritten to known depths. */
  upgraded: number;
  /** Version 1 games that do not replay to what they store: left untouched, reported. */
  unverifiable: number;
  /** Games whose trace was already version 2 (a run cut short, or saved before the column existed). */
  alreadyCurrent: number;
  /** PlayerStat rows whose bestDepth changed. */
  statsCorrected: number;
  /** Ids of the unverifiable games (at most 20 kept, for the log). */
  unverifiableIds: string[];
  stopped: boolean;
}

/** Upgrades every version 1 Generals and Lovers game; returns what it did. See the file comment. */
export async function upgradeStoredDepths(db: PrismaClient, options: UpgradeOptions = {}): Promise<UpgradeProgress> {
  const batchSize = options.batchSize ?? 100;
  const chunkSize = Math.max(batchSize, options.chunkSize ?? 20_000);
  const progress: UpgradeProgress = { upgraded: 0, unverifiable: 0, alreadyCurrent: 0, statsCorrected: 0, unverifiableIds: [], stopped: false };
  for (const scenario of UPGRADED_SCENARIOS) {
    let after = "";
    for (;;) {
      // One chunk: rewrite its games batch by batch, then fix its players' stats, then mark it.
      const done: string[] = [];
      const players = new Set<string>();
      let exhausted = false;
      while (done.length < chunkSize) {
        if (options.shouldStop?.()) {
          // Return at once (a shutdown has seconds): this chunk's games stay at version 1 in the
          // column, so the next start corrects their players' stats and marks them.
          progress.stopped = true;
          options.onProgress?.(progress);
          return progress;
        }
        const games = await db.game.findMany({
          where: { traceVersion: 1, scenario, id: { gt: after } },
          orderBy: { id: "asc" },
          take: batchSize,
          select: { id: true, trace: true, seats: { select: { seat: true, kind: true, playerId: true, practice: true, botFinished: true, depth: true } } },
        });
        if (games.length === 0) {
          exhausted = true;
          break;
        }
        after = games[games.length - 1].id;
        const rewrites: { id: string; trace: string; depths: { seat: string; depth: number | null }[] }[] = [];
        for (const game of games) {
          const trace = JSON.parse(game.trace) as Trace;
          const ranked = game.seats.filter((s) => s.kind === "human" && s.playerId !== null && !s.practice && !s.botFinished);
          if (trace.version !== 1) {
            // Rewritten by a run that stopped before its stats were fixed: fix them now.
            progress.alreadyCurrent++;
            for (const s of ranked) players.add(s.playerId as string);
            done.push(game.id);
            continue;
          }
          const check = verifyTrace(trace);
          if (!check.ok) {
            progress.unverifiable++;
            if (progress.unverifiableIds.length < 20) progress.unverifiableIds.push(game.id);
            continue; // stays at version 1: nothing trustworthy to compute its depth from
          }
          const result: Trace["result"] = {};
          for (const [seat, outcome] of Object.entries(check.seats)) if (outcome) result[seat] = outcome;
          const depths = game.seats.flatMap((s) => (result[s.seat] && result[s.seat].depth !== s.depth ? [{ seat: s.seat, depth: result[s.seat].depth }] : []));
          rewrites.push({ id: game.id, trace: JSON.stringify({ ...trace, version: 2, result }), depths });
          for (const s of ranked) players.add(s.playerId as string);
          done.push(game.id);
        }
        await serialized(db, () =>
          // One batched transaction (no round trip per statement): the write queue is held briefly.
          db.$transaction(
            rewrites.flatMap((r) => [
              db.game.update({ where: { id: r.id }, data: { trace: r.trace }, select: { id: true } }),
              ...r.depths.map((d) => db.gameSeat.update({ where: { gameId_seat: { gameId: r.id, seat: d.seat } }, data: { depth: d.depth }, select: { seat: true } })),
            ]),
          ),
        );
        progress.upgraded += rewrites.length;
        if (games.length < batchSize) {
          exhausted = true;
          break;
        }
      }
      progress.statsCorrected += await correctBestDepths(db, [...players], scenario);
      // Marked only now: until its players' stats are right, a game stays findable at version 1.
      for (let i = 0; i < done.length; i += 500) {
        const ids = done.slice(i, i + 500);
        await serialized(db, () => db.game.updateMany({ where: { id: { in: ids } }, data: { traceVersion: 2 } }));
      }
      options.onProgress?.(progress);
      if (options.shouldStop?.()) {
        progress.stopped = true;
        return progress;
      }
      if (exhausted) break;
    }
  }
  return progress;
}

/**
 * Sets each PlayerStat row of these players in `scenario` to the best depth of its seats (every
 * period they have a row for). Only bestDepth: games, wins and scores never depended on depth.
 * Returns how many rows changed.
 */
export async function correctBestDepths(db: PrismaClient, playerIds: readonly string[], scenario: string, perTransaction = 100): Promise<number> {
  let changed = 0;
  for (let i = 0; i < playerIds.length; i += perTransaction) {
    const some = playerIds.slice(i, i + perTransaction);
    changed += await serialized(db, () =>
      db.$transaction(async (tx) => {
        let n = 0;
        const seats = await tx.gameSeat.findMany({
          where: { scenario, kind: "human", practice: false, botFinished: false, playerId: { in: some } },
          select: { playerId: true, depth: true, finishedAt: true },
        });
        const best = new Map<string, number | null>();
        for (const s of seats) {
          for (const period of periodsOf(s.finishedAt)) {
            const key = statKey(s.playerId as string, scenario, period);
            best.set(key, betterDepth(scenario, best.get(key) ?? null, s.depth));
          }
        }
        const rows = await tx.playerStat.findMany({ where: { scenario, playerId: { in: some } }, select: { playerId: true, period: true, bestDepth: true } });
        for (const row of rows) {
          const right = best.get(statKey(row.playerId, scenario, row.period)) ?? null;
          if (right === row.bestDepth) continue;
          await tx.playerStat.update({ where: { playerId_scenario_period: { playerId: row.playerId, scenario, period: row.period } }, data: { bestDepth: right } });
          n++;
        }
        return n;
      }),
    );
  }
  return changed;
}
