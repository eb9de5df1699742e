import { describe, expect, it } from "vitest";
import { loversParamsSchema } from "./params";
import { createLoversGame } from "./reducer";
import { run } from "./testing";
import type { LoversAction } from "./types";
import { loverView, loversSentence } from "./view";

const tick: LoversAction = { type: "tick" };

describe("a lover's view", () => {
  it("speaks the ladder in the Lovers' words, from each reader's side", () => {
    expect(loversSentence(1)).toBe("Bob knows about the date");
    expect(loversSentence(2)).toBe("Alice knows that Bob knows about the date");
    expect(loversSentence(2, "alice")).toBe("You know that Bob knows about the date");
    expect(loversSentence(3, "alice")).toBe("Bob knows that you know that Bob knows about the date");
    expect(loversSentence(0, "bob")).toBe("You have heard nothing from Alice yet");
  });

  it("shows its own ladder with times; never the fate of its own SMS, nor a lucky night, before midnight", () => {
    const lucky = createLoversGame(loversParamsSchema.parse({ lossProbability: 0.5, luckyNight: true }), 9);
    const state = run(lucky, [{ type: "send", seat: "alice", kind: "proposal" }, tick, { type: "send", seat: "bob", kind: "ack" }, tick, tick]);
    const alice = loverView(state, "alice");
    const bob = loverView(state, "bob");
    expect(alice.knowledge).toEqual({
      depth: 2,
      sentence: "You know that Bob knows about the date",
      rungs: [{ level: 2, knower: "alice", tick: 2, sentence: "You know that Bob knows about the date" }],
    });
    expect(bob.knowledge.rungs).toEqual([{ level: 1, knower: "bob", tick: 1, sentence: "You know about the date" }]);
    expect(alice.sent).toEqual([{ id: 1, kind: "proposal", acked: 0, sentAt: 0 }]);
    expect(alice.params).toEqual({ lossProbability: 0.5, hours: 12 });
    for (const view of [alice, bob]) {
      const text = JSON.stringify(view);
      expect(text).not.toMatch(/lucky|fate|delivered|lost|rng|seed|inner/i);
      expect(view.reveal).toBeNull();
    }
  });

  it("reveals both phones, the whole ladder and the lucky night after midnight", () => {
    const lucky = createLoversGame(loversParamsSchema.parse({ lossProbability: 0.5, luckyNight: true }), 9);
    const state = run(lucky, [{ type: "send", seat: "alice", kind: "proposal" }, ...Array(12).fill(tick)]);
    const reveal = loverView(state, "bob").reveal;
    expect(reveal).toMatchObject({
      outcome: "nothing",
      luckyNight: true,
      depths: { alice: 0, bob: 1 },
      ladder: [{ level: 1, knower: "bob", tick: 1, sentence: "Bob knows about the date" }],
      sms: [{ id: 1, from: "alice", to: "bob", kind: "proposal", fate: "delivered", settledAt: 1 }],
    });
    expect(loverView(state, "alice").reveal).toEqual(reveal);
  });
});
