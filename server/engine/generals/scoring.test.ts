import { describe, expect, it } from "vitest";
import { generalsParamsSchema } from "./params";
import { createGeneralsGame, outcomeOf, reduceGenerals } from "./reducer";
import { scoreGenerals, seatWon } from "./scoring";
import type { GeneralsAction, GeneralsState } from "./types";

function play(enemy: "none" | "bot", actions: GeneralsAction[]): GeneralsState {
  let s = createGeneralsGame(generalsParamsSchema.parse({ captureProbability: 0, dawnTick: 5, enemy }), 3);
  for (const a of [...actions, ...Array.from({ length: 5 }, () => ({ type: "tick" }) as GeneralsAction)]) {
    const r = reduceGenerals(s, a);
    if (r.ok) s = r.state;
  }
  return s;
}

const commit = (seat: "A" | "B", decision: "attack" | "hold"): GeneralsAction => ({ type: "commit", seat, decision });

describe("scoring table", () => {
  it("maps decisions to outcomes", () => {
    expect(outcomeOf(true, true)).toBe("victory");
    expect(outcomeOf(true, false)).toBe("defeat-A");
    expect(outcomeOf(false, true)).toBe("defeat-B");
    expect(outcomeOf(false, false)).toBe("no-battle");
  });

  it.each([
    ["victory", [commit("A", "attack"), commit("B", "attack")], { A: 10, B: 10, enemy: -10 }],
    ["no battle", [commit("A", "hold")], { A: 0, B: 0, enemy: 0 }],
    ["A alone", [commit("A", "attack")], { A: -10, B: -5, enemy: 10 }],
    ["B alone", [commit("B", "attack")], { A: -5, B: -10, enemy: 10 }],
  ] as const)("%s", (_name, actions, expected) => {
    expect(scoreGenerals(play("bot", [...actions]))).toEqual(expected);
    const { enemy: _e, ...generals } = expected;
    expect(scoreGenerals(play("none", [...actions]))).toEqual(generals);
  });

  it("charges one point per messenger sent", () => {
    const s = play("none", [{ type: "send", seat: "A", kind: "plan" }, commit("A", "attack"), commit("B", "attack")]);
    expect(scoreGenerals(s)).toEqual({ A: 9, B: 10 });
  });

  it("says who won", () => {
    expect(seatWon("victory", "A")).toBe(true);
    expect(seatWon("victory", "enemy")).toBe(false);
    expect(seatWon("defeat-B", "enemy")).toBe(true);
    expect(seatWon("no-battle", "B")).toBe(false);
  });
});
