import { describe, expect, it } from "vitest";
import { seedRng } from "../prng";
import { heartbeatDelay, spyLatency, SPY_LATENCY } from "./delays";
import { LAYERS } from "./types";

describe("delays", () => {
  it("heartbeat delays: 5 ms + a lognormal (median 40 ms, σ 1) — the figures the README states", () => {
    const d = Array.from({ length: 40_000 }, (_, slot) => heartbeatDelay(12345, slot, 40, 1)).sort((a, b) => a - b);
    const median = d[d.length >> 1];
    expect(median).toBeGreaterThanOrEqual(43);
    expect(median).toBeLessThanOrEqual(47);
    const over = (ms: number) => d.filter((x) => x > ms).length / d.length;
    expect(over(500)).toBeGreaterThan(0.004);
    expect(over(500)).toBeLessThan(0.009);
    expect(over(1_000)).toBeLessThan(0.0015);
    expect(d[0]).toBeGreaterThanOrEqual(5);
  });

  it("a heartbeat's delay is a function of the network's seed and its slot alone", () => {
    expect(heartbeatDelay(7, 42, 40, 1)).toBe(heartbeatDelay(7, 42, 40, 1));
    const a = Array.from({ length: 50 }, (_, s) => heartbeatDelay(7, s, 40, 1));
    const b = Array.from({ length: 50 }, (_, s) => heartbeatDelay(8, s, 40, 1));
    expect(a).not.toEqual(b);
  });

  it("spy latencies: above each spy's base, the application spy slowest", () => {
    let rng = seedRng(3);
    for (const layer of LAYERS) {
      const xs: number[] = [];
      for (let i = 0; i < 2_000; i++) {
        const [x, next] = spyLatency(rng, layer);
        xs.push(x);
        rng = next;
      }
      xs.sort((a, b) => a - b);
      expect(xs[0]).toBeGreaterThanOrEqual(SPY_LATENCY[layer].baseMs);
      const median = xs[xs.length >> 1];
      expect(Math.abs(median - SPY_LATENCY[layer].baseMs - SPY_LATENCY[layer].medianMs)).toBeLessThanOrEqual(5);
    }
  });
});
