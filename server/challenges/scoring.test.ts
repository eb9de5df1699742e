import { describe, expect, it } from "vitest";
import { formulaLines, nightScore, type NightRecord } from "./scoring";

const seat = (score = 0, depth: number | null = null) => ({ score, won: false, depth });
const send = (from: string) => ({ type: "send", from });
const night = (over: Partial<NightRecord>): NightRecord => ({ outcome: "", result: {}, events: [], params: {}, ...over });
const safe = { agreement: { ok: true }, validity: { ok: true }, termination: { ok: true, lastDecisionTick: 17 } };

describe("general (the player is A or B)", () => {
  const rule = { kind: "general" } as const;
  it.each([
    ["victory", 100],
    ["no-battle", 20],
    ["defeat-A", -100], // A attacked alone: the unsafe decision
    ["defeat-B", -50], // B attacked alone while A held
  ])("%s scores %i for A before messengers", (outcome, points) => {
    expect(nightScore(rule, "A", night({ outcome }))).toBe(points);
  });
  it("charges 5 per messenger the player sent, not the ally's", () => {
    const events = [send("A"), send("B"), send("A"), { type: "deliver", to: "B" }, send("A")];
    expect(nightScore(rule, "A", night({ outcome: "victory", events }))).toBe(100 - 15);
    expect(nightScore(rule, "B", night({ outcome: "victory", events }))).toBe(100 - 5);
  });
  it("reads the lone attacker from the player's side", () => {
    expect(nightScore(rule, "B", night({ outcome: "defeat-B" }))).toBe(-100);
    expect(nightScore(rule, "B", night({ outcome: "defeat-A" }))).toBe(-50);
  });
});

describe("lover", () => {
  const rule = { kind: "lover" } as const;
  it.each([
    ["date", "alice", 100],
    ["nothing", "alice", 20],
    ["stood-up-alice", "alice", -100],
    ["stood-up-bob", "alice", -50],
    ["stood-up-bob", "bob", -100],
  ])("%s scores %i for %s", (outcome, who, points) => {
    expect(nightScore(rule, who, night({ outcome }))).toBe(points);
  });
  it("charges 5 per SMS sent", () => {
    expect(nightScore(rule, "bob", night({ outcome: "date", events: [send("alice"), send("bob"), send("bob")] }))).toBe(90);
  });
});

describe("enemy", () => {
  const rule = { kind: "enemy" } as const;
  const capture = (by: string) => ({ type: "capture", by });
  it.each([
    ["defeat-A", 100],
    ["defeat-B", 100],
    ["no-battle", 0],
    ["victory", -100],
  ])("%s scores %i", (outcome, points) => {
    expect(nightScore(rule, "enemy", night({ outcome }))).toBe(points);
  });
  it("charges 5 per capture by the Enemy, never for chance", () => {
    expect(nightScore(rule, "enemy", night({ outcome: "defeat-A", events: [capture("enemy"), capture("chance"), capture("enemy")] }))).toBe(90);
  });
});

describe("process", () => {
  const rule = { kind: "process" } as const;
  it("scores 100 for round 1, 10 less per later round, at least 20", () => {
    expect(nightScore(rule, "p2", night({ result: { p2: seat(0, 1) }, checks: safe }))).toBe(100);
    expect(nightScore(rule, "p2", night({ result: { p2: seat(0, 4) }, checks: safe }))).toBe(70);
    expect(nightScore(rule, "p2", night({ result: { p2: seat(0, 30) }, checks: safe }))).toBe(20);
  });
  it("scores 0 when the player never decided", () => {
    expect(nightScore(rule, "p2", night({ result: { p2: seat(0, null) }, checks: safe }))).toBe(0);
  });
  it("costs 200 when Agreement or Validity broke, even for a process that decided", () => {
    const broken = (what: "agreement" | "validity") => ({ ...safe, [what]: { ok: false } });
    expect(nightScore(rule, "p2", night({ result: { p2: seat(0, 1) }, checks: broken("agreement") }))).toBe(-200);
    expect(nightScore(rule, "p2", night({ result: { p2: seat(0, 1) }, checks: broken("validity") }))).toBe(-200);
  });
  it("treats a missing verdict as unsafe", () => {
    expect(nightScore(rule, "p2", night({ result: { p2: seat(0, 1) } }))).toBe(-200);
  });
});

describe("adversary", () => {
  const rule = { kind: "adversary" } as const;
  it("scores 2 per tick until the last decision", () => {
    expect(nightScore(rule, "adversary", night({ checks: safe, params: { maxTicks: 60 } }))).toBe(34);
  });
  it("scores the whole limit plus 50 when someone never decided", () => {
    const checks = { ...safe, termination: { ok: false, lastDecisionTick: 12 } };
    expect(nightScore(rule, "adversary", night({ checks, params: { maxTicks: 60 } }))).toBe(170);
  });
});

describe("formulaLines", () => {
  it("states the same numbers the functions use", () => {
    expect(formulaLines({ kind: "general" })).toContain("You attack alone: -100");
    expect(formulaLines({ kind: "process" })).toContain("Agreement or Validity broken: -200");
    expect(formulaLines({ kind: "adversary" }).join(" ")).toMatch(/\+2/);
  });
});
