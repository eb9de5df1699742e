import { describe, expect, it } from "vitest";
import { GameRecord, type ViewMemo } from "../record";
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
  it("equal parts built from scratch, states of different games interleaved, each game under its own key", () => {
    for (let seed = 1; seed <= 150; seed++) {
      const a = statesOf(seed, "none");
      const b = statesOf(seed + 1000, seed % 2 ? "bot" : "none");
      const gameA: ViewMemo = {};
      const gameB: ViewMemo = {};
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const steps = [
          { state: a[Math.min(i, a.length - 1)], game: gameA },
          { state: b[Math.min(i, b.length - 1)], game: gameB },
          // The same game's states backwards: each one must not reuse its successor's parts.
          { state: a[Math.max(0, a.length - 1 - i)], game: gameA },
        ];
        for (const { state, game } of steps) {
          const d = state.params.crossingTicks;
          for (const seat of ["A", "B"] as const) expect(generalParts(state.messengers, seat, d, game)).toEqual(buildParts(state.messengers, seat, d));
        }
      }
    }
  });

  it("keeps each game's memo apart: one game's views never return the parts held for another", () => {
    const a = statesOf(7, "none");
    const b = statesOf(1007, "bot");
    const gameA: ViewMemo = {};
    const gameB: ViewMemo = {};
    const lastA = a[a.length - 1];
    const d = lastA.params.crossingTicks;
    const partsA = generalParts(lastA.messengers, "A", d, gameA);
    // Game B's first state under its own key: built for B, not A's parts (which describe more messengers).
    const first = generalParts(b[0].messengers, "A", b[0].params.crossingTicks, gameB);
    expect(first).not.toBe(partsA);
    expect(first).toEqual(buildParts(b[0].messengers, "A", b[0].params.crossingTicks));
    // A's memo is untouched by B's views.
    expect(generalParts(lastA.messengers, "A", d, gameA)).toBe(partsA);
  });
});
