import { describe, expect, it } from "vitest";
import { falconHistory, statusAt } from "./history";
import { layerStatus } from "./model";
import { apply } from "./run";
import { createFalconGame } from "./reducer";
import { operatorBotMoves } from "./bots";
import { summarizeFalcon, falconOutcomeClass } from "./summary";
import { falconTimeline } from "./timeline";
import { parse } from "./testing";
import { CHAOS_STRATEGIES, OPERATOR_STRATEGIES } from "./strategies";
import { LAYERS, type FalconEvent } from "./types";
import { operatorView } from "./views";

describe("the replay's truth, rebuilt from the trace alone", () => {
  it("each layer's state at every tick is the live game's, for every operator and chaos bot", () => {
    let games = 0;
    for (const operator of OPERATOR_STRATEGIES) {
      for (const [i, chaosBot] of CHAOS_STRATEGIES.entries()) {
        for (let seed = 0; seed < 8; seed++) {
          const params = parse({ chaosBot, lengthMs: 40_000, horizonMs: 30_000 });
          let state = createFalconGame(params, 1_000 * i + seed);
          const events: FalconEvent[] = [];
          const truth: string[][] = [];
          while (state.phase === "playing") {
            for (const move of operatorBotMoves(operatorView(state), operator, seed)) state = apply(state, { ...move, seat: "operator" }, events);
            state = apply(state, { type: "tick" }, events);
            // After the tick that left time T: everything at T has happened (moves, heals, faults).
            truth.push(LAYERS.map((l) => layerStatus(state.truth, l)));
          }
          const h = falconHistory(events, params.lengthMs);
          for (const [i, live] of truth.entries()) expect(LAYERS.map((l) => statusAt(h, l, i * 100))).toEqual(live);
          games++;
        }
      }
    }
    expect(games).toBe(96);
  });
});

describe("summary and timeline", () => {
  it("summarize, outcome class and timeline of a finished game", () => {
    const params = parse({ lengthMs: 20_000, horizonMs: 10_000 });
    let state = createFalconGame(params, 3, { timeline: [{ atMs: 3_000, kind: "slow", durationMs: 3_000 }, { atMs: 12_000, kind: "crash" }] });
    const events: FalconEvent[] = [];
    while (state.phase === "playing") {
      for (const move of operatorBotMoves(operatorView(state), "timeout-short", 1)) state = apply(state, { ...move, seat: "operator" }, events);
      state = apply(state, { type: "tick" }, events);
    }
    const s = summarizeFalcon(state);
    expect(s.outcome).toBe("inaccurate");
    expect(falconOutcomeClass(s)).toBe("unsafe");
    expect(s.seats.operator!.won).toBe(false);
    const t = falconTimeline(state, events);
    expect(t.endTick).toBe(200);
    expect(t.messages.length).toBe(events.filter((e) => e.type === "heartbeat").length);
    expect(t.decisions.map((d) => d.label)).toContain("declared failed (it was alive)");
    expect(t.decisions.map((d) => d.label)).toContain("declared failed");
    expect(t.marks!.some((m) => m.label === "slow 3 s")).toBe(true);
  });
});
