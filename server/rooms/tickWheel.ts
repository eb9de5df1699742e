/**
 * One timer for every room's ticks: a room's clock is an entry in a slot of this wheel, not an
 * interval of its own, so 500 rooms cost one pending timer and at most one wake-up per slot.
 * Slots are `resolutionMs` wide: rooms whose next tick falls in the same slot (same `tickMs`,
 * started within a slot of each other) share it for the rest of their games. A room keeps its own
 * phase: a tick is never early and at most one slot late, and lateness does not accumulate
 * (the next due time is the last due time plus `ms`, as an interval's would be).
 */
import { performance } from "node:perf_hooks";

interface Entry {
  ms: number;
  run: () => unknown;
  /** When it is next due, on the wheel's monotonic time (unrounded, so nothing drifts). */
  due: number;
  slot: Slot | null;
}

interface Slot {
  at: number;
  entries: Set<Entry>;
}

export class TickWheel {
  /** Live slots by their time (a multiple of the resolution). */
  private readonly slots = new Map<number, Slot>();
  /** The slots' times, ascending. */
  private readonly times: number[] = [];
  private timer: NodeJS.Timeout | null = null;
  private armedAt = Infinity;

  constructor(
    private readonly resolutionMs = 10,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Call `run` every `ms` milliseconds until the returned function is called (pause and stop alike). */
  every(ms: number, run: () => unknown): () => void {
    const entry: Entry = { ms: Math.max(1, ms), run, due: 0, slot: null };
    entry.due = this.now() + entry.ms;
    this.place(entry);
    this.arm();
    return () => this.remove(entry);
  }

  /** How many clocks run now (for tests and health). */
  get size(): number {
    let n = 0;
    for (const slot of this.slots.values()) n += slot.entries.size;
    return n;
  }

  private place(entry: Entry): void {
    const at = Math.ceil(entry.due / this.resolutionMs) * this.resolutionMs;
    let slot = this.slots.get(at);
    if (!slot) {
      slot = { at, entries: new Set() };
      this.slots.set(at, slot);
      this.times.splice(insertionIndex(this.times, at), 0, at);
    }
    slot.entries.add(entry);
    entry.slot = slot;
  }

  private remove(entry: Entry): void {
    const slot = entry.slot;
    if (!slot) return;
    entry.slot = null;
    slot.entries.delete(entry);
    if (slot.entries.size === 0) this.drop(slot);
  }

  private drop(slot: Slot): void {
    if (this.slots.get(slot.at) !== slot) return;
    this.slots.delete(slot.at);
    this.times.splice(insertionIndex(this.times, slot.at), 1);
    if (this.times.length === 0) this.disarm();
  }

  /** Make the one timer fire at the earliest slot. */
  private arm(): void {
    const next = this.times[0];
    if (next === undefined || next >= this.armedAt) return;
    this.disarm();
    this.armedAt = next;
    this.timer = setTimeout(() => this.fire(), Math.max(0, next - this.now()));
    // Rooms live as long as their server does; a closed server's process may exit with games in memory.
    this.timer.unref();
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.armedAt = Infinity;
  }

  /** Run every slot that is due, each entry rescheduled before it runs (its run may stop it). */
  private fire(): void {
    this.timer = null;
    this.armedAt = Infinity;
    const now = this.now();
    while (this.times.length > 0 && this.times[0] <= now) {
      const slot = this.slots.get(this.times[0]) as Slot;
      this.drop(slot);
      for (const entry of slot.entries) {
        if (entry.slot !== slot) continue;
        // A late wheel does not play the missed ticks at once: like an interval, it goes on from now.
        entry.due = entry.due + entry.ms > now ? entry.due + entry.ms : now + entry.ms;
        this.place(entry);
        try {
          void entry.run();
        } catch (err) {
          // One room's fault stays loud without stopping the others' ticks.
          queueMicrotask(() => {
            throw err;
          });
        }
      }
    }
    this.arm();
  }
}

/** Where `value` goes in the ascending `sorted` (or where it is). */
function insertionIndex(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
