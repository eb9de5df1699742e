/**
 * simulate() now advances through the shared tick-then-bots step. Its traces must be exactly
 * those of the loop it replaced: that loop is kept here, frozen, as the reference.
 */
import { describe, expect, it } from "vitest";
import { ADVERSARY_STRATEGIES, consensus, PROCESS_STRATEGIES } from "./consensus";
import { consensusParamsSchema } from "./consensus/params";
import { generals, GENERAL_STRATEGIES } from "./generals";
import { generalsParamsSchema } from "./generals/params";
import { lovers, LOVERS_STRATEGIES } from "./lovers";
import { loversParamsSchema } from "./lovers/params";
import { GameRecord } from "./record";
import type { AnyScenario } from "./scenario";
import { simulate } from "./simulate";
import { botSeed } from "./step";

/** The simulate() loop before the shared step, verbatim in behaviour. */
function referenceSimulate(scenario: AnyScenario, params: unknown, seed: number, strategies: Record<string, string>, maxTicks = 10_000): GameRecord {
  const record = new GameRecord(scenario, params, seed);
  const seats: string[] = scenario.seats(params);
  for (let t = 0; t < maxTicks && !record.over; t++) {
    for (const seat of seats) {
      for (const move of scenario.botMoves(scenario.view(record.state, seat), strategies[seat], botSeed(seed, seat))) record.apply(scenario.toAction(seat, move));
    }
    record.apply(scenario.tick);
  }
  return record;
}

function expectSame(scenario: AnyScenario, params: unknown, seed: number, strategies: Record<string, string>, maxTicks?: number): number {
  const now = simulate({ scenario, params, seed, strategies, maxTicks });
  const before = referenceSimulate(scenario, params, seed, strategies, maxTicks);
  expect(JSON.stringify(now.inputs)).toBe(JSON.stringify(before.inputs));
  expect(JSON.stringify(now.traceEvents())).toBe(JSON.stringify(before.traceEvents()));
  return now.inputs.length;
}

describe("simulate() through the shared step plays exactly as before", () => {
  it("Two Generals, with chance and with an Enemy (300 seeds)", () => {
    let inputs = 0;
    for (let seed = 0; seed < 300; seed++) {
      const params = generalsParamsSchema.parse({ captureProbability: [0, 0.2, 0.5, 0.9][seed % 4], crossingTicks: 1 + (seed % 3), dawnTick: 6 + (seed % 25), enemy: seed % 3 === 0 ? "bot" : "none" });
      const strategies = { A: GENERAL_STRATEGIES[seed % 6], B: GENERAL_STRATEGIES[(seed >> 2) % 6], enemy: seed % 2 ? "adversarial" : "random" };
      inputs += expectSame(generals, params, (seed * 2654435761) >>> 0, strategies);
    }
    expect(inputs).toBeGreaterThan(3000);
  });

  it("the Lovers (300 seeds)", () => {
    for (let seed = 0; seed < 300; seed++) {
      const params = loversParamsSchema.parse({ lossProbability: [0.1, 0.3, 0.5, 0.9][seed % 4], luckyNight: seed % 7 === 0 });
      expectSame(lovers, params, seed, { alice: LOVERS_STRATEGIES[seed % 5], bob: LOVERS_STRATEGIES[(seed >> 2) % 5] });
    }
  });

  it("consensus with crashes and an adversary (300 seeds)", () => {
    for (let seed = 0; seed < 300; seed++) {
      const n = 3 + (seed % 5);
      const params = consensusParamsSchema.parse({ n, detector: (["P", "EP", "S", "ES", "W", "EW"] as const)[seed % 6], f: seed % 2, gst: 5 + (seed % 20), adversary: seed % 3 === 0 ? "bot" : "none", maxTicks: 80 });
      const strategies: Record<string, string> = {};
      for (const seat of consensus.seats(params) as string[]) strategies[seat] = seat === "adversary" ? ADVERSARY_STRATEGIES[seed % 2] : PROCESS_STRATEGIES[seed % 7 === 0 ? 1 : 0];
      expectSame(consensus, params, seed, strategies);
    }
  });

  it("a run cut short by maxTicks stops after the tick, as before", () => {
    for (let seed = 0; seed < 50; seed++) {
      const params = generalsParamsSchema.parse({ captureProbability: 0.3, dawnTick: 30 });
      expectSame(generals, params, seed, { A: "chain-6", B: "chain-6" }, 1 + (seed % 12));
    }
  });
});
