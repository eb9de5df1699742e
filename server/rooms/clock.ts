import { TickWheel } from "./tickWheel";

/**
 * Where rooms and class sessions get time from. The real clock is one shared tick wheel for
 * every room's ticks (tickWheel.ts), `setTimeout` and `Date.now`; tests pass a manual one
 * (server/testing/manualClock.ts) so that every tick happens when they say, which makes a game's packets a function of its inputs alone.
 */
export interface RoomClock {
  /**
   * Call `run` every `ms` milliseconds until the returned function is called. `key` names the
   * caller (a room passes its game id) so a manual clock can advance one room at a time.
   */
  every(ms: number, run: () => unknown, key: string): () => void;
  /** Epoch milliseconds (games and class rounds stamp their start and end with it). */
  now(): number;
  /**
   * Call `run` once, `ms` milliseconds from now, unless the returned function is called first.
   * It never keeps the process alive (grace periods, expiries, throttled pushes). `key`, when
   * given, names the caller as for `every` (a room's countdown passes its game id).
   */
  after(ms: number, run: () => unknown, key?: string): () => void;
}

/** Every room of the process ticks on this one wheel: one timer, however many rooms run. */
export const sharedWheel = new TickWheel();

export const realClock: RoomClock = {
  every: (ms, run) => sharedWheel.every(ms, run),
  now: () => Date.now(),
  after(ms, run) {
    const timer = setTimeout(() => void run(), ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};
