/** The replay's reveal, rebuilt from a trace's events, is the finished game's own. */
import { describe, expect, it } from "vitest";
import { flp } from "./index";
import { flpParamsSchema, type FlpParamsInput } from "./params";
import { createFlpGame, reduceFlp } from "./reducer";
import { flpReveal, flpRevealFromTrace } from "./reveal";
import { SCHEDULER_SEAT } from "./terms";
import type { FlpEvent, FlpState } from "./types";

const seat = SCHEDULER_SEAT;

/** A game the bot plays to its end, with its events as a trace records them (ticks between moves, like a room). */
function simulate(params: FlpParamsInput, seed: number, strategy: string): { state: FlpState; events: FlpEvent[]; seed: number } {
  let state = createFlpGame(flpParamsSchema.parse(params), seed);
  const events: FlpEvent[] = [];
  for (let i = 0; i < 3000 && state.phase === "playing"; i++) {
    const moves = i % 3 === 2 ? [] : flp.botMoves(flp.view(state, seat), strategy, seed + i);
    const r = moves.length > 0 ? reduceFlp(state, flp.toAction(seat, moves[0])) : reduceFlp(state, { type: "tick" });
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events, seed };
}

const trace = (g: ReturnType<typeof simulate>) => ({ params: g.state.params, seed: g.seed, events: g.events, outcome: g.state.outcome ?? "", result: {} });

describe("revealFromTrace", () => {
  const games: [string, FlpParamsInput, string][] = [
    ["the proof's bot keeping majority lock open", { target: 20 }, "proof"],
    ["a random scheduler on wait-for-n-1", { protocol: "wait-n-minus-1", target: 20 }, "random"],
    ["a fair scheduler on wait-for-everyone", { protocol: "wait-all" }, "fair"],
    ["a watched run", { watch: true, target: 12 }, "proof"],
    ["the puzzle", { mode: "puzzle" }, "random"],
  ];

  it.each(games)("equals the reveal of the final state: %s", (_, params, strategy) => {
    for (const seed of [3, 8]) {
      const g = simulate(params, seed, strategy);
      expect(g.state.phase).toBe("finished");
      expect(flpRevealFromTrace(trace(g))).toEqual(flpReveal(g.state));
    }
  });

  it("with a hint bought and a crash in the run", () => {
    let state = createFlpGame(flpParamsSchema.parse({ inputs: [0, 1, 1], target: 6 }), 4);
    const events: FlpEvent[] = [];
    for (const a of [{ type: "hint" }, { type: "step", process: 1 }, { type: "crash", process: 3 }, { type: "step", process: 2 }] as const) {
      const r = reduceFlp(state, { ...a, seat } as never);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
      events.push(...r.events);
    }
    const reveal = flpRevealFromTrace({ params: state.params, seed: 4, events, outcome: "", result: {} });
    expect(reveal).toEqual(flpReveal(state));
    expect(reveal.hintsBought).toBe(1);
    expect(reveal.run).toEqual([
      { kind: "step", step: 1, process: 1, label: null },
      { kind: "crash", step: 1, process: 3, label: null },
      { kind: "step", step: 2, process: 2, label: null },
    ]);
    expect(reveal.valencies).toHaveLength(3);
    expect(reveal.inputs).toEqual([0, 1, 1]);
    expect(reveal.verdict?.fair.ok).toBe(true);
  });
});
