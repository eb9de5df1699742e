/**
 * The docs are enough to replay a game: a replayer written from docs/trace-format.md alone
 * (docReplayer.testing.ts, no engine code) reproduces the engine's events byte for byte.
 */
import { describe, expect, it } from "vitest";
import { DocGenerator, replayGeneralsFromDocs, replayLoversFromDocs } from "./docReplayer.testing";
import { generals, GENERAL_STRATEGIES } from "./generals";
import { generalsParamsSchema } from "./generals/params";
import { lovers, LOVERS_STRATEGIES } from "./lovers";
import { loversParamsSchema } from "./lovers/params";
import { nextFloat, seedRng } from "./prng";
import { simulate } from "./simulate";
import { sized } from "../testing/tier";

type Json = Record<string, unknown>;

/** Seeded games per scenario. */
const SEEDS = sized(1500, 300);

describe("a replayer written from the docs alone", () => {
  it("draws the same numbers as the engine's generator", () => {
    for (const seed of [0, 1, 2, 42, 0x7fffffff, 0xffffffff, 3141592653]) {
      const doc = new DocGenerator(seed);
      let state = seedRng(seed);
      for (let i = 0; i < 50; i++) {
        const [u, next] = nextFloat(state);
        state = next;
        expect(doc.float()).toBe(u);
      }
    }
  });

  it("reproduces Two Generals events on many seeds, with chance and with an Enemy", () => {
    let captures = 0;
    for (let seed = 0; seed < SEEDS; seed++) {
      const enemy = seed % 5 === 0 ? "bot" : "none";
      const params = generalsParamsSchema.parse({ captureProbability: [0, 0.2, 0.5, 0.9][seed % 4], crossingTicks: 1 + (seed % 3), dawnTick: 6 + (seed % 25), enemy });
      const strategies = { A: GENERAL_STRATEGIES[seed % 6], B: GENERAL_STRATEGIES[(seed >> 2) % 6], enemy: seed % 2 ? "adversarial" : "random" };
      const game = simulate({ scenario: generals, params, seed: (seed * 2654435761) >>> 0, strategies });
      const mine = replayGeneralsFromDocs(params, game.seed, game.inputs as Json[]);
      expect(JSON.stringify(mine)).toBe(JSON.stringify(game.traceEvents()));
      captures += game.events.filter((e) => e.type === "capture").length;
    }
    expect(captures).toBeGreaterThan(SEEDS * 2 / 3);
  });

  it("reproduces the Lovers' events on many seeds, lucky nights included", () => {
    let lost = 0;
    for (let seed = 0; seed < SEEDS; seed++) {
      const params = loversParamsSchema.parse({ lossProbability: [0.1, 0.3, 0.5, 0.9][seed % 4], luckyNight: seed % 7 === 0 });
      const strategies = { alice: LOVERS_STRATEGIES[seed % 5], bob: LOVERS_STRATEGIES[(seed >> 2) % 5] };
      const game = simulate({ scenario: lovers, params, seed, strategies });
      const mine = replayLoversFromDocs(params, seed, game.inputs as Json[]);
      expect(JSON.stringify(mine)).toBe(JSON.stringify(game.traceEvents()));
      lost += game.events.filter((e) => e.type === "lose").length;
    }
    expect(lost).toBeGreaterThan(SEEDS * 2 / 3);
  });
});
