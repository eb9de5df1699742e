import { describe, expect, it } from "vitest";
import { replay } from "../record";
import { simulate } from "../simulate";
import { generals, GENERAL_STRATEGIES } from "./index";
import { generalsParamsSchema } from "./params";
import type { GeneralsState } from "./types";

describe("replay determinism", () => {
  it("reproduces the trace byte for byte from (params, seed, inputs)", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const params = generalsParamsSchema.parse({ captureProbability: 0.4, dawnTick: 16, enemy: seed % 3 === 0 ? "bot" : "none" });
      const strategies = {
        A: GENERAL_STRATEGIES[seed % GENERAL_STRATEGIES.length],
        B: GENERAL_STRATEGIES[(seed * 7) % GENERAL_STRATEGIES.length],
        enemy: seed % 2 ? "adversarial" : "random",
      };
      const played = simulate({ scenario: generals, params, seed, strategies });
      expect(played.over).toBe(true);
      const again = replay(generals, params, seed, played.inputs);
      expect(JSON.stringify(again.traceEvents())).toBe(JSON.stringify(played.traceEvents()));
      expect(again.state).toEqual(played.state);
    }
  });

  it("different seeds give different games", () => {
    const params = generalsParamsSchema.parse({ captureProbability: 0.5 });
    const fates = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const g = simulate<GeneralsState>({ scenario: generals, params, seed, strategies: { A: "chain-6", B: "chain-6" } });
      fates.add(g.state.messengers.map((m) => m.fate[0]).join(""));
    }
    expect(fates.size).toBeGreaterThan(5);
  });

  it("refuses to replay an input list that was tampered with", () => {
    const params = generalsParamsSchema.parse({});
    const played = simulate({ scenario: generals, params, seed: 5, strategies: { A: "bold", B: "bold" } });
    const forged = [...played.inputs, { type: "commit", seat: "A", decision: "attack" }];
    expect(() => replay(generals, params, 5, forged)).toThrow(/refused/);
  });
});
