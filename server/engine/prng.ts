/**
 * Seeded randomness that lives inside game state.
 *
 * The generator's whole state is a plain array of numbers, so it can be stored in the
 * game state, copied, compared and replayed. It never leaves the server: views are built
 * from explicit fields and never include it.
 */
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
    x = (x + GOLDEN) | 0;
    words.push(splitMix(x));
  }
  if (!words.some((w) => w !== 0)) words[0] = 1; // the all-zero state is a fixed point
  return words;
}

const GOLDEN = 0x9e3779b9;

/** SplitMix32's output for its counter `x`. */
function splitMix(x: number): number {
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

/**
 * A float in [0, 1) and the advanced state. One step of xoroshiro128+ exactly as pure-rand 8
 * steps it (state [s01, s00, s11, s10]; prng.test.ts holds the two together), written out
 * because building pure-rand's generator object for every draw was a top frame of headless runs.
 */
export function nextFloat(state: RngState): [number, RngState] {
  if (state.length !== 4) throw new Error("The state must have been produced by a xoroshiro128plus RandomGenerator");
  const s01 = state[0];
  const s00 = state[1];
  const s11 = state[2];
  const s10 = state[3];
  const out = (s00 + s10) | 0;
  const a0 = s10 ^ s00;
  const a1 = s11 ^ s01;
  const next = [(s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16)), (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16), (a0 << 5) ^ (a1 >>> 27), (a1 << 5) ^ (a0 >>> 27)];
  // out is a signed 32-bit integer; shift it into [0, 2^32) and scale.
  return [(out >>> 0) / 0x1_0000_0000, next];
}

/**
 * `nextFloat(seedRng(seed))[0]`, the bots' one-off draws, without building either state. The
 * first output is s00 + s10, i.e. the second and fourth SplitMix32 words (the all-zero fix-up
 * only touches the first).
 */
export function firstFloat(seed: number): number {
  const x1 = ((seed >>> 0) + 2 * GOLDEN) | 0;
  const x3 = ((seed >>> 0) + 4 * GOLDEN) | 0;
  return (((splitMix(x1) + splitMix(x3)) | 0) >>> 0) / 0x1_0000_0000;
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
