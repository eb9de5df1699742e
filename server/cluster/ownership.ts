/**
 * Cluster mode's loop (issue 16): every `scanMs` this node renews its leases, drops the rooms and
 * class sessions whose lease it lost, and adopts what nobody leases any more (its owner died):
 * the journaled games outside class sessions, and the open class sessions whose own lease and
 * every journaled game's lease are all orphans. It takes their leases first, then brings them back
 * with the ordinary restore paths. A class game is only ever adopted with its session.
 */
import type { Logger } from "pino";
import { sessionResource, type Leases } from "./leases";
import type { StoredLiveGame } from "../rooms/journal";

export interface OwnershipDeps {
  leases: Leases;
  /** The journaled games (with their class session, if any), and the journal of some of them. */
  journal: { entries(): Promise<{ id: string; sessionId: string | null }[]>; load(only: string[]): Promise<StoredLiveGame[]> };
  /** Whether a game runs on this node. */
  hosts(gameId: string): boolean;
  /** Brings the adopted games back (the restore path, with its finished-game checks). */
  adopt(games: StoredLiveGame[]): Promise<void>;
  /** Another node owns this game or session (`session:<id>`) now: stop it here and send its people elsewhere. */
  lost(resource: string): void;
  /** Class sessions; without them, class games are never adopted. */
  sessions?: {
    /** The open sessions young enough to adopt. */
    open(): Promise<string[]>;
    /** Whether a session runs on this node. */
    hosts(sessionId: string): boolean;
    /** Rebuilds the session and brings back its round's journaled games (whose leases are taken). */
    adopt(sessionId: string, games: StoredLiveGame[]): Promise<void>;
  };
  log: Logger;
  scanMs?: number;
}

export interface Ownership {
  /** One renew-and-adopt pass (the loop runs them; start-up awaits the first). */
  pass(): Promise<void>;
  stop(): void;
}

export function startOwnership(deps: OwnershipDeps): Ownership {
  const { leases, log } = deps;
  let running: Promise<void> | null = null;
  const pass = () =>
    (running ??= (async () => {
      try {
        for (const id of await leases.renew()) deps.lost(id);
        const entries = await deps.journal.entries();
        await adoptGames(deps, entries.filter((e) => e.sessionId === null).map((e) => e.id));
        if (deps.sessions) await adoptSessions(deps, deps.sessions, entries);
      } catch (err) {
        log.error({ err }, "cluster: lease renewal or adoption failed; tried again next pass");
      } finally {
        running = null;
      }
    })());
  const timer = setInterval(() => void pass(), deps.scanMs ?? 1_000);
  timer.unref();
  return { pass, stop: () => clearInterval(timer) };
}

async function adoptGames({ leases, journal, hosts, adopt, log }: OwnershipDeps, journaled: string[]): Promise<void> {
  const ids = journaled.filter((id) => !hosts(id) && leases.tokenOf(id) === undefined);
  const taken: string[] = [];
  for (const id of await leases.orphans(ids)) {
    if ((await leases.acquire(id)) !== null) taken.push(id);
  }
  if (taken.length === 0) return;
  const games = await journal.load(taken);
  const started = Date.now();
  await adopt(games);
  log.info({ games: games.length, ms: Date.now() - started, node: leases.nodeId }, "cluster: adopted games whose owner's lease expired");
}

async function adoptSessions({ leases, journal, log }: OwnershipDeps, sessions: NonNullable<OwnershipDeps["sessions"]>, entries: { id: string; sessionId: string | null }[]): Promise<void> {
  const open = (await sessions.open()).filter((id) => !sessions.hosts(id) && leases.tokenOf(sessionResource(id)) === undefined);
  if (open.length === 0) return;
  const gamesOf = (sessionId: string) => entries.filter((e) => e.sessionId === sessionId).map((e) => e.id);
  const orphans = new Set(await leases.orphans(open.flatMap((id) => [sessionResource(id), ...gamesOf(id)])));
  for (const id of open) {
    const gameIds = gamesOf(id);
    // A session whose lease or any of whose games' leases is alive still has an owner.
    if (![sessionResource(id), ...gameIds].every((r) => orphans.has(r))) continue;
    // The session's lease first: of two nodes scanning together, one gets it and the other moves on.
    if ((await leases.acquire(sessionResource(id))) === null) continue;
    const taken: string[] = [];
    for (const gameId of gameIds) if ((await leases.acquire(gameId)) !== null) taken.push(gameId);
    if (taken.length < gameIds.length) {
      // Someone took a game meanwhile: let everything go, the next pass looks again.
      await Promise.all([sessionResource(id), ...taken].map((r) => leases.release(r)));
      log.warn({ sessionId: id, node: leases.nodeId }, "cluster: a class session's game was leased meanwhile; not adopted");
      continue;
    }
    const started = Date.now();
    try {
      await sessions.adopt(id, await journal.load(taken));
    } catch (err) {
      // Not held for nothing: another node (or the next pass) tries again.
      if (!sessions.hosts(id)) await Promise.all([sessionResource(id), ...taken].map((r) => leases.release(r)));
      throw err;
    }
    log.info({ sessionId: id, games: taken.length, ms: Date.now() - started, node: leases.nodeId }, "cluster: adopted a class session whose owner's lease expired");
  }
}
