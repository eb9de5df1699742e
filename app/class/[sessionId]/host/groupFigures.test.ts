/** A finished group's card: its messages only where the scenario's seats send any. */
import { describe, expect, it } from "vitest";
import type { GameMetrics } from "@/server/protocol/classroom";
import { scenarioUi } from "@/app/_scenarios/registry";
import { groupFigures } from "./groupFigures";

const game = (over: Partial<GameMetrics> = {}): GameMetrics => ({
  outcome: "clean", success: true, unsafe: false, messages: 0, depth: 2_400, roundsToDecide: null, verdictOk: null, strategies: {}, botFinished: false, ...over,
});

describe("a group card's figures", () => {
  it("says how many messages a Two Generals game sent, then its knowledge depth", () => {
    expect(groupFigures(game({ messages: 3, depth: 2 }), scenarioUi("generals")?.classroom)).toEqual(["3 messages", expect.stringMatching(/ 2$/)]);
  });

  it("says nothing of messages for Falcon, whose seats send none: its mean detection first", () => {
    const figures = groupFigures(game(), scenarioUi("falcon")?.classroom);
    expect(figures).toEqual(["mean detection (s, rounded up) 3"]);
    expect(figures.join(" ")).not.toMatch(/message/i);
  });

  it("adds a failed checker and bots that finished the game; an unknown scenario keeps its messages", () => {
    expect(groupFigures(game({ messages: 7, verdictOk: false, botFinished: true }), undefined)).toEqual(["7 messages", "checker: failed", "finished by bots (left out of the figures)"]);
  });
});
