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
import type { FinishedGame, Trace } from "./types";
import { knownSkin, type Skin } from "../protocol/skins";
import { sessionLeaderboard, type SessionRow } from "./sessionLeaderboard";

export interface ClassStore {
  createSession(row: { id: string; code: string; title: string; hostHash: string }): Promise<void>;
  /** The session's host-key hash, for HTTP requests after the live session is gone. */
  hostHashOf(sessionId: string): Promise<string | null>;
  /** `tokenHash`: the SHA-256 of the student's token (kept when absent). */
  saveMember(row: MemberRow): Promise<void>;
  setLateJoin(sessionId: string, allow: boolean): Promise<void>;
  createRound(row: RoundRow): Promise<void>;
  /** The round's clock: its pause, and the last moment a server ran it (see ClassRound.aliveAt). */
  saveRoundClock(roundId: string, clock: RoundClockRow): Promise<void>;
  endRound(roundId: string, endedAt: Date): Promise<void>;
  endSession(sessionId: string, endedAt: Date): Promise<void>;
  /** Ends the open sessions among `sessionIds` (all open ones when omitted) and their open rounds. */
  closeOpen(endedAt: Date, sessionIds?: string[]): Promise<{ sessions: number; rounds: number }>;
  /** Every session not ended (`only`: just these), with what rebuilding it needs (server/classroom/restoreSessions.ts). */
  openSessions(only?: string[]): Promise<StoredSession[]>;
  /** The sessions not ended, cheaply: what cluster mode's ownership pass looks at every scan. */
  openSessionIds(): Promise<{ id: string; createdAt: Date }[]>;
  history(sessionId: string): Promise<SessionHistory | null>;
}

export interface MemberRow {
  sessionId: string;
  playerId: string;
  nickname: string;
  kicked: boolean;
  tokenHash?: string;
}

export interface RoundRow {
  id: string;
  sessionId: string;
  number: number;
  scenario: string;
  params: unknown;
  groupSize: number;
  startedAt: Date;
  tickMs: number;
  /** The round's student seats, in the order students are placed in a group. */
  studentSeats: string[];
  /** The round's telling (server/protocol/skins.ts), absent for the scenario's own. */
  skin?: Skin;
}

export interface RoundClockRow {
  pausedAt: Date | null;
  pausedMs: number;
  aliveAt: Date;
}

/** A finished game of a session's open round, as stored (or owed to storage by the outbox). */
export interface StoredClassGame {
  roundId: string;
  trace: Trace;
  group: number;
  /** The bot strategy of each seat (null for humans). */
  strategies: Record<string, string | null>;
}

export interface StoredRound extends Omit<RoundRow, "sessionId" | "groupSize"> {
  endedAt: Date | null;
  pausedAt: Date | null;
  pausedMs: number;
  /** Null for rounds stored before it was stamped. */
  aliveAt: Date | null;
  /** How many games the round stored. */
  storedGames: number;
  /** The round's finished games with their traces: only for the session's last round (empty otherwise). */
  finished: StoredClassGame[];
}

export interface StoredSession {
  id: string;
  code: string;
  title: string;
  hostHash: string;
  allowLateJoin: boolean;
  createdAt: Date;
  /** In the order they joined. */
  members: { playerId: string; nickname: string; kicked: boolean; tokenHash: string | null }[];
  /** By number. */
  rounds: StoredRound[];
}

/** A finished game the outbox holds, in the shape of a stored class game. */
export function classGameOf(game: FinishedGame): StoredClassGame | null {
  if (!game.context?.roundId) return null;
  return { roundId: game.context.roundId, trace: game.trace, group: game.context.classGroup ?? 0, strategies: Object.fromEntries(game.seats.map((s) => [s.seat, s.strategy])) };
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
  rounds: { id: string; number: number; scenario: string; params: Record<string, unknown>; skin?: Skin; groupSize: number; startedAt: string; endedAt: string | null; games: HistoryGame[] }[];
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

  async saveMember(row: MemberRow): Promise<void> {
    const { sessionId, playerId, nickname, kicked, tokenHash } = row;
    await serialized(this.db, () =>
      this.db.classMember.upsert({
        where: { sessionId_playerId: { sessionId, playerId } },
        create: row,
        update: { nickname, kicked, ...(tokenHash ? { tokenHash } : {}) },
      }),
    );
  }

  async setLateJoin(sessionId: string, allow: boolean): Promise<void> {
    await serialized(this.db, () => this.db.classSession.update({ where: { id: sessionId }, data: { allowLateJoin: allow } }));
  }

  async createRound(row: RoundRow): Promise<void> {
    await serialized(this.db, () => this.db.classRound.create({ data: { ...row, params: JSON.stringify(row.params), studentSeats: JSON.stringify(row.studentSeats), skin: row.skin ?? null } }));
  }

  async saveRoundClock(roundId: string, clock: RoundClockRow): Promise<void> {
    await serialized(this.db, () => this.db.classRound.updateMany({ where: { id: roundId, endedAt: null }, data: clock }));
  }

  async openSessionIds(): Promise<{ id: string; createdAt: Date }[]> {
    return this.db.classSession.findMany({ where: { endedAt: null }, select: { id: true, createdAt: true } });
  }

  async openSessions(only?: string[]): Promise<StoredSession[]> {
    const rows = await this.db.classSession.findMany({
      where: { endedAt: null, ...(only ? { id: { in: only } } : {}) },
      orderBy: { createdAt: "asc" },
      include: {
        members: { orderBy: { joinedAt: "asc" }, select: { playerId: true, nickname: true, kicked: true, tokenHash: true } },
        rounds: { orderBy: { number: "asc" }, include: { _count: { select: { games: true } } } },
      },
    });
    const out: StoredSession[] = [];
    for (const { members, rounds, endedAt: _, ...session } of rows) {
      const stored: StoredRound[] = [];
      for (const { _count, params, studentSeats, skin, sessionId: _s, groupSize: _g, ...r } of rounds) {
        // The last round's games only: its groups are shown again (and a debrief can present them).
        const games = r.id !== rounds.at(-1)?.id ? [] : await this.db.game.findMany({ where: { roundId: r.id }, select: { trace: true, classGroup: true, seats: { select: { seat: true, strategy: true } } } });
        stored.push({
          ...r,
          params: JSON.parse(params) as Record<string, unknown>,
          studentSeats: JSON.parse(studentSeats) as string[],
          ...storedSkin(skin),
          storedGames: _count.games,
          finished: games.map((g) => ({ roundId: r.id, trace: JSON.parse(g.trace) as Trace, group: g.classGroup ?? 0, strategies: Object.fromEntries(g.seats.map((s) => [s.seat, s.strategy])) })),
        });
      }
      out.push({ ...session, members, rounds: stored });
    }
    return out;
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
            skin: true,
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
      rounds: session.rounds.map(({ skin, ...r }) => ({
        ...r,
        params: JSON.parse(r.params) as Record<string, unknown>,
        ...storedSkin(skin),
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

/** A round's stored telling read back: an unknown one (a later version's) is the scenario's own. */
function storedSkin(value: string | null): { skin?: Skin } {
  const skin = knownSkin(value);
  return skin ? { skin } : {};
}
