import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { verifyTrace, type StoredGame } from "../verify";
import { falconHistory } from "./history";
import { falcon } from "./index";
import { falconRevealFromTrace } from "./replayReveal";
import { parse } from "./testing";
import type { FalconEvent, FalconState } from "./types";
import { operatorView } from "./views";

/** A bot game stored as the room stores it, and the reveal its seats saw at the end. */
function storedGame(seed: number, chaosBot: "random" | "partition" | "slowness") {
  const params = parse({ lengthMs: 20_000, horizonMs: 15_000, chaosBot });
  const record = simulate<FalconState>({ scenario: falcon, params, seed, strategies: { operator: "timeout-short", chaos: "random" } });
  const summary = falcon.summarize(record.state);
  const game: StoredGame = { scenario: "falcon", params, seed, inputs: record.inputs, events: record.traceEvents(), outcome: summary.outcome, result: summary.seats as StoredGame["result"], checks: summary.checks };
  return { game: JSON.parse(JSON.stringify(game)) as StoredGame, live: operatorView(record.state).reveal, params };
}

describe("a Falcon replay's reveal", () => {
  it("is the debrief the seats saw, with each layer's history, from the state the check's replay ended in", () => {
    for (const [seed, chaosBot] of [[3, "random"], [8, "partition"], [21, "slowness"]] as const) {
      const { game, live, params } = storedGame(seed, chaosBot);
      const check = verifyTrace(game);
      expect(check.ok).toBe(true);
      if (!check.ok) continue;
      const reveal = falconRevealFromTrace({ params, seed, events: game.events as never, outcome: game.outcome, result: game.result, final: check.final });
      expect(live).not.toBeNull();
      expect(reveal).toEqual({ ...live, history: falconHistory(game.events as FalconEvent[], params.lengthMs) });
    }
  });

  it("is null without the replayed state", () => {
    const { game, params } = storedGame(3, "random");
    expect(falconRevealFromTrace({ params, seed: 3, events: game.events as never, outcome: game.outcome, result: game.result })).toBeNull();
  });
});
