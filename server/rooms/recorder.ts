/**
 * Finished games on their way to the database. A finished game is first appended to the outbox
 * (fsynced), then a single worker writes it to the database, retrying with capped exponential
 * backoff until the database takes it. The worker never holds up anything else: rooms, new
 * games and requests go on while it waits. Saving is idempotent on the game id, so a game the
 * database already has (written just before a crash, or by an attempt that timed out) is not
 * counted twice. Only once the database has it is the outbox told, and the game's players.
 */
import type { Logger } from "pino";
import type { Outbox } from "../storage/outbox";
import type { FinishedGame, GameStore } from "../storage/types";

/** What `/api/health` reports about storage. */
export interface StorageHealth {
  ok: boolean;
  /** Finished games not yet in the database. */
  pending: number;
  /** The last write error, while writes fail; null when the last write succeeded. */
  lastError: string | null;
  /** When the current run of failures began (ISO), or null. */
  since: string | null;
  /** Age in ms of the oldest game not yet in the database (0 when none). */
  oldestPendingMs: number;
}

export interface RecorderOptions {
  store: GameStore;
  /** Null: no outbox file (an in-memory database); games wait in memory only. */
  outbox: Outbox | null;
  log: Logger;
  /** Told once per game, when the database has it. */
  onSaved?: (gameId: string) => void;
  /** First retry delay and its cap, in ms. */
  retry?: { firstMs: number; maxMs: number };
  /** One database attempt is abandoned (and retried) after this long. */
  attemptTimeoutMs?: number;
  /** A game waiting longer than this makes storage unhealthy even between failures. */
  staleMs?: number;
  now?: () => number;
}

interface Entry {
  game: FinishedGame;
  /** Whether the outbox holds it (fsynced), or is being given it. */
  durable: boolean | "writing";
  since: number;
  failures: number;
}

export class GameRecorder {
  private readonly entries = new Map<string, Entry>();
  private running: Promise<void> | null = null;
  private stopped = false;
  private failures = 0;
  private lastError: string | null = null;
  private failingSince: number | null = null;
  private wake: (() => void) | null = null;
  private readonly retry: { firstMs: number; maxMs: number };
  private readonly now: () => number;

  constructor(private readonly options: RecorderOptions) {
    this.retry = options.retry ?? { firstMs: 250, maxMs: 15_000 };
    this.now = options.now ?? Date.now;
  }

  /** Takes over what the outbox still owes (games of an earlier run) and starts writing them. */
  start(): void {
    for (const game of this.options.outbox?.pending ?? []) {
      this.entries.set(game.id, { game, durable: true, since: this.now(), failures: 0 });
    }
    if (this.entries.size) this.options.log.warn({ pending: this.entries.size, gameIds: [...this.entries.keys()] }, "outbox: recovering finished games of an earlier run");
    this.kick();
  }

  /** A game just finished: make it durable, then get it into the database. */
  record(game: FinishedGame): void {
    if (this.entries.has(game.id)) return;
    this.entries.set(game.id, { game, durable: false, since: this.now(), failures: 0 });
    // Durable now, even while the writer waits on a slow database.
    void this.makeDurable().then(() => this.kick());
  }

  /** Whether the game is still waiting for the database. */
  isPending(gameId: string): boolean {
    return this.entries.has(gameId);
  }

  health(): StorageHealth {
    const oldest = Math.min(...[...this.entries.values()].map((e) => e.since), this.now());
    const oldestPendingMs = this.now() - oldest;
    return {
      ok: this.lastError === null && oldestPendingMs <= (this.options.staleMs ?? 5_000),
      pending: this.entries.size,
      lastError: this.lastError,
      since: this.failingSince === null ? null : new Date(this.failingSince).toISOString(),
      oldestPendingMs,
    };
  }

  /**
   * Tries to write everything before `deadline` (a Date.now() value), then stops the worker.
   * What is not written stays in the outbox for the next start.
   */
  async stop(deadline: number): Promise<void> {
    this.retryNow(); // one more try at once, then the usual backoff until the deadline
    while (this.entries.size > 0 && this.now() < deadline && this.running) {
      await Promise.race([this.running, sleep(Math.max(0, Math.min(50, deadline - this.now())))]);
    }
    this.stopped = true;
    this.retryNow();
    await Promise.race([this.running, sleep(Math.max(0, deadline - this.now()))]);
    if (this.entries.size) {
      const kept = [...this.entries.values()];
      this.options.log.warn(
        { notSaved: kept.length, inOutbox: kept.filter((e) => e.durable === true).length, gameIds: kept.map((e) => e.game.id) },
        "shutdown: finished games not yet in the database stay in the outbox",
      );
    }
  }

  /** Stop waiting out the backoff: try again at once. */
  retryNow(): void {
    this.wake?.();
  }

  private kick(): void {
    if (this.running) return this.retryNow();
    if (this.stopped) return;
    this.running = this.work().finally(() => {
      this.running = null;
      if (this.entries.size && !this.stopped) this.kick();
    });
  }

  private async work(): Promise<void> {
    while (this.entries.size && !this.stopped) {
      const allSaved = await this.writeEach();
      if (allSaved) continue;
      const delay = Math.min(this.retry.maxMs, this.retry.firstMs * 2 ** Math.min(this.failures - 1, 30));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => (clearTimeout(timer), resolve());
      });
      this.wake = null;
    }
  }

  /** Every waiting game into the outbox first (one fsync for all), whatever the database does. */
  private async makeDurable(): Promise<void> {
    const { outbox } = this.options;
    if (!outbox) return;
    const fresh = [...this.entries.values()].filter((e) => e.durable === false);
    await Promise.all(
      fresh.map((entry) => {
        entry.durable = "writing";
        return outbox.append(entry.game).then(
          () => void (entry.durable = true),
          (err: unknown) => {
            // Tried again on the next pass. The database is still worth trying meanwhile.
            entry.durable = false;
            this.options.log.error({ err, gameId: entry.game.id }, "outbox: could not make the finished game durable");
          },
        );
      }),
    );
  }

  /** The outbox, then one pass over the waiting games, oldest first; false at the first database failure. */
  private async writeEach(): Promise<boolean> {
    await this.makeDurable();
    for (const entry of [...this.entries.values()]) {
      if (this.stopped) return false;
      const { game } = entry;
      try {
        const result = await withTimeout(this.options.store.saveFinishedGame(game), this.options.attemptTimeoutMs ?? 5_000);
        this.entries.delete(game.id);
        if (entry.durable !== false) await this.options.outbox?.markSaved(game.id).catch((err: unknown) => this.options.log.error({ err, gameId: game.id }, "outbox: could not mark the game saved (it will be written again, harmlessly)"));
        if (entry.failures > 0 || this.lastError !== null) {
          this.options.log.info({ gameId: game.id, result, attempts: entry.failures + 1 }, "storage recovered: game recorded");
        } else this.options.log.info({ gameId: game.id, outcome: game.outcome, result }, "game recorded");
        this.failures = 0;
        this.lastError = null;
        this.failingSince = null;
        this.options.onSaved?.(game.id);
      } catch (err) {
        entry.failures += 1;
        this.failures += 1;
        this.lastError = describe(err);
        this.failingSince ??= this.now();
        this.options.log.error({ err, gameId: game.id, attempt: entry.failures, pending: this.entries.size }, "could not record game: will retry");
        return false;
      }
    }
    return true;
  }
}

/** Resolves or rejects like `promise`, or rejects after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`storage did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A short reason: the SQLite code when there is one, and the last line of the message. */
function describe(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  const message = String(e?.message ?? err).trim().split("\n").filter(Boolean).at(-1) ?? "unknown error";
  const code = typeof e?.code === "string" ? e.code : null;
  return (code && !message.includes(code) ? `${code}: ${message}` : message).slice(0, 300);
}
