/**
 * At start: bring back the class sessions an earlier run left open (a crash or a restart), so a
 * teacher's lesson goes on. Each young enough session is rebuilt from the database into the
 * ClassService: its students (token hashes only: each proves their token to come back), its
 * late-join switch, its rounds, and the finished games of its round in progress. The round's live
 * games come back from the journal next (server/rooms/restore.ts → `ClassService.restoreGame`).
 * Older sessions are closed, as every open session was before. A presenter debrief that was running
 * is not kept (the host starts it again: the last round's games are back).
 */
import type { Logger } from "pino";
import type { GameRoom } from "../rooms/room";
import type { ClassStore, StoredClassGame, StoredRound, StoredSession } from "../storage/classStore";
import type { GameContext } from "../storage/types";
import type { ClassService } from "./classService";
import { traceMetrics } from "./metrics";
import { ClassSession, seatedStudents, type Group, type Round } from "./session";

/** Sessions older than this (by when they were hosted) are closed at start, not restored. */
export const DEFAULT_SESSION_MAX_AGE_MS = 12 * 60 * 60_000;

export interface RestoreSessionsDeps {
  classStore: ClassStore;
  classes: Pick<ClassService, "adopt">;
  /** Rebuilds a finished game from its trace (GameService.finishedRoom). */
  finishedRoom: (game: StoredClassGame, context: GameContext) => GameRoom | null;
  /** Finished class games the outbox still owes to the database. */
  owed: StoredClassGame[];
  now: number;
  maxAgeMs?: number;
  log: Logger;
}

export async function restoreClassSessions(deps: RestoreSessionsDeps): Promise<{ restored: number; closed: number }> {
  const { classStore, now, log } = deps;
  const maxAgeMs = deps.maxAgeMs ?? DEFAULT_SESSION_MAX_AGE_MS;
  const open = await classStore.openSessions();
  const stale = open.filter((s) => now - s.createdAt.getTime() > maxAgeMs);
  if (stale.length) {
    await classStore.closeOpen(new Date(now), stale.map((s) => s.id));
    log.warn({ sessions: stale.length }, "closed class sessions left open by an earlier run, too old to restore");
  }
  const finishedRoom = guardedFinishedRoom(deps);
  let restored = 0;
  for (const row of open) {
    if (stale.includes(row)) continue;
    deps.classes.adopt(rebuildSession(row, now, deps.owed, finishedRoom));
    restored++;
  }
  return { restored, closed: stale.length };
}

/**
 * Cluster mode: one open session whose node died, adopted by this one (server/cluster/ownership.ts
 * picks it). Answers its row, or null when it is no longer open. Its live games come next, as at start.
 */
export async function restoreClassSession(deps: RestoreSessionsDeps, sessionId: string): Promise<StoredSession | null> {
  const [row] = await deps.classStore.openSessions([sessionId]);
  if (!row) return null;
  deps.classes.adopt(rebuildSession(row, deps.now, deps.owed, guardedFinishedRoom(deps)));
  return row;
}

/** A stored trace that does not replay leaves its group off the dashboard, not the session out. */
function guardedFinishedRoom({ finishedRoom, log }: RestoreSessionsDeps): RestoreSessionsDeps["finishedRoom"] {
  return (game, context) => {
    try {
      return finishedRoom(game, context);
    } catch (err) {
      log.error({ err, gameId: game.trace.gameId }, "class sessions: a finished game's trace does not replay; its group is left out");
      return null;
    }
  };
}

/** The session as it stood, with its last round holding its finished groups so far. */
export function rebuildSession(row: StoredSession, now: number, owed: StoredClassGame[], finishedRoom: RestoreSessionsDeps["finishedRoom"]): ClassSession {
  const session = new ClassSession(row.id, row.code, row.title, row.hostHash, row.allowLateJoin);
  for (const m of row.members) {
    // A row written before token hashes were stored matches no token: that student joins by code again.
    session.students.set(m.playerId, { id: m.playerId, nickname: m.nickname, token: null, tokenHash: m.tokenHash ?? "", kicked: m.kicked, connections: 0, graceTimer: null });
  }
  for (const stored of row.rounds) {
    const round = roundOf(stored, now);
    // The last round gets its groups back: finished games from their traces (its live ones come from the journal).
    if (stored === row.rounds.at(-1)) {
      const seen = new Set<string>();
      for (const game of [...stored.finished, ...owed.filter((g) => g.roundId === stored.id)]) {
        if (seen.has(game.trace.gameId)) continue;
        seen.add(game.trace.gameId);
        const group = finishedGroup(game, round, { sessionId: row.id, roundId: round.id, classGroup: game.group }, finishedRoom);
        if (group) round.groups.push(group);
      }
    }
    session.rounds.push(round);
  }
  return session;
}

/**
 * The round's clock: a paused round stays paused (the time down is paused time); a running round
 * does not count the time down, from its last stamp until now.
 */
function roundOf(stored: StoredRound, now: number): Round {
  const startedAt = stored.startedAt.getTime();
  const status = stored.endedAt ? "ended" : stored.pausedAt ? "paused" : "running";
  const lastSeen = Math.max(startedAt, stored.aliveAt?.getTime() ?? startedAt);
  return {
    id: stored.id,
    number: stored.number,
    scenario: stored.scenario,
    params: stored.params as Record<string, unknown>,
    tickMs: stored.tickMs,
    ...(stored.skin ? { skin: stored.skin } : {}),
    status,
    startedAt,
    pausedAt: stored.pausedAt?.getTime() ?? null,
    pausedMs: stored.pausedMs + (status === "running" ? Math.max(0, now - lastSeen) : 0),
    endedAt: stored.endedAt?.getTime() ?? null,
    studentSeats: stored.studentSeats,
    groups: [],
    storedGames: stored.storedGames,
  };
}

function finishedGroup(game: StoredClassGame, round: Round, context: GameContext, finishedRoom: RestoreSessionsDeps["finishedRoom"]): Group | null {
  const room = finishedRoom(game, context);
  if (!room) return null;
  return { number: game.group, room, students: seatedStudents(round.studentSeats, room), metrics: traceMetrics(game.trace) };
}
