/**
 * A clock that moves only when a test says so: each room's ticks happen on `advance(gameId)`,
 * and one-shot timers (grace periods, expiries, dashboard pushes) on `elapse(ms)`, never on a
 * real timer, so how fast the machine runs cannot change what a seat receives.
 */
import type { RoomClock } from "../rooms/clock";

export class ManualClock implements RoomClock {
  private readonly timers = new Map<string, () => unknown>();
  /** One-shot timers not yet due, by due time (ties in the order they were set). */
  private pending: { due: number; order: number; run: () => unknown; key?: string }[] = [];
  private setCount = 0;

  /** `now()` starts here and moves only on `elapse`: a class round's stamps are the same in every run. */
  constructor(private epochMs = 1_767_225_600_000) {}

  every(_ms: number, run: () => unknown, key: string): () => void {
    this.timers.set(key, run);
    return () => {
      if (this.timers.get(key) === run) this.timers.delete(key);
    };
  }

  now(): number {
    return this.epochMs;
  }

  after(ms: number, run: () => unknown, key?: string): () => void {
    const timer = { due: this.epochMs + ms, order: this.setCount++, run, key };
    this.pending.push(timer);
    return () => {
      this.pending = this.pending.filter((t) => t !== timer);
    };
  }

  /** Move `now()` on by `ms`, running every one-shot timer that falls due, in due order. */
  async elapse(ms: number): Promise<void> {
    const until = this.epochMs + ms;
    for (;;) {
      const next = this.pending.filter((t) => t.due <= until).sort((a, b) => a.due - b.due || a.order - b.order)[0];
      if (!next) break;
      this.pending = this.pending.filter((t) => t !== next);
      this.epochMs = next.due;
      await next.run();
    }
    this.epochMs = until;
  }

  /**
   * Run now, in the order they were set, the one-shot timers set under `key` (a room's countdown),
   * due or not, without moving `now()`: games played side by side share this clock, so none of
   * them may move its time (their packets would then depend on the others). Resolves when they ran.
   */
  async runTimers(key: string): Promise<void> {
    const mine = this.pending.filter((t) => t.key === key).sort((a, b) => a.order - b.order);
    this.pending = this.pending.filter((t) => t.key !== key);
    for (const t of mine) await t.run();
  }

  /** Whether `key`'s clock is running (its room has started and not finished or paused). */
  running(key: string): boolean {
    return this.timers.has(key);
  }

  /** One tick of `key`'s clock; resolves when the room has handled it. */
  async advance(key: string): Promise<void> {
    const run = this.timers.get(key);
    if (!run) throw new Error(`ManualClock: no running clock for ${key}`);
    await run();
  }
}
