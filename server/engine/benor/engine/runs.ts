/**
 * Whole Ben-Or runs against an adversary bot, headless: for the property test, the bench and the
 * UI's chart of rounds to decide (issue 14: "over many runs the game shows the distribution of
 * rounds to decide: it terminates with probability 1").
 */
import { seedRng, type RngState } from "../../prng";
import type { Bit } from "../../flp/model";
import { benOrBotMove, type BenOrBotId, type RandomBotOptions, type SplitterOptions } from "./bots";
import { adversaryView, allLiveDecided, applyBenOr, createBenOr, lastDecisionRound, type BenOrState } from "./game";

export interface RunOptions extends SplitterOptions, RandomBotOptions {
  /** Default 3. */
  n?: number;
  f?: number;
  inputs?: readonly Bit[];
  bot?: BenOrBotId;
  /** Have the engine enforce the bots' fairness bound too (it refuses an unfair move; the run throws). */
  enforceBound?: boolean;
  /** A safety cap on adversary moves; a run that reaches it is reported as capped. Default 100,000. */
  maxSteps?: number;
}

export interface RunResult {
  state: BenOrState;
  steps: number;
  capped: boolean;
}

/** One run from seed `seed` (inputs from the seed unless given) until every live process has decided. */
export function runBenOr(seed: number, options: RunOptions = {}): RunResult {
  const n = options.n ?? 3;
  const bound = options.enforceBound ? (options.bound ?? 3 * n * n) : null;
  let state = createBenOr({ n, f: options.f, inputs: options.inputs, bound }, seed);
  // The random bot's own stream, unrelated to the coins' (a different seed word).
  let botRng: RngState = seedRng((seed ^ 0x5bd1e995) >>> 0);
  const maxSteps = options.maxSteps ?? 100_000;
  const bot = options.bot ?? "splitter";
  while (!allLiveDecided(state) && state.steps < maxSteps) {
    const next = benOrBotMove(bot, adversaryView(state), botRng, options);
    const move = next.move;
    botRng = next.rng;
    const result = applyBenOr(state, move);
    if (!result.ok) throw new Error(`The ${bot} bot made a refused move ${JSON.stringify(move)}: ${result.error.message} (seed ${seed})`);
    state = result.state;
  }
  return { state, steps: state.steps, capped: !allLiveDecided(state) };
}

export interface RoundsDistribution {
  runs: number;
  /** histogram[r]: runs whose last live process decided in round r (index 0 unused). */
  histogram: number[];
  mean: number;
  max: number;
  /** Runs stopped by the step cap before every live process decided (expected: 0). */
  capped: number;
  /** Runs in which the bot used a crash. */
  withCrash: number;
}

/** Runs with seeds seed0, seed0 + 1, ... against the bot (default the splitter), n = 3 unless told. */
export function roundsDistribution(runs: number, seed0: number, options: RunOptions = {}): RoundsDistribution {
  const histogram: number[] = [0];
  let sum = 0;
  let capped = 0;
  let withCrash = 0;
  for (let i = 0; i < runs; i++) {
    const result = runBenOr((seed0 + i) >>> 0, options);
    if (result.state.crashed.length > 0) withCrash++;
    const round = lastDecisionRound(result.state);
    if (result.capped || round === null) {
      capped++;
      continue;
    }
    while (histogram.length <= round) histogram.push(0);
    histogram[round]++;
    sum += round;
  }
  const decided = runs - capped;
  return { runs, histogram, mean: decided ? sum / decided : Number.NaN, max: histogram.length - 1, capped, withCrash };
}
