/**
 * At start: bring back every game the journal holds that an earlier run had not finished. A game
 * already stored as finished (or owed to the database by the outbox) is forgotten instead. A class
 * round's game goes back into its group when its session came back (server/classroom/restoreSessions.ts,
 * run just before); otherwise it is forgotten.
 */
import type { Logger } from "pino";
import type { GameService } from "./gameService";
import type { Journal, JournalStore, StoredLiveGame } from "./journal";
import type { GameRoom } from "./room";

export interface RestoreDeps {
  store: JournalStore;
  journal: Journal;
  service: GameService;
  /** Which of these games are stored as finished already, or waiting in the outbox to be. */
  finished: (ids: string[]) => Promise<Set<string>>;
  /** Brings back a class game into its restored session's round; null when that session is not here. */
  classGame?: (game: StoredLiveGame) => GameRoom | null;
  log: Logger;
}

export interface RestoreReport {
  restored: number;
  /** Finished already, class games of sessions not restored, or a scenario this build does not have. */
  forgotten: number;
  /** Journals the engine refused to replay (kept for a look; logged). */
  failed: number;
}

export async function restoreLiveGames({ store, journal, service, finished, classGame, log }: RestoreDeps): Promise<RestoreReport> {
  const stored = await store.load();
  const done = await finished(stored.map((g) => g.header.id));
  const report: RestoreReport = { restored: 0, forgotten: 0, failed: 0 };
  for (const game of stored) {
    const { id } = game.header;
    const inClass = Boolean(game.header.context?.sessionId);
    if (done.has(id) || (inClass && !classGame)) {
      journal.drop(id);
      report.forgotten++;
      continue;
    }
    try {
      const room = inClass && classGame ? classGame(game) : service.restoreRoom(game);
      if (room) report.restored++;
      else {
        journal.drop(id);
        report.forgotten++;
      }
    } catch (err) {
      log.error({ err, gameId: id }, "restore: the journal of this game does not replay; left in the database");
      report.failed++;
    }
  }
  return report;
}
