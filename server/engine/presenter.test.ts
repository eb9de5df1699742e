/**
 * Every scenario's presenter question, on simulated games: a moment of decision within the game,
 * two to four options with unique ids, outcomes for each, a right answer among them; and what a
 * phone gets before the reveal (prompt and options) is the same for every game of the same
 * parameters at the same tick, however the games went (it cannot carry their hidden facts).
 */
import { describe, expect, it } from "vitest";
import type { AnyScenario } from "./scenario";
import { SCENARIOS } from "./scenarios";
import { simulate } from "./simulate";

const cases = Object.values(SCENARIOS as Record<string, AnyScenario>).map((scenario) => {
  const params = scenario.paramsSchema.parse(scenario.classPresets[0]?.params ?? {});
  return { scenario, params };
});

describe.each(cases)("the presenter's question: $scenario.id", ({ scenario, params }) => {
  const games = Array.from({ length: 12 }, (_, seed) => {
    const strategies: Record<string, string> = {};
    for (const seat of scenario.seats(params)) {
      const list = scenario.strategies(seat);
      strategies[seat] = list[seed % list.length];
    }
    const record = simulate({ scenario, params, seed: seed + 1, strategies });
    return scenario.timeline(record.state, record.traceEvents());
  });

  it("has a presenter", () => expect(scenario.presenter).toBeDefined());

  it("asks within the game, with 2 to 4 options, an outcome for each and a right answer among them", () => {
    for (const timeline of games) {
      const at = scenario.presenter!.askAt(timeline);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThanOrEqual(timeline.endTick);
      const q = scenario.presenter!.question(timeline, at);
      expect(q.options.length).toBeGreaterThanOrEqual(2);
      expect(q.options.length).toBeLessThanOrEqual(4);
      expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
      for (const o of q.options) expect(q.outcomes[o.id]).toBeTruthy();
      if (q.correct !== null) expect(q.options.map((o) => o.id)).toContain(q.correct);
      expect(q.reveal).toMatch(/^What happened/);
    }
  });

  it("gives a phone the same prompt and options for every game at the same tick", () => {
    const shown = (tick: number) => new Set(games.map((t) => JSON.stringify((({ prompt, options }) => ({ prompt, options }))(scenario.presenter!.question(t, tick)))));
    for (const tick of [0, 1, 3]) expect(shown(tick).size).toBe(1);
    // The reveals do differ: the games went differently.
    expect(new Set(games.map((t) => scenario.presenter!.question(t, 1).reveal)).size).toBeGreaterThan(1);
  });
});
