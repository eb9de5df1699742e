/**
 * Each challenge's objective as data (`goal`): which nights meet it, in the objective's own words,
 * and that playing every night is not enough to unlock the next challenge (−110 twice is −220,
 * not a completed challenge).
 */
import { describe, expect, it } from "vitest";
import type { NightRecord } from "../engine/scenario";
import { challengeById, challengeMet, CHALLENGES, ladderOf, nightMet, unlockedChallenges } from "./catalogue";
import { nightScore } from "./scoring";

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
    misses: [["decided in round 1", benorNight("decided", 0)]],
  },
  "tight-fairness": {
    meets: [["decided in round 3", benorNight("decided", 20)], ["undecided at time-up", benorNight("undecided", 40)]],
    misses: [["decided in round 2", benorNight("decided", 10)]],
  },
  "outrun-the-coins": {
    meets: [["undecided at time-up in round 1", benorNight("undecided", 30)], ["undecided at time-up in round 4", benorNight("undecided", 60)]],
    misses: [["decided in round 3", benorNight("decided", 20)], ["decided in round 2", benorNight("decided", 10)]],
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
