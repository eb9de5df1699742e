/**
 * At start: bring back every game the journal holds that an earlier run had not finished. A game
 * already stored as finished (or owed to the database by the outbox) is forgotten instead, and so
 * is a class round's game: class sessions are closed at start and do not come back yet.
 */
import type { Logger } from "pino";
import type { GameService } from "./gameService";
import type { Journal, JournalStore } from "./journal";

export interface RestoreDeps {
  store: JournalStore;
  journal: Journal;
  service: GameService;
  /** Which of these games are stored as finished already, or waiting in the outbox to be. */
  finished: (ids: string[]) => Promise<Set<string>>;
  log: Logger;
}

export interface RestoreReport {
  restored: number;
  /** Finished already, class games, or a scenario this build does not have. */
  forgotten: number;
  /** Journals the engine refused to replay (kept for a look; logged). */
  failed: number;
}

export async function restoreLiveGames({ store, journal, service, finished, log }: RestoreDeps): Promise<RestoreReport> {
  const stored = await store.load();
  const done = await finished(stored.map((g) => g.header.id));
  const report: RestoreReport = { restored: 0, forgotten: 0, failed: 0 };
  for (const game of stored) {
    const { id } = game.header;
    if (done.has(id) || game.header.context?.sessionId) {
      journal.drop(id);
      report.forgotten++;
      continue;
    }
    try {
      const room = service.restoreRoom(game);
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
