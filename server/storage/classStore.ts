/**
 * What a class session writes and reads: the session, its students (with bans), its rounds, and
 * the history and CSV rows built from its recorded games. Games themselves are saved by the
 * game store, tagged with their session and round. Writes share the game store's queue (see
 * `serialized` there).
 */
import type { GameMetrics } from "../protocol/classroom";
import { traceMetrics } from "../classroom/metrics";
import type { PrismaClient } from "../generated/prisma/client";
import { MAX_PAGE_SIZE } from "./leaderboard";
import { serialized } from "./prismaGameStore";
import type { Trace } from "./types";
import { sessionLeaderboard, type SessionRow } from "./sessionLeaderboard";

export interface ClassStore {
  createSession(row: { id: string; code: string; title: string; hostHash: string }): Promise<void>;
  /** The session's host-key hash, for HTTP requests after the live session is gone. */
  hostHashOf(sessionId: string): Promise<string | null>;
  saveMember(row: { sessionId: string; playerId: string; nickname: string; kicked: boolean }): Promise<void>;
  setLateJoin(sessionId: string, allow: boolean): Promise<void>;
  createRound(row: { id: string; sessionId: string; number: number; scenario: string; params: unknown; groupSize: number; startedAt: Date }): Promise<void>;
  endRound(roundId: string, endedAt: Date): Promise<void>;
  endSession(sessionId: string, endedAt: Date): Promise<void>;
  /**
   * Ends the open sessions among `sessionIds` (all open ones when omitted) and their open rounds.
   * Live sessions exist only in the server's memory: once it stops, nobody can continue them.
   */
  closeOpen(endedAt: Date, sessionIds?: string[]): Promise<{ sessions: number; rounds: number }>;
  history(sessionId: string): Promise<SessionHistory | null>;
}

export interface HistorySeat {
  seat: string;
  name: string;
  kind: "human" | "bot";
  playerId: string | null;
  strategy: string | null;
  score: number;
  won: boolean;
  depth: number | null;
}

export interface HistoryGame {
  id: string;
  outcome: string;
  startedAt: string;
  finishedAt: string;
  seats: HistorySeat[];
  /** The game's group in its round, 1-based, as the dashboard numbered it (older games: their place by start time). */
  group: number;
  /** What the game adds to the class charts, computed from its stored trace (server/classroom/metrics.ts). */
  metrics: GameMetrics;
}

export interface SessionHistory {
  session: { id: string; code: string; title: string; createdAt: string; endedAt: string | null };
  students: { playerId: string; nickname: string; kicked: boolean }[];
  rounds: { id: string; number: number; scenario: string; params: Record<string, unknown>; groupSize: number; startedAt: string; endedAt: string | null; games: HistoryGame[] }[];
  /** The session's leaderboard (every scenario its rounds played), its first hundred rows. */
  leaderboard: SessionRow[];
}

export class PrismaClassStore implements ClassStore {
  constructor(private readonly db: PrismaClient) {}

  async createSession(row: { id: string; code: string; title: string; hostHash: string }): Promise<void> {
    await serialized(this.db, () => this.db.classSession.create({ data: row }));
  }

  async hostHashOf(sessionId: string): Promise<string | null> {
    const row = await this.db.classSession.findUnique({ where: { id: sessionId }, select: { hostHash: true } });
    return row?.hostHash ?? null;
  }

  async saveMember(row: { sessionId: string; playerId: string; nickname: string; kicked: boolean }): Promise<void> {
    const { sessionId, playerId, nickname, kicked } = row;
    await serialized(this.db, () =>
      this.db.classMember.upsert({
        where: { sessionId_playerId: { sessionId, playerId } },
        create: row,
        update: { nickname, kicked },
      }),
    );
  }

  async setLateJoin(sessionId: string, allow: boolean): Promise<void> {
    await serialized(this.db, () => this.db.classSession.update({ where: { id: sessionId }, data: { allowLateJoin: allow } }));
  }

  async createRound(row: { id: string; sessionId: string; number: number; scenario: string; params: unknown; groupSize: number; startedAt: Date }): Promise<void> {
    await serialized(this.db, () => this.db.classRound.create({ data: { ...row, params: JSON.stringify(row.params) } }));
  }

  async endRound(roundId: string, endedAt: Date): Promise<void> {
    await serialized(this.db, () => this.db.classRound.update({ where: { id: roundId }, data: { endedAt } }));
  }

  async endSession(sessionId: string, endedAt: Date): Promise<void> {
    await serialized(this.db, () => this.db.classSession.update({ where: { id: sessionId }, data: { endedAt } }));
  }

  async closeOpen(endedAt: Date, sessionIds?: string[]): Promise<{ sessions: number; rounds: number }> {
    const which = sessionIds ? { in: sessionIds } : undefined;
    return serialized(this.db, () =>
      this.db.$transaction(async (tx) => {
        const rounds = await tx.classRound.updateMany({ where: { endedAt: null, sessionId: which }, data: { endedAt } });
        const sessions = await tx.classSession.updateMany({ where: { endedAt: null, id: which }, data: { endedAt } });
        return { sessions: sessions.count, rounds: rounds.count };
      }),
    );
  }

  async history(sessionId: string): Promise<SessionHistory | null> {
    const session = await this.db.classSession.findUnique({
      where: { id: sessionId },
      select: {
        id: true,
        code: true,
        title: true,
        createdAt: true,
        endedAt: true,
        members: { orderBy: { joinedAt: "asc" }, select: { playerId: true, nickname: true, kicked: true } },
        rounds: {
          orderBy: { number: "asc" },
          select: {
            id: true,
            number: true,
            scenario: true,
            params: true,
            groupSize: true,
            startedAt: true,
            endedAt: true,
            games: {
              // By group; games recorded before groups were stored (no group) by start time.
              orderBy: [{ classGroup: "asc" }, { startedAt: "asc" }],
              // The trace only to compute the game's metrics: it is never sent (replays fetch it on their own).
              select: {
                id: true,
                classGroup: true,
                trace: true,
                outcome: true,
                startedAt: true,
                finishedAt: true,
                seats: {
                  orderBy: { seat: "asc" },
                  select: { seat: true, name: true, kind: true, playerId: true, strategy: true, score: true, won: true, depth: true },
                },
              },
            },
          },
        },
      },
    });
    if (!session) return null;
    const leaderboard = (await sessionLeaderboard(this.db, sessionId, { pageSize: MAX_PAGE_SIZE })).rows;
    return {
      leaderboard,
      session: { id: session.id, code: session.code, title: session.title, createdAt: session.createdAt.toISOString(), endedAt: session.endedAt?.toISOString() ?? null },
      students: session.members,
      rounds: session.rounds.map((r) => ({
        ...r,
        params: JSON.parse(r.params) as Record<string, unknown>,
        startedAt: r.startedAt.toISOString(),
        endedAt: r.endedAt?.toISOString() ?? null,
        games: r.games.map(({ trace, classGroup, ...g }, i) => ({
          ...g,
          startedAt: g.startedAt.toISOString(),
          finishedAt: g.finishedAt.toISOString(),
          seats: g.seats.map((s) => ({ ...s, kind: s.kind as "human" | "bot" })),
          group: classGroup ?? i + 1,
          metrics: traceMetrics(JSON.parse(trace) as Trace),
        })),
      })),
    };
  }
}
