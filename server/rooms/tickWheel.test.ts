/**
 * The shared tick wheel on fake timers: every room keeps its own period and phase, rooms in the
 * same slot share one wake-up, a stopped (paused) room ticks no more and can start again, and the
 * wheel holds no timer once no room runs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TickWheel } from "./tickWheel";

let wheel: TickWheel;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
  wheel = new TickWheel(10, () => Date.now());
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the tick wheel", () => {
  it("ticks each room at its own period, never early, one slot late at most, without drift", () => {
    const start = Date.now();
    const at: Record<string, number[]> = { a: [], b: [], c: [] };
    wheel.every(1000, () => at.a.push(Date.now() - start));
    vi.advanceTimersByTime(333);
    wheel.every(1000, () => at.b.push(Date.now() - start));
    wheel.every(250, () => at.c.push(Date.now() - start));
    vi.advanceTimersByTime(10_100);
    expect(at.a).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000]);
    expect(at.b).toHaveLength(10);
    at.b.forEach((t, i) => expect(t - (333 + 1000 * (i + 1))).toBeGreaterThanOrEqual(0));
    at.b.forEach((t, i) => expect(t - (333 + 1000 * (i + 1))).toBeLessThan(10));
    expect(at.c).toHaveLength(40);
    expect(at.c.at(-1)).toBeLessThan(333 + 250 * 40 + 10);
  });

  it("rooms due in the same slot share one timer", () => {
    const runs: number[] = [];
    for (let i = 0; i < 500; i++) wheel.every(1000, () => runs.push(i));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(runs).toHaveLength(500);
    expect(vi.getTimerCount()).toBe(1);
  });

  it("stops one room (pause) while the others go on, starts it again (resume), and holds no timer when none runs", () => {
    let a = 0;
    let b = 0;
    const stopA = wheel.every(100, () => a++);
    const stopB = wheel.every(100, () => b++);
    vi.advanceTimersByTime(300);
    stopA();
    vi.advanceTimersByTime(300);
    expect([a, b]).toEqual([3, 6]);
    const stopA2 = wheel.every(100, () => a++);
    vi.advanceTimersByTime(200);
    expect([a, b]).toEqual([5, 8]);
    stopA2();
    stopB();
    stopB();
    expect(wheel.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a room that stops itself or another one inside its tick takes effect at once", () => {
    const ran: string[] = [];
    const stops: Record<string, () => void> = {};
    stops.a = wheel.every(100, () => {
      ran.push("a");
      stops.a();
      stops.b();
    });
    stops.b = wheel.every(100, () => ran.push("b"));
    vi.advanceTimersByTime(500);
    expect(ran).toEqual(["a"]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a late wheel does not replay the ticks it missed", () => {
    let n = 0;
    wheel.every(100, () => n++);
    vi.setSystemTime(Date.now() + 1000);
    vi.advanceTimersByTime(100);
    expect(n).toBe(1);
    vi.advanceTimersByTime(100);
    expect(n).toBe(2);
  });
});
