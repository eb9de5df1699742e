/**
 * A clock for socket tests that let most games run in real time but must stop one: every room
 * ticks on a real interval until the test holds it (`hold(gameId)`); from then on it ticks only
 * on `advance(gameId)`, through the room's own queue, exactly as its timer would have.
 */
import { realClock, type RoomClock } from "../rooms/clock";

export class HoldableClock implements RoomClock {
  private readonly runs = new Map<string, () => unknown>();
  private readonly timers = new Map<string, () => void>();
  private readonly held = new Set<string>();

  every(ms: number, run: () => unknown, key: string): () => void {
    this.runs.set(key, run);
    if (!this.held.has(key)) this.timers.set(key, realClock.every(ms, run, key));
    return () => {
      if (this.runs.get(key) !== run) return;
      this.runs.delete(key);
      this.timers.get(key)?.();
      this.timers.delete(key);
    };
  }

  now(): number {
    return realClock.now();
  }

  after(ms: number, run: () => unknown): () => void {
    return realClock.after(ms, run);
  }

  /** Whether `key`'s clock is running (its room has started and not finished or paused). */
  running(key: string): boolean {
    return this.runs.has(key);
  }

  /** Stop `key`'s real ticks: from now on it ticks only on `advance`. Its clock must be running. */
  hold(key: string): void {
    if (!this.runs.has(key)) throw new Error(`HoldableClock: no running clock for ${key}`);
    this.held.add(key);
    this.timers.get(key)?.();
    this.timers.delete(key);
  }

  /** One tick of a held clock; resolves with the room's answer once it has handled it. */
  async advance(key: string): Promise<unknown> {
    const run = this.runs.get(key);
    if (!run) throw new Error(`HoldableClock: no running clock for ${key}`);
    if (!this.held.has(key)) throw new Error(`HoldableClock: ${key} runs in real time; hold it first`);
    return await run();
  }
}
