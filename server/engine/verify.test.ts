import { describe, expect, it } from "vitest";
import { consensus } from "./consensus";
import { consensusParamsSchema } from "./consensus/params";
import { generals } from "./generals";
import { generalsParamsSchema } from "./generals/params";
import type { GeneralsAction, GeneralsState } from "./generals/types";
import { lovers } from "./lovers";
import { loversParamsSchema } from "./lovers/params";
import { SeededRandom } from "./prng";
import { GameRecord } from "./record";
import type { AnyScenario } from "./scenario";
import { simulate } from "./simulate";
import { verifyTrace, type StoredGame } from "./verify";

function stored(scenario: AnyScenario, params: unknown, seed: number, strategies: Record<string, string>): StoredGame {
  const game = simulate({ scenario, params, seed, strategies });
  const summary = scenario.summarize(game.state);
  return { scenario: scenario.id, params, seed, inputs: game.inputs, events: game.traceEvents(), outcome: summary.outcome, result: summary.seats as StoredGame["result"], checks: summary.checks };
}

const generalsGame = (seed: number) => stored(generals, generalsParamsSchema.parse({ captureProbability: 0.3 }), seed, { A: "chain-4", B: "chain-4" });
const loversGame = (seed: number) => stored(lovers, loversParamsSchema.parse({ lossProbability: 0.3 }), seed, { alice: "chain-3", bob: "chain-3" });

/** Generals who send at random (bots rarely leave a chain they cannot see): where depth and chain part. */
function restlessGame(seed: number): StoredGame {
  const params = generalsParamsSchema.parse({ captureProbability: 0.35, crossingTicks: 1, dawnTick: 12 });
  const record = new GameRecord<GeneralsState, GeneralsAction>(generals, params, seed);
  const random = new SeededRandom(seed);
  while (!record.over) {
    for (const seat of ["A", "B"] as const) if (random.float() < 0.6) record.apply({ type: "send", seat, kind: seat === "A" ? "plan" : "ack" });
    record.apply({ type: "tick" });
  }
  const summary = generals.summarize(record.state);
  return { scenario: "generals", params, seed, inputs: record.inputs, events: record.traceEvents(), outcome: summary.outcome, result: summary.seats as StoredGame["result"] };
}

describe("verifyTrace", () => {
  it("accepts untouched games of every scenario and gives their timeline", () => {
    for (const game of [generalsGame(11), loversGame(11)]) {
      const check = verifyTrace(JSON.parse(JSON.stringify(game)));
      expect(check.ok).toBe(true);
      if (check.ok) {
        expect(check.timeline.scenario).toBe(game.scenario);
        expect(check.timeline.outcome).toBe(game.outcome);
      }
    }
  });

  it("refuses a doctored score", () => {
    const game = loversGame(12);
    const forged = { ...game, result: { ...game.result, alice: { ...game.result.alice, score: 999 } } };
    expect(verifyTrace(forged)).toEqual({ ok: false, problem: "its outcome or scores differ from the replay" });
  });

  it("refuses events the inputs do not produce, a wrong seed, a cut-off game, an unknown scenario", () => {
    const game = generalsGame(13);
    expect(verifyTrace({ ...game, events: game.events.slice(0, -1) })).toEqual({ ok: false, problem: "its events differ from the replay" });
    let differs = 0;
    for (let seed = 100; seed < 110; seed++) if (!verifyTrace({ ...game, seed }).ok) differs++;
    expect(differs).toBeGreaterThan(5);
    expect(verifyTrace({ ...game, inputs: game.inputs.slice(0, 3) })).toEqual({ ok: false, problem: "its inputs stop before the end" });
    expect(verifyTrace({ ...game, scenario: "chess" })).toEqual({ ok: false, problem: 'there is no scenario "chess"' });
  });

  it("still accepts a version 1 trace, whose depth was the true chain, and only with that depth", () => {
    let older = 0;
    for (let seed = 0; seed < 100; seed++) {
      const game = restlessGame(seed);
      const check = verifyTrace(game);
      if (!check.ok) throw new Error(check.problem);
      const chain = (seat: string) => Math.max(0, ...check.timeline.rungs.filter((r) => r.party === seat).map((r) => r.level));
      const v1 = { ...game, version: 1, result: { A: { ...game.result.A, depth: chain("A") }, B: { ...game.result.B, depth: chain("B") } } };
      expect(verifyTrace(v1).ok).toBe(true);
      if (chain("A") !== game.result.A.depth || chain("B") !== game.result.B.depth) {
        older++;
        expect(verifyTrace({ ...v1, version: 2 }).ok).toBe(false);
        expect(verifyTrace({ ...game, version: 1 }).ok).toBe(false);
      }
    }
    expect(older).toBeGreaterThan(0);
  });

  it("keeps a consensus run's verdict with its outcome, and refuses a doctored one", () => {
    const params = consensusParamsSchema.parse({ n: 3, detector: "ES", sandbox: true, inputs: [0, 1, 1] });
    const game = stored(consensus, params, 62, { p1: "protocol", p2: "protocol", p3: "contrarian" });
    expect(game.checks).toMatchObject({ agreement: { ok: false, values: [0, 1] } });
    expect(verifyTrace(JSON.parse(JSON.stringify(game))).ok).toBe(true);
    const whitewashed = { ...game, checks: { ...(game.checks as object), agreement: { ok: true, values: [0] } } };
    expect(verifyTrace(whitewashed)).toEqual({ ok: false, problem: "its stored verdict differs from the replay's" });
  });
});
