import { describe, expect, it } from "vitest";
import { depthOf, knowledgeLadder, knownLadder, ladderSentence } from "./knowledge";
import { messenger } from "./testing";
import type { GeneralsState, Messenger } from "./types";

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

describe("what a general can be sure of", () => {
  it("is, for every view, the least true ladder among all the worlds that look like it", () => {
    // A sends at ticks 0..4, B replies at 2, 4, 6 and 7 (each saying how many of A's had arrived);
    // every fate of A's messengers is a world; B's all arrive. d = 1.
    const aSends = [0, 1, 2, 3, 4];
    const bSends = [2, 4, 6, 7];
    const groups = new Map<string, { known: number; truths: number[] }>();
    for (let mask = 0; mask < 1 << aSends.length; mask++) {
      const world: Messenger[] = aSends.map((t, i) => ({
        id: i + 1, from: "A", to: "B", kind: "plan", acked: 0, sentAt: t, arrivesAt: t + 1,
        fate: mask & (1 << i) ? "delivered" : "captured", settledAt: t + 1, capturedBy: null,
      }));
      const arrivedBy = (t: number) => world.filter((m) => m.fate === "delivered" && m.arrivesAt <= t).length;
      const replies = bSends.map((t, i) => ({ id: 10 + i, sentAt: t, arrivedAt: t + 1, acked: arrivedBy(t) }));
      for (const r of replies) world.push({ id: r.id, from: "B", to: "A", kind: "ack", acked: r.acked, sentAt: r.sentAt, arrivesAt: r.arrivedAt, fate: "delivered", settledAt: r.arrivedAt, capturedBy: null });
      const known = depthOf(knownLadder("A", aSends.map((t, i) => ({ id: i + 1, sentAt: t, arrivesAt: t + 1 })), replies), "A");
      const key = replies.map((r) => r.acked).join(",");
      const group = groups.get(key) ?? { known, truths: [] };
      expect(group.known).toBe(known); // the same view always gives the same answer
      group.truths.push(depthOf(knowledgeLadder(world), "A"));
      groups.set(key, group);
    }
    expect(groups.size).toBeGreaterThan(5);
    let fewer = 0;
    for (const { known, truths } of groups.values()) {
      expect(known).toBe(Math.min(...truths));
      if (Math.max(...truths) > known) fewer++;
    }
    expect(fewer).toBeGreaterThan(0); // some views hide a deeper truth: showing it would leak fates
  });
});

