/**
 * The live-game journal: every unfinished game's header (scenario, params, seed, seats with their
 * token hashes) and every input its room accepted, in order, written to the database so a
 * restarted server can replay each game to where it stood (server/rooms/restore.ts).
 *
 * Writes are grouped: whatever the rooms journal while one write is in flight goes in the next,
 * one transaction for all rooms (a group commit). `durable` tells a caller when everything
 * journaled so far is written, which is when a move is acknowledged. A failed write is retried
 * with capped backoff and nothing is dropped meanwhile; `health` says what is wrong.
 */
import type { GameContext } from "../storage/types";

/** A seat as the journal keeps it: never the token, only its hash. */
export interface StoredSeat {
  seat: string;
  kind: "human" | "bot";
  strategy: string | null;
  name: string | null;
  playerId: string | null;
  /** Set when a Bot API bot holds the seat (docs/bot-api.md); absent in headers written before. */
  botId?: string | null;
  tokenHash: string | null;
  /** A Bot API bot's seat: its timeouts and refused moves so far (absent while 0, and in older headers). */
  timeouts?: number;
  refused?: number;
}

export interface LiveGameHeader {
  id: string;
  code: string;
  scenario: string;
  params: unknown;
  seed: number;
  tickMs: number;
  seats: StoredSeat[];
  context: GameContext | null;
  friends: boolean;
  /** When tick 0 began; null before. */
  startedAt: Date | null;
}

export interface JournalInput {
  gameId: string;
  /** Position among the game's inputs, from 0. */
  seq: number;
  action: { type: string };
}

/** One write: headers first (upserted), then inputs, then the games to forget. */
export interface JournalBatch {
  headers: LiveGameHeader[];
  inputs: JournalInput[];
  drops: string[];
}

export interface StoredLiveGame {
  header: LiveGameHeader;
  inputs: { type: string }[];
}

/** What a fenced store (cluster mode) refused: games whose lease this node lost. */
export interface JournalWriteResult {
  fenced: string[];
}

export interface JournalStore {
  /**
   * Write a batch in one transaction: all of it or nothing, except that a fenced store leaves out
   * (and answers) the games whose lease moved to another node.
   */
  write(batch: JournalBatch): Promise<void | JournalWriteResult>;
  /** Every game journaled and not dropped, with its inputs in order. */
  load(): Promise<StoredLiveGame[]>;
}

export interface JournalHealth {
  ok: boolean;
  /** Headers, inputs and drops not yet written. */
  pending: number;
  lastError: string | null;
  /** When the current run of failures began (ISO), or null. */
  since: string | null;
}

export interface JournalOptions {
  /** First retry delay and its cap, ms. */
  retry?: { firstMs: number; maxMs: number };
  /**
   * Games whose write was refused because another node owns them now: nothing of theirs landed and
   * nothing more of theirs is journaled; the caller drops their rooms.
   */
  onFenced?: (gameIds: string[]) => void;
}

export class Journal {
  private headers = new Map<string, LiveGameHeader>();
  private inputs: JournalInput[] = [];
  private drops = new Set<string>();
  /** Counts every change journaled; `written` is the count the database has. */
  private journaled = 0;
  private written = 0;
  private writing = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private lastError: string | null = null;
  private failingSince: number | null = null;
  private waiters: { upTo: number; resolve: (done: boolean) => void }[] = [];
  /** Work held until what was journaled before it is written (`whenDurable`), in order. */
  private deferred: { upTo: number; run: () => void }[] = [];
  private readonly retry: { firstMs: number; maxMs: number };
  private readonly onFenced: ((gameIds: string[]) => void) | undefined;
  /** Games this node lost: what they journal from now on is ignored. */
  private readonly fenced = new Set<string>();

  constructor(
    private readonly store: JournalStore,
    options: JournalOptions = {},
  ) {
    this.retry = options.retry ?? { firstMs: 100, maxMs: 5_000 };
    this.onFenced = options.onFenced;
  }

  /** A game's header, new or changed (the latest one wins). */
  header(header: LiveGameHeader): void {
    if (this.fenced.has(header.id)) return;
    this.headers.set(header.id, header);
    this.changed();
  }

  input(entry: JournalInput): void {
    if (this.fenced.has(entry.gameId)) return;
    this.inputs.push(entry);
    this.changed();
  }

  /** The game is stored as finished (or never began and expired): forget it. */
  drop(gameId: string): void {
    if (this.fenced.has(gameId)) return;
    this.drops.add(gameId);
    this.changed();
  }

  /** Whether writes are failing now: new work cannot be made durable. */
  get failing(): boolean {
    return this.lastError !== null;
  }

  /**
   * Resolves true once everything journaled before the call is written; false at once while writes
   * fail, or if the write takes longer than `withinMs` (it goes on being retried either way).
   */
  durable(withinMs: number): Promise<boolean> {
    const upTo = this.journaled;
    if (this.written >= upTo) return Promise.resolve(true);
    if (this.failing) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter = { upTo, resolve };
      this.waiters.push(waiter);
      setTimeout(() => {
        if (!this.waiters.includes(waiter)) return;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        resolve(false);
      }, withinMs).unref();
    });
  }

  /**
   * Run `run` once everything journaled before this call is written: at once when it is, or while
   * writes fail (games go on in memory then). The server sends the seats' views this way, so no
   * player sees a move that a crash could still take back. Runs keep their order.
   */
  whenDurable(run: () => void): void {
    this.deferred.push({ upTo: this.journaled, run });
    if (this.written >= this.journaled || this.failing) this.release();
  }

  health(): JournalHealth {
    return {
      ok: this.lastError === null,
      pending: this.pendingCount(),
      lastError: this.lastError,
      since: this.failingSince === null ? null : new Date(this.failingSince).toISOString(),
    };
  }

  /** Write what is pending, retrying until written or `deadline` (epoch ms). Answers whether all of it is. */
  async close(deadline: number): Promise<boolean> {
    while (Date.now() < deadline) {
      if (this.written >= this.journaled && !this.writing) {
        this.release();
        return true;
      }
      if (!this.writing) {
        if (this.retryTimer) clearTimeout(this.retryTimer);
        this.retryTimer = null;
        void this.flush();
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.written >= this.journaled;
  }

  private pendingCount(): number {
    return this.headers.size + this.inputs.length + this.drops.size;
  }

  private changed(): void {
    this.journaled++;
    if (!this.writing && !this.retryTimer) {
      this.writing = true;
      // Everything journaled in this turn of the event loop goes in the same write.
      setImmediate(() => void this.flush(true));
    }
  }

  private async flush(scheduled = false): Promise<void> {
    if (this.writing && !scheduled) return;
    this.writing = true;
    const upTo = this.journaled;
    const batch: JournalBatch = { headers: [...this.headers.values()], inputs: this.inputs, drops: [...this.drops] };
    this.headers = new Map();
    this.inputs = [];
    this.drops = new Set();
    try {
      if (batch.headers.length + batch.inputs.length + batch.drops.length > 0) {
        const result = await this.store.write(batch);
        if (result && result.fenced.length > 0) this.lose(result.fenced);
      }
      this.written = upTo;
      this.failures = 0;
      this.lastError = null;
      this.failingSince = null;
      this.wakeWaiters();
      // The answers waiting for this write go out first (their promises run before an immediate), then the views.
      setImmediate(() => this.release());
    } catch (err) {
      this.putBack(batch);
      this.failures++;
      this.lastError = err instanceof Error ? err.message : String(err);
      this.failingSince ??= Date.now();
      // Nobody waits on a failing disk: the callers go on, and the backlog is written when it is back.
      for (const w of this.waiters.splice(0)) w.resolve(false);
      this.release();
      const delay = Math.min(this.retry.maxMs, this.retry.firstMs * 2 ** (this.failures - 1));
      this.writing = false;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        void this.flush();
      }, delay);
      this.retryTimer.unref();
      return;
    }
    this.writing = false;
    if (this.written < this.journaled) void this.flush();
  }

  /** Another node owns these games: forget what is pending for them and let the caller drop them. */
  private lose(gameIds: string[]): void {
    for (const id of gameIds) {
      this.fenced.add(id);
      this.headers.delete(id);
      this.drops.delete(id);
    }
    this.inputs = this.inputs.filter((i) => !this.fenced.has(i.gameId));
    this.onFenced?.(gameIds);
  }

  /** A failed batch goes back in front of what came since, so the order is kept. */
  private putBack(batch: JournalBatch): void {
    const newer = this.headers;
    this.headers = new Map(batch.headers.map((h) => [h.id, h]));
    for (const [id, h] of newer) this.headers.set(id, h);
    this.inputs = [...batch.inputs, ...this.inputs];
    for (const id of batch.drops) this.drops.add(id);
  }

  /** Run the deferred work whose changes are written (all of it while writes fail), in order. */
  private release(): void {
    let ready = 0;
    while (ready < this.deferred.length && (this.failing || this.deferred[ready].upTo <= this.written)) ready++;
    for (const d of this.deferred.splice(0, ready)) {
      try {
        d.run();
      } catch {
        // A send that throws (a socket gone) must not hold back the others.
      }
    }
  }

  private wakeWaiters(): void {
    const still: typeof this.waiters = [];
    for (const w of this.waiters) {
      if (w.upTo <= this.written) w.resolve(true);
      else still.push(w);
    }
    this.waiters = still;
  }
}
