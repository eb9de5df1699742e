/**
 * Cluster mode's loop (issue 16): every `scanMs` this node renews its leases, drops the rooms
 * whose lease it lost, and adopts the journaled games nobody leases any more (their owner died):
 * it takes each one's lease and replays it with the ordinary restore path.
 *
 * Class games are left alone here: class sessions are not leased yet, so a class round's game
 * stays with the node that runs its session.
 */
import type { Logger } from "pino";
import type { Leases } from "./leases";
import type { StoredLiveGame } from "../rooms/journal";

export interface OwnershipDeps {
  leases: Leases;
  /** Ids of the journaled games outside class sessions, and the journal of some of them. */
  journal: { ids(): Promise<string[]>; load(only: string[]): Promise<StoredLiveGame[]> };
  /** Whether a game runs on this node. */
  hosts(gameId: string): boolean;
  /** Brings the adopted games back (the restore path, with its finished-game checks). */
  adopt(games: StoredLiveGame[]): Promise<void>;
  /** Another node owns this game now: stop it here and send its players elsewhere. */
  lost(gameId: string): void;
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
        const ids = (await deps.journal.ids()).filter((id) => !deps.hosts(id) && leases.tokenOf(id) === undefined);
        const taken: string[] = [];
        for (const id of await leases.orphans(ids)) {
          if ((await leases.acquire(id)) !== null) taken.push(id);
        }
        if (taken.length === 0) return;
        const games = await deps.journal.load(taken);
        const started = Date.now();
        await deps.adopt(games);
        log.info({ games: games.length, ms: Date.now() - started, node: leases.nodeId }, "cluster: adopted games whose owner's lease expired");
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
