/**
 * Each challenge's objective as data (`goal`): which nights meet it, in the objective's own words,
 * and that playing every night is not enough to unlock the next challenge (−110 twice is −220,
 * not a completed challenge).
 */
import { describe, expect, it } from "vitest";
import type { NightRecord } from "../engine/scenario";
import { challengeById, challengeMet, CHALLENGES, ladderOf, nightMet, unlockedChallenges } from "./catalogue";
import { nightScore } from "./scoring";
import { seedOf } from "./seeds";
import { benor } from "../engine/benor";
import { roundsHeld } from "../engine/benor/scoring";
import type { BenorState } from "../engine/benor/types";

const sends = (from: string, k: number) => Array.from({ length: k }, () => ({ type: "send", from }));
const captures = (k: number) => Array.from({ length: k }, () => ({ type: "capture", by: "enemy" }));
const night = (outcome: string, events: NightRecord["events"] = [], more: Partial<NightRecord> = {}): NightRecord => ({ outcome, result: {}, events, params: {}, ...more });

/** A consensus verdict: safe or not, and when the last correct process decided (null: never). */
const verdict = (safe: boolean, lastDecisionTick: number | null) => ({
  agreement: { ok: safe },
  validity: { ok: true },
  termination: { ok: lastDecisionTick !== null, lastDecisionTick },
});
const run = (safe: boolean, yourRound: number | null, lastDecisionTick: number | null = 10) =>
  night(safe ? "decided" : "unsafe", [], { result: { p2: { score: 0, won: false, depth: yourRound } }, checks: verdict(safe, lastDecisionTick), params: { maxTicks: 60 } });

/** An FLP night: the scheduler's (or puzzle solver's) recorded score. */
const flpNight = (outcome: string, score: number) => night(outcome, [], { result: { adversary: { score, won: false, depth: null } } });

/** A Ben-Or night: the adversary's recorded score (10 a round held off, +30 undecided at time-up). */
const benorNight = (outcome: string, score: number) => night(outcome, [], { result: { adversary: { score, won: outcome === "undecided", depth: null } } });

/** A weaker-agreement night: the adversary's recorded score (k-set: +50 blocked, 10 a value beyond the first; ε: the spread in % of ε). */
const weakerNight = (outcome: string, score: number) => night(outcome, [], { result: { adversary: { score, won: outcome !== "agreed", depth: null } } });

/** A Falcon night: the operator's recorded score (1000 less detection, misses, false suspicions, needless kills, spies). */
const falconNight = (outcome: string, score: number) => night(outcome, [], { result: { operator: { score, won: outcome === "clean", depth: null } } });

/** Per challenge: nights that meet its objective and nights that do not, as its words say. */
const CASES: Record<string, { meets: [string, NightRecord][]; misses: [string, NightRecord][] }> = {
  "foggy-valley": {
    meets: [["both attack after 4 messengers", night("victory", sends("A", 4))], ["nobody attacks, no messenger", night("no-battle")], ["both attack after 20 messengers", night("victory", sends("A", 20))]],
    misses: [["A attacks alone after 2 messengers (−110)", night("defeat-A", sends("A", 2))], ["B attacks alone", night("defeat-B")], ["both attack after 21 messengers", night("victory", sends("A", 21))]],
  },
  "reading-enemy": {
    meets: [["both attack", night("victory", sends("A", 3))], ["nobody attacks after 4 messengers", night("no-battle", sends("A", 4))]],
    misses: [["A attacks alone", night("defeat-A")], ["nobody attacks after 5 messengers", night("no-battle", sends("A", 5))]],
  },
  "be-the-enemy": {
    meets: [["A alone after 10 captures", night("defeat-A", captures(10))], ["B alone, no capture", night("defeat-B")]],
    misses: [["B alone after 11 captures", night("defeat-B", captures(11))], ["nobody attacks", night("no-battle")], ["both attack", night("victory")]],
  },
  "lucky-night": {
    meets: [["a date after 10 texts", night("date", sends("alice", 10))]],
    misses: [["a date after 11 texts", night("date", sends("alice", 11))], ["both stay home", night("nothing")], ["Alice alone", night("stood-up-alice")]],
  },
  "half-lost": {
    meets: [["a date", night("date", sends("alice", 3))], ["both stay home after 4 texts", night("nothing", sends("alice", 4))]],
    misses: [["Alice alone", night("stood-up-alice")], ["Bob alone", night("stood-up-bob")], ["both stay home after 5 texts", night("nothing", sends("alice", 5))]],
  },
  "waiting-for-alice": {
    meets: [["a date", night("date", sends("bob", 2))], ["both stay home", night("nothing", sends("bob", 1))]],
    misses: [["Bob alone", night("stood-up-bob")], ["Bob stands Alice up", night("stood-up-alice")]],
  },
  "first-coordinator": {
    meets: [["decided in round 1", run(true, 1)], ["decided in round 9", run(true, 9)]],
    misses: [["undecided", run(true, null, null)], ["Agreement broken", run(false, 1)]],
  },
  "lying-detector": {
    meets: [["decided in round 3", run(true, 3)]],
    misses: [["undecided", run(true, null)], ["Agreement broken", run(false, 2)]],
  },
  "keep-five-undecided": {
    meets: [["last decision at tick 16, after GST", run(true, 1, 16)], ["someone undecided all night", run(true, null, null)]],
    misses: [["last decision at GST, tick 15", run(true, 1, 15)], ["decided at tick 4", run(true, 1, 4)]],
  },
  "find-the-bivalent-start": {
    meets: [["all four right", flpNight("solved", 40)]],
    misses: [["three of four right", flpNight("missed", 30)], ["time ran out", flpNight("missed", 0)]],
  },
  "where-lemma-one-bites": {
    meets: [["all four right", flpNight("solved", 40)]],
    misses: [["two of four right", flpNight("missed", 20)]],
  },
  procrastinate: {
    meets: [["kept open for 25 steps, no hint", flpNight("kept-open", 45)], ["two processes disagreed after 30 steps", flpNight("disagreement", 50)]],
    misses: [["kept open with two hints at 2 points", flpNight("kept-open", 41)], ["forced after 24 steps", flpNight("forced", 24)]],
  },
  "split-the-vote": {
    meets: [["decided in round 2", benorNight("decided", 10)], ["undecided at time-up in round 1", benorNight("undecided", 30)]],
    // An adversary that never moved scores 0 whatever the network's deliveries held off (below).
    misses: [["decided in round 1", benorNight("decided", 0)], ["held round 1 off without a move of its own", benorNight("decided", 0)]],
  },
  "tight-fairness": {
    meets: [["decided in round 3", benorNight("decided", 20)], ["undecided at time-up", benorNight("undecided", 40)]],
    misses: [["decided in round 2", benorNight("decided", 10)]],
  },
  "outrun-the-coins": {
    meets: [["undecided at time-up in round 1", benorNight("undecided", 30)], ["undecided at time-up in round 4", benorNight("undecided", 60)]],
    misses: [["decided in round 3", benorNight("decided", 20)], ["decided in round 2", benorNight("decided", 10)]],
  },
  "silence-the-chosen": {
    meets: [["blocked", weakerNight("blocked", 50)]],
    misses: [["everyone decided p1's value", weakerNight("agreed", 0)]],
  },
  "three-ways": {
    meets: [["three distinct decisions", weakerNight("agreed", 20)]],
    misses: [["two distinct decisions", weakerNight("agreed", 10)], ["one value", weakerNight("agreed", 0)]],
  },
  "halve-the-spread": {
    meets: [["decisions 12 apart with ε = 20 (60%)", weakerNight("agreed", 60)], ["exactly ε/2 apart", weakerNight("agreed", 50)]],
    misses: [["decisions 9 apart (45%)", weakerNight("agreed", 45)], ["all decided alike", weakerNight("agreed", 0)]],
  },
  "crash-or-pause": {
    meets: [["clean, two failures in 1 s each, 45 of spies", falconNight("clean", 915)], ["slow but cheap", falconNight("slow", 800)]],
    misses: [["a pause declared failed", falconNight("inaccurate", 760)], ["a failure missed", falconNight("slow", 799)]],
  },
  "behind-the-partition": {
    meets: [["waited out the partitions", falconNight("clean", 880)], ["one slow detection", falconNight("slow", 700)]],
    misses: [["declared during a partition", falconNight("inaccurate", 699)]],
  },
  "no-app-spy": {
    meets: [["a hang caught by the fallback", falconNight("slow", 620)], ["clean", falconNight("clean", 600)]],
    misses: [["two needless kills", falconNight("intrusive", 599)], ["nothing declared", falconNight("slow", 0)]],
  },
};

describe("challenge objectives as data", () => {
  it("every challenge has a goal, its bar in its words, and a case table here", () => {
    expect(Object.keys(CASES).sort()).toEqual(CHALLENGES.map((c) => c.id).sort());
    for (const c of CHALLENGES) {
      expect(Number.isInteger(c.goal.minScore), c.id).toBe(true);
      const bar = c.goal.minScore > 0 ? `+${c.goal.minScore}` : String(c.goal.minScore);
      expect(c.goal.met, c.id).toContain(`${bar} or more`);
    }
  });

  for (const [id, { meets, misses }] of Object.entries(CASES)) {
    it(`${id}: a night meets the objective exactly when its words say`, () => {
      const c = challengeById(id)!;
      for (const [what, n] of meets) expect(nightMet(c, nightScore(c.scoring, c.seat, n)), what).toBe(true);
      for (const [what, n] of misses) expect(nightMet(c, nightScore(c.scoring, c.seat, n)), what).toBe(false);
    });
  }

  it("a challenge is met when every night's best meets the objective, not when every night is played", () => {
    const foggy = challengeById("foggy-valley")!;
    expect(challengeMet(foggy, [-110, -110])).toBe(false); // −220 in all: played, not met
    expect(challengeMet(foggy, [15, -110])).toBe(false);
    expect(challengeMet(foggy, [15])).toBe(false);
    expect(challengeMet(foggy, [15, null])).toBe(false);
    expect(challengeMet(foggy, [15, 0])).toBe(true);
    expect(challengeMet(foggy, new Map([[1, 0], [0, 60]]))).toBe(true);
  });

  it("only a met challenge unlocks the next", () => {
    const [first, second] = ladderOf("generals");
    const met = new Set(CHALLENGES.filter((c) => challengeMet(c, c.nights.map(() => -110))).map((c) => c.id));
    expect(met.has(first.id)).toBe(false);
    expect(unlockedChallenges(met).has(second.id)).toBe(false);
  });
});

/** A Ben-Or challenge night played by an adversary that never moves: the room's ticks alone. */
function idleNight(params: Record<string, unknown>, seed: number): BenorState {
  let state = benor.create(benor.paramsSchema.parse(params), seed) as BenorState;
  while (state.phase === "playing") {
    const r = benor.reduce(state, benor.tick);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state as BenorState;
  }
  return state;
}

describe("Ben-Or challenges need play", () => {
  const ladder = CHALLENGES.filter((c) => c.scoring.kind === "hold-off");

  it("an idle night scores 0, below every Ben-Or challenge's bar, though the network alone held rounds off on some", () => {
    expect(ladder.length).toBeGreaterThan(0);
    let heldByNetwork = 0;
    for (const c of ladder) {
      c.nights.forEach((_, i) => {
        const state = idleNight(c.params, seedOf(c.id, i)!);
        const result = benor.summarize(state).seats as NightRecord["result"];
        const score = nightScore(c.scoring, c.seat, night(state.outcome!, [], { result }));
        expect(score, `${c.id} night ${i + 1}`).toBe(0);
        expect(score).toBeLessThan(c.goal.minScore);
        expect(nightMet(c, score)).toBe(false);
        if (roundsHeld(state.game) > 0) heldByNetwork++;
      });
    }
    // Without the rule these nights would have scored (split-the-vote's bar is one round held).
    expect(heldByNetwork).toBeGreaterThan(0);
  });

  it("one move of its own and the same run scores its rounds again", () => {
    const c = challengeById("split-the-vote")!;
    const seeds = c.nights.map((_, i) => seedOf(c.id, i)!);
    const scores = seeds.map((seed) => {
      let state = benor.create(benor.paramsSchema.parse(c.params), seed) as BenorState;
      // The network would deliver message 1 first anyway: the same run, but the adversary's move.
      const r = benor.reduce(state, { type: "deliver", seat: "adversary", messageId: 1 });
      if (!r.ok) throw new Error(r.error.message);
      state = r.state as BenorState;
      while (state.phase === "playing") state = (benor.reduce(state, benor.tick) as { state: BenorState }).state;
      return { score: benor.summarize(state).seats.adversary!.score, held: roundsHeld(state.game) };
    });
    for (const s of scores) expect(s.score).toBe(10 * s.held);
  });
});
