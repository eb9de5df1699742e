/** The GameStore backed by Prisma (SQLite through better-sqlite3 by default). */
import { createHash } from "node:crypto";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { recordChallengeNight } from "./challenges";
import { closePrisma, databaseUrl, getPrisma } from "./db";
import { recordPlayerStats } from "./playerStats";
import type { Skin } from "../protocol/skins";
import type { FinishedGame, GameContext, GameStore, ResumableGame, Trace } from "./types";
import type { Leases } from "../cluster/leases";

/** SHA-256 hex of a device token: the only form in which a token is stored. */
export function hashDeviceToken(deviceToken: string): string {
  return createHash("sha256").update(deviceToken, "utf8").digest("hex");
}

/** True for Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * True when a retry is the answer: SQLite's "database is busy" (SQLITE_BUSY, which Prisma reports
 * as P1008: another connection holds the write lock; SQLite says so at once when waiting could
 * deadlock, two transactions that both read, then both write), or PostgreSQL's deadlock or write
 * conflict (P2034), where the server aborts one of the two transactions.
 */
export function isBusy(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P1008" || error.code === "P2034");
}

/** Runs `attempt` again (a few times, briefly backing off) while the database is busy. */
async function retryWhileBusy<T>(attempt: () => Promise<T>, tries = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || i >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * i + Math.random() * 10));
    }
  }
}

/**
 * Stores players and finished games.
 *
 * Built from a url (default `DATABASE_URL`), it uses the process-wide client of {@link getPrisma}
 * and `close()` disconnects it; built from a PrismaClient, the caller owns that client and
 * `close()` leaves it open.
 */
export class PrismaGameStore implements GameStore {
  private readonly db: PrismaClient;
  private readonly ownedUrl: string | null;
  /**
   * Cluster mode: a finished game is stored only while this node still owns its lease, checked in
   * the same transaction; otherwise it counts as stored by someone else ("exists"): the node that
   * adopted the game stores its own ending, and the outbox does not retry a stale one forever.
   */
  fence: Pick<Leases, "fencedResources"> | null = null;

  constructor(db: PrismaClient | string = databaseUrl()) {
    this.ownedUrl = typeof db === "string" ? db : null;
    this.db = typeof db === "string" ? getPrisma(db) : db;
  }

  async ensurePlayer(deviceToken: string, nickname: string): Promise<{ id: string; nickname: string }> {
    const deviceHash = hashDeviceToken(deviceToken);
    const upsert = () =>
      this.db.player.upsert({
        where: { deviceHash },
        create: { deviceHash, nickname },
        update: { nickname },
        select: { id: true, nickname: true },
      });
    try {
      return await serialized(this.db, () => retryWhileBusy(async () => {
        try {
          return await upsert();
        } catch (error) {
          // Another process inserted the same device between our read and write: now it exists.
          if (isUniqueViolation(error)) return upsert();
          throw error;
        }
      }));
    } catch (error) {
      // The database will not write (read-only, full): a player it already knows can still play,
      // under the nickname it has on record.
      const known = await this.db.player.findUnique({ where: { deviceHash }, select: { id: true, nickname: true } }).catch(() => null);
      if (known) return known;
      throw error;
    }
  }

  async saveFinishedGame(game: FinishedGame): Promise<"created" | "exists"> {
    return serialized(this.db, () => retryWhileBusy(async () => {
      try {
        return await this.db.$transaction(async (tx) => {
          const existing = await tx.game.findUnique({ where: { id: game.id }, select: { id: true } });
          if (existing) return "exists" as const;
          if (this.fence && (await this.fence.fencedResources(tx, [game.id])).length > 0) return "exists" as const;
          const context = await linkableContext(tx, game.context);
          await tx.game.create({
            data: {
              id: game.id,
              scenario: game.scenario,
              outcome: game.outcome,
              startedAt: game.startedAt,
              finishedAt: game.finishedAt,
              trace: JSON.stringify(game.trace),
              traceVersion: game.trace.version,
              botFinished: game.trace.botFinished === true,
              code: game.code ?? null,
              friends: game.friends ?? null,
              ...context,
              seats: {
                create: game.seats.map((s) => ({
                  seat: s.seat,
                  kind: s.kind,
                  playerId: s.playerId,
                  botId: s.botId ?? null,
                  timeouts: s.timeouts ?? 0,
                  refused: s.refused ?? 0,
                  tokenHash: s.tokenHash ?? null,
                  name: s.name,
                  strategy: s.strategy,
                  score: s.score,
                  won: s.won,
                  depth: s.depth,
                  // Copied from the game so leaderboards read GameSeat alone.
                  scenario: game.scenario,
                  finishedAt: game.finishedAt,
                  sessionId: context?.sessionId,
                  challengeId: game.context?.challengeId,
                  seedIndex: game.context?.seedIndex,
                  practice: game.context?.practice ?? false,
                  botFinished: game.trace.botFinished === true,
                })),
              },
            },
          });
          // A practice game (seed chosen by the player) and a game bots finished are kept and
          // replayable, never ranked.
          if (!game.context?.practice && game.trace.botFinished !== true) {
            await recordPlayerStats(tx, game);
            await recordChallengeNight(tx, game);
          }
          return "created" as const;
        });
      } catch (error) {
        // A concurrent writer (another process, or PostgreSQL's read-committed) won the race.
        if (isUniqueViolation(error)) return "exists";
        throw error;
      }
    }));
  }

  async getTrace(gameId: string): Promise<Trace | null> {
    const row = await this.db.game.findUnique({ where: { id: gameId }, select: { trace: true } });
    return row ? (JSON.parse(row.trace) as Trace) : null;
  }

  async getResumable(gameId: string): Promise<ResumableGame | null> {
    const row = await this.db.game.findUnique({
      where: { id: gameId },
      select: { trace: true, code: true, friends: true, challengeId: true, seedIndex: true, practice: true, skin: true, seats: { select: { seat: true, strategy: true, tokenHash: true } } },
    });
    if (!row) return null;
    // Only what a seat's snapshot shows of the context (its challenge night, practice, skin).
    const context: GameContext = {
      ...(row.challengeId !== null ? { challengeId: row.challengeId } : {}),
      ...(row.seedIndex !== null ? { seedIndex: row.seedIndex } : {}),
      ...(row.practice ? { practice: true } : {}),
      ...(row.skin !== null ? { skin: row.skin as Skin } : {}),
    };
    return { trace: JSON.parse(row.trace) as Trace, code: row.code ?? "", friends: row.friends === true, context, seats: row.seats };
  }

  async close(): Promise<void> {
    if (this.ownedUrl !== null) await closePrisma(this.ownedUrl);
  }
}

/**
 * The game's context without links to a class session or round whose row is missing (its write
 * failed while storage was down): the game is still recorded, only not attached to its round.
 */
async function linkableContext(tx: Prisma.TransactionClient, context: FinishedGame["context"]): Promise<FinishedGame["context"]> {
  if (!context?.sessionId && !context?.roundId) return context;
  const out = { ...context };
  if (out.roundId && !(await tx.classRound.findUnique({ where: { id: out.roundId }, select: { id: true } }))) delete out.roundId;
  if (out.sessionId && !(await tx.classSession.findUnique({ where: { id: out.sessionId }, select: { id: true } }))) delete out.sessionId;
  return out;
}

// The better-sqlite3 adapter locks its single connection only for transactions: a plain write
// issued while another request's transaction is open runs inside it (and is lost if that one
// rolls back). Writes are rare (a player's connect, a game's end), so running them one at a
// time per client is cheap and removes the hazard. (Only the game server writes, so a queue per
// module copy is enough even though the client itself is shared through globalThis.)
const QUEUE_HOLD_MS = 10_000;
const writeQueues = new WeakMap<PrismaClient, Promise<unknown>>();

export function serialized<T>(db: PrismaClient, write: () => Promise<T>): Promise<T> {
  const previous = writeQueues.get(db) ?? Promise.resolve();
  const next = previous.then(write); // `previous` never rejects: see the catch below
  // A write that never settles must not hold every later one (and so every request) forever.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const held = new Promise<void>((resolve) => (timer = setTimeout(resolve, QUEUE_HOLD_MS)));
  writeQueues.set(db, Promise.race([next.catch(() => undefined), held]).finally(() => clearTimeout(timer)));
  return next;
}
