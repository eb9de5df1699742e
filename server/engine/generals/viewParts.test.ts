import { describe, expect, it } from "vitest";
import { GameRecord } from "../record";
import { simulate } from "../simulate";
import { generals, GENERAL_STRATEGIES, type GeneralsState } from "./index";
import { generalsParamsSchema } from "./params";
import { buildParts, generalParts } from "./viewParts";

/** Every state a bot game passes through, replayed from its inputs. */
function statesOf(seed: number, enemy: "none" | "bot"): GeneralsState[] {
  const params = generalsParamsSchema.parse({ enemy, crossingTicks: 1 + (seed % 3) });
  const n = GENERAL_STRATEGIES.length;
  const strategies = { A: GENERAL_STRATEGIES[seed % n], B: GENERAL_STRATEGIES[Math.floor(seed / n) % n], enemy: seed % 2 ? "random" : "adversarial" };
  const played = simulate<GeneralsState>({ scenario: generals, params, seed, strategies });
  const record = new GameRecord<GeneralsState>(generals, params, seed);
  const states = [record.state];
  for (const input of played.inputs) {
    record.apply(input);
    states.push(record.state);
  }
  return states;
}

describe("a general's memoised view parts", () => {
  it("equal parts built from scratch, states of different games interleaved", () => {
    for (let seed = 1; seed <= 150; seed++) {
      const a = statesOf(seed, "none");
      const b = statesOf(seed + 1000, seed % 2 ? "bot" : "none");
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        for (const state of [a[Math.min(i, a.length - 1)], b[Math.min(i, b.length - 1)], a[Math.max(0, a.length - 1 - i)]]) {
          const d = state.params.crossingTicks;
          for (const seat of ["A", "B"] as const) expect(generalParts(state.messengers, seat, d)).toEqual(buildParts(state.messengers, seat, d));
        }
      }
    }
  });
});
