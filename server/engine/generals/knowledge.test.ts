import { describe, expect, it } from "vitest";
import { depthOf, knowledgeLadder, ladderSentence } from "./knowledge";
import { messenger } from "./testing";
import type { GeneralsState } from "./types";

describe("knowledge ladder", () => {
  it("is empty when nothing arrived", () => {
    expect(knowledgeLadder([])).toEqual([]);
    expect(knowledgeLadder([messenger("A", 0, null)])).toEqual([]);
  });

  it("climbs one rung per link of an alternating chain", () => {
    const ladder = knowledgeLadder([messenger("A", 0, 2), messenger("B", 2, 4), messenger("A", 5, 7)]);
    expect(ladder).toEqual([
      { level: 1, knower: "B", tick: 2 },
      { level: 2, knower: "A", tick: 4 },
      { level: 3, knower: "B", tick: 7 },
    ]);
    expect(depthOf(ladder, "A")).toBe(2);
    expect(depthOf(ladder, "B")).toBe(3);
  });

  it("stops at a lost messenger in the middle of the chain", () => {
    // A's second messenger (the 3rd link) is captured, so B's later reply acknowledges nothing new.
    const ladder = knowledgeLadder([
      messenger("A", 0, 2),
      messenger("B", 2, 4),
      messenger("A", 4, null),
      messenger("B", 6, 8),
    ]);
    expect(ladder.map((r) => r.level)).toEqual([1, 2]);
    expect(depthOf(ladder, "B")).toBe(1);
  });

  it("ignores a reply sent before the message it would acknowledge arrived", () => {
    // B's messenger left at tick 1, before A's plan reached B at tick 2: it proves nothing to A.
    const ladder = knowledgeLadder([messenger("A", 0, 2), messenger("B", 1, 3)]);
    expect(ladder.map((r) => r.level)).toEqual([1]);
  });

  it("counts a reply sent in the very tick the message arrived (deliveries come first)", () => {
    const ladder = knowledgeLadder([messenger("A", 0, 2), messenger("B", 2, 4)]);
    expect(ladder.map((r) => r.level)).toEqual([1, 2]);
  });

  it("takes the earliest arrival for each rung, whatever the input order", () => {
    const late = messenger("A", 3, 5);
    const early = messenger("A", 0, 2);
    const reply = messenger("B", 2, 4);
    const ladder = knowledgeLadder([reply, late, early]);
    expect(ladder[0].tick).toBe(2);
    expect(ladder[1].tick).toBe(4);
  });

  it("a message from B never starts the chain", () => {
    expect(knowledgeLadder([messenger("B", 0, 2)])).toEqual([]);
  });

  it("says each level in words", () => {
    expect(ladderSentence(1)).toBe("B knows the plan");
    expect(ladderSentence(2)).toBe("A knows that B knows the plan");
    expect(ladderSentence(3)).toBe("B knows that A knows that B knows the plan");
    expect(ladderSentence(2, "A")).toBe("You know that B knows the plan");
    expect(ladderSentence(3, "B")).toBe("You know that A knows that you know the plan");
  });
});

describe("the ladder the reducer keeps", () => {
  it("always equals the ladder recomputed from the messengers", async () => {
    const { simulate } = await import("../simulate");
    const { generals, GENERAL_STRATEGIES } = await import("./index");
    const { generalsParamsSchema } = await import("./params");
    let deep = 0;
    for (let seed = 0; seed < 500; seed++) {
      const params = generalsParamsSchema.parse({ captureProbability: [0, 0.2, 0.5][seed % 3], crossingTicks: 1 + (seed % 3), dawnTick: 30 });
      const strategies = { A: GENERAL_STRATEGIES[seed % 6], B: GENERAL_STRATEGIES[(seed >> 3) % 6] };
      const { state } = simulate<GeneralsState>({ scenario: generals, params, seed, strategies });
      expect(state.ladder).toEqual(knowledgeLadder(state.messengers));
      if (state.ladder.length >= 4) deep++;
    }
    expect(deep).toBeGreaterThan(50);
  });
});
