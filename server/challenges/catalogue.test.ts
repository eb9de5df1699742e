import { describe, expect, it } from "vitest";
import type { TraceEvent } from "../engine/record";
import { simulate } from "../engine/simulate";
import { scenarioById } from "../engine/scenarios";
import { botsOfNight, CHALLENGES, CHALLENGE_SCENARIOS, ladderOf, unlockedChallenges } from "./catalogue";
import { nightScore, type NightRecord } from "./scoring";
import { CHALLENGE_SEEDS } from "./seeds";

/** A bot to sit in the player's seat when a night is simulated headlessly. */
const STAND_IN: Record<string, string> = { general: "acknowledged", lover: "acknowledged", enemy: "adversarial", process: "protocol", adversary: "stubborn", procrastinate: "proof", "lemma-one": "random", "hold-off": "splitter", "keep-apart": "blocker", detector: "falcon" };

type Checks = { agreement: { ok: boolean }; validity: { ok: boolean }; termination: { ok: boolean; lastDecisionTick: number | null } };

/** The score the challenge card announces (its formula lines), worked out here from the night's own events. */
function cardScore(kind: string, seat: string, outcome: string, events: TraceEvent[], checks: Checks | undefined, params: { maxTicks?: number; hintCost?: number; n?: number; problem?: string; epsilon?: number }): number {
  const count = (test: (e: TraceEvent) => boolean) => events.filter(test).length;
  switch (kind) {
    case "general":
    case "lover": {
      const [together, neither] = kind === "general" ? ["victory", "no-battle"] : ["date", "nothing"];
      const base = outcome === together ? 100 : outcome === neither ? 20 : outcome.endsWith(`-${seat}`) ? -100 : -50;
      return base - 5 * count((e) => e.type === "send" && e.from === seat);
    }
    case "enemy":
      return (outcome === "victory" ? -100 : outcome === "no-battle" ? 0 : 100) - 5 * count((e) => e.type === "capture" && e.by === "enemy");
    case "process": {
      if (!checks?.agreement.ok || !checks.validity.ok) return -200;
      const decision = events.find((e) => e.type === "decide" && e.process === Number(seat.slice(1)));
      return decision ? Math.max(20, 100 - 10 * (Number(decision.round) - 1)) : 0;
    }
    case "adversary":
      return checks!.termination.ok ? 2 * checks!.termination.lastDecisionTick! : 2 * params.maxTicks! + 50;
    case "procrastinate": {
      const steps = events.filter((e) => e.type === "step");
      const open = steps.findIndex((e) => e.valency !== "bivalent");
      const bonus = outcome === "kept-open" || outcome === "disagreement" ? 20 : 0;
      return Math.max(0, (open < 0 ? steps.length : open) + bonus - params.hintCost! * count((e) => e.type === "hint"));
    }
    case "lemma-one": {
      const predict = events.find((e) => e.type === "predict");
      const answers = (predict?.answers ?? []) as string[];
      return 10 * ((predict?.valencies ?? []) as string[]).filter((v, k) => v === answers[k]).length;
    }
    case "hold-off": {
      // Ben-Or: 10 a round held off (the last live decision's round less one; undecided: the rounds the
      // live undecided finished), +30 if time ran out first. A process's round: its latest R broadcast's.
      const crashed = new Set(events.filter((e) => e.type === "crash").map((e) => e.process));
      const decided = new Map(events.filter((e) => e.type === "decide").map((e) => [e.process, e.round as number]));
      const live = Array.from({ length: params.n! }, (_, i) => i + 1).filter((p) => !crashed.has(p));
      const roundOf = (p: unknown) => Math.max(1, ...events.filter((e) => e.type === "send" && e.from === p && e.kind === "R").map((e) => e.round as number));
      if (outcome === "decided") return 10 * (Math.max(...live.map((p) => decided.get(p)!)) - 1);
      return 30 + 10 * (Math.min(...live.filter((p) => !decided.has(p)).map(roundOf)) - 1);
    }
    case "keep-apart": {
      // Weaker agreement: k-set, +50 blocked, else 10 a distinct decided value beyond the first; ε,
      // the decisions' spread in whole % of ε (at most 100); +30 if time ran out first.
      const values = events.filter((e) => e.type === "decide").map((e) => e.value as number);
      const late = outcome === "undecided" ? 30 : 0;
      if (params.problem === "epsilon") {
        const spread = values.length ? Math.max(...values) - Math.min(...values) : 0;
        return Math.min(100, Math.floor((100 * spread) / params.epsilon! + 1e-9)) + late;
      }
      if (outcome === "blocked") return 50;
      return 10 * Math.max(0, new Set(values).size - 1) + late;
    }
    case "detector": {
      // Falcon: 1000, −20 a second of detection (fault to declaration), −100 a failure never
      // declared, −150 a false suspicion or a kill that landed on a live instance, −the spies' cost.
      const failures = count((e) => e.type === "fault" && e.effect === "injected" && e.durationMs === null);
      const detections = events.filter((e) => e.type === "declare" && e.detectionMs !== null).map((e) => e.detectionMs as number);
      const falseSuspicions = count((e) => e.type === "declare" && e.falseSuspicion === true);
      const needless = count((e) => e.type === "kill" && e.executed === true && e.unnecessary === true);
      const spies = events.filter((e) => e.type === "query").reduce((sum, e) => sum + (e.cost as number), 0);
      const detection = detections.reduce((a, b) => a + b, 0) / 50;
      return Math.max(0, Math.round(1000 - detection - 100 * (failures - detections.length) - 150 * (falseSuspicions + needless) - spies));
    }
    default:
      throw new Error(`no card for ${kind}`);
  }
}

describe("the challenge catalogue", () => {
  it("has 3 to 5 challenges per scenario, levels 1..n, unique ids", () => {
    for (const { id } of CHALLENGE_SCENARIOS) {
      const ladder = ladderOf(id);
      expect(ladder.length).toBeGreaterThanOrEqual(3);
      expect(ladder.length).toBeLessThanOrEqual(5);
      expect(ladder.map((c) => c.level)).toEqual(ladder.map((_, i) => i + 1));
    }
    expect(new Set(CHALLENGES.map((c) => c.id)).size).toBe(CHALLENGES.length);
  });

  it.each(CHALLENGES.map((c) => [c.id, c] as const))("%s: valid params, seats, bots and one seed per night", (_, c) => {
    const scenario = scenarioById(c.scenario)!;
    const params = scenario.paramsSchema.parse(c.params);
    const seats: string[] = scenario.seats(params);
    expect(seats).toContain(c.seat);
    expect(c.nights.length).toBeGreaterThanOrEqual(2);
    expect(c.nights.length).toBeLessThanOrEqual(3);
    expect(CHALLENGE_SEEDS[c.id]).toHaveLength(c.nights.length);
    c.nights.forEach((_, i) => {
      const bots = botsOfNight(c, i);
      expect(Object.keys(bots).sort()).toEqual(seats.filter((s) => s !== c.seat).sort());
      for (const [seat, strategy] of Object.entries(bots)) expect(scenario.strategies(seat)).toContain(strategy);
    });
  });

  it.each(CHALLENGES.map((c) => [c.id, c] as const))("%s: every night ends, and is scored, with a bot in the player's seat", (_, c) => {
    const scenario = scenarioById(c.scenario)!;
    const params = scenario.paramsSchema.parse(c.params);
    CHALLENGE_SEEDS[c.id].forEach((seed, i) => {
      const record = simulate({ scenario, params, seed, strategies: { ...botsOfNight(c, i), [c.seat]: STAND_IN[c.scoring.kind] } });
      expect(record.over).toBe(true);
      const summary = scenario.summarize(record.state);
      const events = record.traceEvents();
      const score = nightScore(c.scoring, c.seat, { outcome: summary.outcome, result: summary.seats as NightRecord["result"], events, checks: summary.checks, params });
      expect(score, `night ${i + 1}`).toBe(cardScore(c.scoring.kind, c.seat, summary.outcome, events, summary.checks as Checks | undefined, params as { maxTicks?: number }));
    });
  });

  it("has nights short enough to play quickly (at most 60 ticks; FLP's scheduler at most 60 steps, its puzzle one answer; Falcon at most 60 simulated seconds)", () => {
    for (const c of CHALLENGES) {
      const flp = c.params.mode === "puzzle" ? 1 : c.params.target;
      const falconSeconds = Number(c.params.lengthMs ?? 60_000) / 1000;
      const limit = c.scenario === "generals" ? c.params.dawnTick : c.scenario === "lovers" ? 12 : c.scenario === "flp" ? flp : c.scenario === "falcon" ? falconSeconds : c.params.maxTicks;
      expect(Number(limit)).toBeLessThanOrEqual(60);
    }
  });
});

describe("unlockedChallenges", () => {
  it("opens the first of each ladder to a newcomer", () => {
    expect([...unlockedChallenges(new Set())].sort()).toEqual(CHALLENGE_SCENARIOS.map(({ id }) => ladderOf(id)[0].id).sort());
  });

  it("opens challenge k+1 once k is completed, and no further", () => {
    const [first, second, third] = ladderOf("generals");
    const open = unlockedChallenges(new Set([first.id]));
    expect(open.has(second.id)).toBe(true);
    expect(open.has(third.id)).toBe(false);
    expect(unlockedChallenges(new Set([first.id, second.id])).has(third.id)).toBe(true);
  });

  it("does not open k+1 from a completed k+1 without k (the ladder is climbed in order)", () => {
    const [, second, third] = ladderOf("lovers");
    const open = unlockedChallenges(new Set([third.id]));
    expect(open.has(second.id)).toBe(false);
  });
});
