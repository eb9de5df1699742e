/**
 * Every registered scenario fills in the wider `Scenario` coherently: roles and stand-ins for
 * every seat, an outcome class for every outcome its games reach, progress within bounds,
 * challenge formulas and error codes that agree with the registries. Iterates over SCENARIOS,
 * so a new scenario is checked without editing this file.
 */
import { describe, expect, it } from "vitest";
import { CHALLENGES } from "../challenges/catalogue";
import { CLASS_PRESETS } from "../classroom/presets";
import { SHARED_ENGINE_ERROR_CODES } from "./result";
import { OUTCOME_CLASSES, type AnyScenario } from "./scenario";
import { ENGINE_ERROR_CODES, SCENARIOS } from "./scenarios";
import { LADDERS, ladderOfKind } from "./ladders";
import { simulate } from "./simulate";

const RUNS = 240;

/** Parameter sets to try: the defaults and every class preset of the scenario (those bring the adversaries in). */
function paramSets(scenario: AnyScenario): unknown[] {
  const raw = [{}, ...CLASS_PRESETS.filter((p) => p.scenario === scenario.id).map((p) => p.params)];
  return raw.map((p) => scenario.paramsSchema.parse(p));
}

/** A strategy per seat, walking through each seat's list with the run number. */
function strategiesFor(scenario: AnyScenario, seats: readonly string[], run: number): Record<string, string> {
  return Object.fromEntries(seats.map((seat, i) => {
    const list = scenario.strategies(seat);
    return [seat, list[(run + i * 7) % list.length]];
  }));
}

describe.each(Object.entries(SCENARIOS))("scenario %s", (key, scenario: AnyScenario) => {
  it("is registered under its own id, with a title and words", () => {
    expect(scenario.id).toBe(key);
    expect(scenario.title.length).toBeGreaterThan(0);
    expect(scenario.words.blurb.length).toBeGreaterThan(0);
    expect(scenario.words.depthLabel.length).toBeGreaterThan(0);
    expect(scenario.words.depthColumn.length).toBeGreaterThan(0);
    expect(["higher", "lower"]).toContain(scenario.depthOrder);
  });

  it("gives every seat a role, and a stand-in the seat's strategies include; some seat is a player", () => {
    for (const params of paramSets(scenario)) {
      const seats: string[] = scenario.seats(params);
      for (const seat of seats) {
        const role = scenario.role(seat);
        expect(["player", "adversary", "observer"], seat).toContain(role.kind);
        expect(scenario.strategies(seat), `${seat} stand-in`).toContain(role.standIn);
      }
      expect(seats.some((s) => scenario.role(s).kind === "player")).toBe(true);
    }
  });

  it(`classes every outcome of ${RUNS} seeded bot games, which stay within their progress bounds`, () => {
    const sets = paramSets(scenario);
    const classes = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const params = sets[run % sets.length];
      const seats: string[] = scenario.seats(params);
      const record = simulate({ scenario, params, seed: 1000 + run, strategies: strategiesFor(scenario, seats, run) });
      expect(record.over).toBe(true);
      const progress = scenario.progress(record.state);
      expect(progress.lastTick).toBeGreaterThan(0);
      expect(progress.tick).toBeLessThanOrEqual(progress.lastTick);
      const summary = scenario.summarize(record.state);
      expect(scenario.outcomes).toContain(summary.outcome);
      expect(OUTCOME_CLASSES).toContain(scenario.outcomeClass(summary));
      const figures = scenario.classFigures(summary, { params, seed: 1000 + run, events: record.traceEvents() });
      expect(Object.keys(figures).filter((k) => k !== "detail").sort()).toEqual(["depth", "roundsToDecide", "verdictOk"]);
      classes.add(scenario.outcomeClass(summary));
      const timeline = scenario.timeline(record.state, record.traceEvents());
      const ladder = ladderOfKind(timeline.ladder);
      // A timeline's ladder rebuilds its own rungs from its messages.
      if (ladder) expect(ladder.rungs(timeline, timeline.messages)).toEqual(timeline.rungs);
    }
    // Bots that never reach the scenario's goal would mean the classes (or the bots) are wrong.
    expect(classes).toContain("good");
  });

  it("scores only the challenges of its own catalogue entries, with words for each formula", () => {
    for (const [kind, rule] of Object.entries(scenario.challengeRules)) expect(rule.lines().length, kind).toBeGreaterThan(0);
    for (const c of CHALLENGES.filter((c) => c.scenario === scenario.id)) expect(Object.keys(scenario.challengeRules)).toContain(c.scoring.kind);
  });

  it("ships challenges and class presets that are valid games of it, with known bot strategies", () => {
    for (const c of scenario.challenges) {
      const seats: string[] = scenario.seats(scenario.paramsSchema.parse(c.params));
      expect(seats, c.id).toContain(c.seat);
      for (const [seat, strategy] of Object.entries(c.others)) expect(scenario.strategies(seat), `${c.id} ${seat}`).toContain(strategy);
    }
    for (const p of scenario.classPresets) {
      const seats: string[] = scenario.seats(scenario.paramsSchema.parse(p.params));
      for (const seat of p.studentSeats ?? []) expect(seats, p.id).toContain(seat);
      for (const [seat, strategy] of Object.entries(p.bots ?? {})) expect(scenario.strategies(seat), `${p.id} ${seat}`).toContain(strategy);
    }
  });

  it("lists its own error codes in the engine's list, apart from the shared ones", () => {
    for (const code of scenario.errorCodes) {
      expect(ENGINE_ERROR_CODES).toContain(code);
      expect(SHARED_ENGINE_ERROR_CODES).not.toContain(code);
    }
  });
});

describe("the registries agree", () => {
  const all = Object.values(SCENARIOS) as AnyScenario[];

  it("a timeline names a ladder ladders.ts has; the scenarios whose version 1 traces stored the chain are the ladder ones", () => {
    for (const scenario of all) {
      const params = paramSets(scenario)[0];
      const record = simulate({ scenario, params, seed: 7, strategies: strategiesFor(scenario, scenario.seats(params), 0) });
      const timeline = scenario.timeline(record.state, record.traceEvents());
      if (timeline.ladder !== undefined) expect(ladderOfKind(timeline.ladder)).toBe(LADDERS[timeline.ladder]);
      expect(Boolean(scenario.recordedChainInVersion1)).toBe(timeline.ladder !== undefined);
    }
  });

  it("challenge rule kinds are unique across scenarios", () => {
    const kinds = all.flatMap((s) => Object.keys(s.challengeRules));
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it("the engine's error codes are exactly the shared ones and each scenario's own", () => {
    const expected = new Set<string>([...SHARED_ENGINE_ERROR_CODES, ...all.flatMap((s) => s.errorCodes)]);
    expect(new Set<string>(ENGINE_ERROR_CODES)).toEqual(expected);
    expect(ENGINE_ERROR_CODES.length).toBe(expected.size);
  });
});
