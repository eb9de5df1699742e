/**
 * A clock that moves only when a test says so: each room's ticks happen on `advance(gameId)`,
 * never on a timer, so how fast the machine runs cannot change what a seat receives.
 */
import type { RoomClock } from "../rooms/clock";

export class ManualClock implements RoomClock {
  private readonly timers = new Map<string, () => unknown>();

  /** `now()` returns this, fixed: a class round's start and end stamps are then the same in every run. */
  constructor(private readonly epochMs = 1_767_225_600_000) {}

  every(_ms: number, run: () => unknown, key: string): () => void {
    this.timers.set(key, run);
    return () => {
      if (this.timers.get(key) === run) this.timers.delete(key);
    };
  }

  now(): number {
    return this.epochMs;
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
