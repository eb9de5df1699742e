/**
 * Delays, drawn from seeded generators (../prng.ts).
 *
 * A heartbeat's one-way delay is 5 ms plus a lognormal: median `netMedianMs`, shape `netSigma`
 * (defaults 40 ms and 1: half the heartbeats take under 45 ms, about 1 in 170 more than 500 ms,
 * about 1 in 1,400 more than 1 s). It is a function of the network's seed and the heartbeat's
 * slot alone (slot k is the heartbeat due at k·heartbeatMs), not of a generator that moves
 * with other draws: the same seed gives the same network whatever the operator does, so
 * compare() can run several detectors on one world.
 *
 * A spy's latency (its answer or a kill's confirmation, ask to answer) is a base plus a lognormal
 * (σ 0.5), drawn from the spies' generator in the state, two floats per request, in request order.
 */
import { nextFloat, seedRng, type RngState } from "../prng";
import type { Layer } from "./types";

/** The standard normal from two uniforms (Box–Muller, cosine branch). */
export function normal(u1: number, u2: number): number {
  return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
}

/** The generator of heartbeat slot `slot` on the network seeded `netSeed`. */
export function slotRng(netSeed: number, slot: number): RngState {
  return seedRng((netSeed ^ Math.imul(slot + 1, 0x9e3779b1)) >>> 0);
}

export const NET_FLOOR_MS = 5;

/** The one-way delay (whole ms) of the heartbeat of slot `slot`. */
export function heartbeatDelay(netSeed: number, slot: number, medianMs: number, sigma: number): number {
  const [u1, r1] = nextFloat(slotRng(netSeed, slot));
  const [u2] = nextFloat(r1);
  return Math.round(NET_FLOOR_MS + medianMs * Math.exp(sigma * normal(u1, u2)));
}

/**
 * Each spy's latency: base + median·e^(0.5·Z) ms. The application spy's base is its local check
 * (it asks the application and waits up to 150 ms for it to answer before calling it hung).
 */
export const SPY_LATENCY: Record<Layer, { baseMs: number; medianMs: number }> = {
  switch: { baseMs: 5, medianMs: 15 },
  vm: { baseMs: 10, medianMs: 30 },
  os: { baseMs: 20, medianMs: 50 },
  app: { baseMs: 150, medianMs: 100 },
};
export const SPY_SIGMA = 0.5;

/** What one query to each spy costs, in resource units (the heavier the spy, the dearer). */
export const SPY_COST: Record<Layer, number> = { switch: 1, vm: 2, os: 2, app: 3 };

export function spyLatency(rng: RngState, layer: Layer): [number, RngState] {
  const [u1, r1] = nextFloat(rng);
  const [u2, r2] = nextFloat(r1);
  const { baseMs, medianMs } = SPY_LATENCY[layer];
  return [Math.round(baseMs + medianMs * Math.exp(SPY_SIGMA * normal(u1, u2))), r2];
}
