import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { attackDepth, GENERAL_STRATEGIES } from "./bots";
import { generals } from "./index";
import { generalsParamsSchema } from "./params";
import type { GeneralsState } from "./types";

const play = (strategies: Record<string, string>, over: object = {}, seed = 1) =>
  simulate<GeneralsState>({ scenario: generals, params: generalsParamsSchema.parse({ captureProbability: 0, ...over }), seed, strategies }).state;

describe("bot generals", () => {
  it("attack at the depth their strategy names, A on even rungs and B on odd ones", () => {
    expect(attackDepth("bold", "A")).toBe(0);
    expect(attackDepth("bold", "B")).toBe(1);
    expect(attackDepth("acknowledged", "A")).toBe(2);
    expect(attackDepth("acknowledged", "B")).toBe(3);
    expect(attackDepth("chain-3", "A")).toBe(4);
    expect(attackDepth("chain-4", "B")).toBe(5);
  });

  it("coordinate on a lossless valley, whatever the strategy but timid", () => {
    for (const strategy of GENERAL_STRATEGIES.filter((s) => s !== "timid")) {
      expect(play({ A: strategy, B: strategy }, { dawnTick: 40 }).outcome, strategy).toBe("victory");
    }
    expect(play({ A: "timid", B: "timid" }).outcome).toBe("no-battle");
  });

  it("never send more than eight messengers and only send what they may", () => {
    for (let seed = 0; seed < 100; seed++) {
      const s = play({ A: "chain-6", B: "chain-6" }, { captureProbability: 0.6, dawnTick: 60 }, seed);
      expect(s.messengers.filter((m) => m.from === "A").length).toBeLessThanOrEqual(8);
      expect(s.messengers.filter((m) => m.from === "B").every((m) => m.kind === "ack")).toBe(true);
    }
  });
});

describe("bot Enemy", () => {
  it("the adversarial Enemy stops the chain at a shallow level, so a deep strategy never attacks", () => {
    for (let seed = 0; seed < 50; seed++) {
      const s = play({ A: "chain-6", B: "chain-6", enemy: "adversarial" }, { enemy: "bot", dawnTick: 40 }, seed);
      expect(s.outcome).toBe("no-battle");
      expect(s.messengers.some((m) => m.capturedBy === "enemy")).toBe(true);
    }
  });

  it("the adversarial Enemy turns bold generals into a lone attack at least sometimes", () => {
    const outcomes = new Set<string>();
    for (let seed = 0; seed < 50; seed++) outcomes.add(play({ A: "acknowledged", B: "bold", enemy: "adversarial" }, { enemy: "bot" }, seed).outcome!);
    expect([...outcomes].some((o) => o.startsWith("defeat"))).toBe(true);
  });
});
