/**
 * Seeded randomness that lives inside game state.
 *
 * The generator's whole state is a plain array of numbers, so it can be stored in the
 * game state, copied, compared and replayed. It never leaves the server: views are built
 * from explicit fields and never include it.
 */
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";

export type RngState = readonly number[];

/**
 * The initial generator state for a 32-bit seed. Nearby seeds (0, 1, 2, ...) must give
 * unrelated streams, so the four state words come from a SplitMix32 sequence, as the
 * xoroshiro authors advise, rather than from the seed itself.
 */
export function seedRng(seed: number): RngState {
  let x = seed >>> 0;
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    words.push((z ^ (z >>> 16)) | 0);
  }
  if (!words.some((w) => w !== 0)) words[0] = 1; // the all-zero state is a fixed point
  return words;
}

/** A float in [0, 1) and the advanced state. */
export function nextFloat(state: RngState): [number, RngState] {
  const rng = xoroshiro128plusFromState(state);
  // next() is a signed 32-bit integer; shift it into [0, 2^32) and scale.
  const value = (rng.next() >>> 0) / 0x1_0000_0000;
  return [value, rng.getState()];
}

/** An integer in [from, to] and the advanced state. */
export function nextInt(state: RngState, from: number, to: number): [number, RngState] {
  const [u, next] = nextFloat(state);
  return [from + Math.floor(u * (to - from + 1)), next];
}

/**
 * A small mutable generator for code outside the engine (bots, simulations) that wants
 * its own seeded stream without threading state through every call.
 */
export class SeededRandom {
  private state: RngState;
  constructor(seed: number) {
    this.state = seedRng(seed);
  }
  float(): number {
    const [v, s] = nextFloat(this.state);
    this.state = s;
    return v;
  }
  int(from: number, to: number): number {
    const [v, s] = nextInt(this.state, from, to);
    this.state = s;
    return v;
  }
}
