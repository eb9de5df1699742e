/**
 * Cluster mode's wiring on one node: what happens to this node's rooms and class sessions when
 * the ownership pass (ownership.ts) adopts work from a dead node or finds that another node
 * leases something this node still runs. Kept apart from server/app.ts, which only decides
 * whether the node runs in cluster mode.
 */
import type { Logger } from "pino";
import type { ClassService } from "../classroom/classService";
import { gameChannels, sessionChannels } from "../classroom/classSockets";
import { restoreClassSession, type RestoreSessionsDeps } from "../classroom/restoreSessions";
import type { GameService } from "../rooms/gameService";
import type { Journal, StoredLiveGame } from "../rooms/journal";
import type { RoomRegistry } from "../rooms/registry";
import { restoreLiveGames } from "../rooms/restore";
import type { ClassStore } from "../storage/classStore";
import type { PrismaJournalStore } from "../storage/prismaJournalStore";
import type { Leases } from "./leases";
import { sessionOfResource, sessionResource } from "./leases";
import { startOwnership, type Ownership } from "./ownership";

const GAME_MOVED = "This game moved to another server: reconnect in a moment and resume your seat.";
const SESSION_MOVED = "This class moved to another server: reconnect in a moment and join it again.";

export interface NodeOwnershipDeps {
  leases: Leases;
  journal: Journal;
  journalStore: PrismaJournalStore;
  registry: RoomRegistry;
  service: GameService;
  classes: ClassService;
  classStore: ClassStore;
  /** Which of these games are stored as finished already (or owed by the outbox). */
  finished: (ids: string[]) => Promise<Set<string>>;
  /** What rebuilding an adopted class session needs. */
  sessionDeps: () => RestoreSessionsDeps;
  /** Tells these channels' sockets why, then closes them; `everywhere`: on every node. */
  sendAway: (channels: string[], message: string, everywhere: boolean) => void;
  /** Open sessions older than this are not adopted. */
  maxSessionAgeMs: number;
  now: () => number;
  scanMs?: number;
  log: Logger;
}

export interface NodeOwnership extends Ownership {
  /** Another node owns this game now (its lease moved, or the journal was fenced): drop it here. */
  gameMoved(gameId: string): void;
}

export function startNodeOwnership(deps: NodeOwnershipDeps): NodeOwnership {
  const { leases, journal, journalStore, registry, service, classes, sendAway, log } = deps;

  const gameMoved = (gameId: string) => {
    leases.forget(gameId);
    const room = registry.get(gameId);
    if (!room) return;
    // Its players reconnect (to any node) and resume their seats with the owner's state.
    sendAway(gameChannels(gameId, room.seats.map((s) => s.seat)), GAME_MOVED, false);
    registry.remove(room);
    log.warn({ gameId, node: leases.nodeId }, "cluster: another node owns this game now; dropped it here");
  };

  /** Another node leases this session now: forget it here, drop its games, send its people away. */
  const sessionMoved = (sessionId: string) => {
    const session = classes.drop(sessionId);
    if (!session) return;
    for (const group of session.currentRound?.groups ?? []) gameMoved(group.room.id);
    sendAway(sessionChannels(sessionId, session.students.keys(), []), SESSION_MOVED, false);
    log.warn({ sessionId, node: leases.nodeId }, "cluster: another node owns this class session now; dropped it here");
  };

  const restoreAdopted = (games: StoredLiveGame[], classGame?: (game: StoredLiveGame) => ReturnType<ClassService["restoreGame"]>) =>
    restoreLiveGames({ store: { write: (b) => journalStore.write(b), load: async () => games }, journal, service, finished: deps.finished, classGame, log });
  /** Sockets anywhere still in an adopted game's channels (their node died) come back afresh. */
  const channelsOf = (games: StoredLiveGame[]) => games.map((g) => ({ id: g.header.id, seats: g.header.seats.map((s) => s.seat) }));

  const ownership = startOwnership({
    leases,
    journal: journalStore,
    hosts: (id) => registry.get(id) !== undefined,
    adopt: async (games) => {
      sendAway(channelsOf(games).flatMap((g) => gameChannels(g.id, g.seats)), GAME_MOVED, true);
      await restoreAdopted(games);
    },
    lost: (resource) => {
      const sessionId = sessionOfResource(resource);
      if (sessionId === null) gameMoved(resource);
      else sessionMoved(sessionId);
    },
    sessions: {
      open: async () => {
        const now = deps.now();
        return (await deps.classStore.openSessionIds()).filter((s) => now - s.createdAt.getTime() <= deps.maxSessionAgeMs).map((s) => s.id);
      },
      hosts: (id) => classes.sessionById(id) !== undefined,
      adopt: async (sessionId, games) => {
        const row = await restoreClassSession(deps.sessionDeps(), sessionId);
        // Ended meanwhile: its games are forgotten by the restore path (no session takes them).
        if (row) sendAway(sessionChannels(sessionId, row.members.map((m) => m.playerId), channelsOf(games)), SESSION_MOVED, true);
        else void leases.release(sessionResource(sessionId));
        await restoreAdopted(games, (game) => classes.restoreGame(game));
        classes.settleRestored(sessionId);
      },
    },
    log,
    scanMs: deps.scanMs,
  });
  return { ...ownership, gameMoved };
}
