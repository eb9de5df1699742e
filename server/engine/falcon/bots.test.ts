import { describe, expect, it } from "vitest";
import { seedRng } from "../prng";
import { falconBotMoves } from "./bots";
import { compare, playedTimeline } from "./compare";
import { drawTimeline } from "./faults";
import { runFalcon } from "./run";
import { CHAOS_STRATEGIES } from "./strategies";
import { parse } from "./testing";
import { PERMANENT_KINDS, isPermanent, type FalconEvent, type Fault } from "./types";
import { chaosView } from "./views";
import { createFalconGame } from "./reducer";

const moves = (events: FalconEvent[]) => events.filter((e) => e.type === "kill" || e.type === "declare").map((e) => (e.type === "kill" ? `kill ${e.layer}@${e.atMs}` : `declare@${e.atMs}`));

function falconOn(timeline: Fault[], extra = {}) {
  return runFalcon(parse({ lengthMs: 30_000, horizonMs: 20_000, ...extra }), 3, { operator: "falcon", timeline, events: true });
}

describe("the Falcon bot follows the paper's rules", () => {
  it("a hung app: the app spy says hung, it kills the app (the smallest component) and declares", () => {
    const { events, metrics } = falconOn([{ atMs: 5_000, kind: "hang" }]);
    const m = moves(events);
    expect(m).toHaveLength(2);
    expect(m[0]).toMatch(/^kill app@/);
    expect(m[1]).toMatch(/^declare@/);
    expect(metrics).toMatchObject({ falseSuspicions: 0, unnecessaryKills: 0, oversizedKills: 0, detected: 1 });
    expect(metrics.detectionMs[0]).toBeLessThan(2_000);
  });

  it("a kernel panic or a VM stop: a lower spy says down, it declares without a kill, in under 2 s", () => {
    for (const kind of ["panic", "vmStop", "crash"] as const) {
      const { events, metrics } = falconOn([{ atMs: 5_000, kind }]);
      expect(moves(events)).toHaveLength(1);
      expect(metrics.detectionMs[0]).toBeLessThan(2_000);
    }
  });

  it("a partition: it waits (asking the switch now and then), and catches a crash inside it once it heals", () => {
    const { events, metrics } = falconOn([
      { atMs: 5_000, kind: "partition", durationMs: 12_000 },
      { atMs: 8_000, kind: "crash" },
    ]);
    expect(moves(events)).toEqual([expect.stringMatching(/^declare@1[78]\d\d\d$/)]);
    expect(events.filter((e) => e.type === "answer" && e.answer === "partitioned").length).toBeGreaterThan(5);
    expect(metrics).toMatchObject({ falseSuspicions: 0, unnecessaryKills: 0 });
  });

  it("a long pause: the app spy says up, it waits", () => {
    const { events, metrics } = falconOn([{ atMs: 5_000, kind: "slow", durationMs: 8_000 }], { maxPauseMs: 8_000 });
    expect(moves(events)).toEqual([]);
    expect(metrics.spyCost).toBeGreaterThan(0);
  });

  it("without an application spy a hang is caught by the fallback: a long timeout, then a remote kill", () => {
    const { events, metrics } = falconOn([{ atMs: 5_000, kind: "hang" }], { spies: ["switch", "vm", "os"] });
    const m = moves(events);
    expect(m[0]).toMatch(/^kill app@1[45]\d\d\d$/); // 10 s after the last heartbeat, its OS known up
    expect(metrics).toMatchObject({ unnecessaryKills: 0, falseSuspicions: 0, detected: 1 });
  });
});

describe("the plain timeouts pick their poison", () => {
  it("the short one declares a pause failed and kills it; the long one outwaits it", () => {
    const timeline: Fault[] = [{ atMs: 5_000, kind: "slow", durationMs: 3_000 }];
    const short = runFalcon(parse({ lengthMs: 20_000, horizonMs: 10_000 }), 3, { operator: "timeout-short", timeline });
    const long = runFalcon(parse({ lengthMs: 20_000, horizonMs: 10_000 }), 3, { operator: "timeout-long", timeline });
    expect(short.metrics.poisons).toEqual(["lost accuracy", "intrusive"]);
    expect(long.metrics.poisons).toEqual([]);
  });
});

describe("compare: three detectors on one timeline and one network", () => {
  it("gives each detector's figures on the same faults, and is deterministic", () => {
    const params = parse({ chaosBot: "slowness" });
    const timeline = createFalconGame(params, 11).timeline;
    const c = compare(params, 11, timeline);
    expect(c.rows.map((r) => r.detector)).toEqual(["falcon", "timeout-short", "timeout-long"]);
    const [falcon, short, long] = c.rows.map((r) => r.metrics);
    expect(falcon.poisons).toEqual([]);
    expect(short.poisons).toContain("lost accuracy");
    expect(long.meanDetectionMs!).toBeGreaterThan(falcon.meanDetectionMs!);
    expect(compare(params, 11, timeline)).toEqual(c);
  });

  it("a game chaos played compares on the faults it injected", () => {
    const params = parse({ chaosPlays: true, budget: 4 });
    const played = runFalcon(params, 5, { operator: "random", chaos: "partition" });
    const timeline = playedTimeline(played.state);
    expect(timeline.length).toBeGreaterThan(0);
    const falcon = compare(params, 5, timeline).rows[0];
    expect(falcon.metrics).toMatchObject({ falseSuspicions: 0, unnecessaryKills: 0 });
  });
});

describe("chaos", () => {
  it("timelines keep the rules: budget, horizon, allowed kinds, durations, time order", () => {
    for (const strategy of CHAOS_STRATEGIES) {
      for (let seed = 0; seed < 300; seed++) {
        const rules = parse({ budget: 1 + (seed % 8), horizonMs: 10_000 + 1_000 * (seed % 40), kinds: seed % 2 ? ["slow", "crash", "partition"] : undefined });
        const t = drawTimeline(strategy, rules, seedRng(seed));
        expect(t.length).toBeLessThanOrEqual(rules.budget);
        for (const [i, f] of t.entries()) {
          expect(rules.kinds).toContain(f.kind);
          expect(f.atMs).toBeLessThan(rules.horizonMs);
          expect(f.atMs % 100).toBe(0);
          if (i > 0) expect(f.atMs).toBeGreaterThan(t[i - 1].atMs);
          if (isPermanent(f.kind)) expect(f.durationMs).toBeUndefined();
          else expect(f.durationMs!).toBeLessThanOrEqual(f.kind === "slow" ? rules.maxPauseMs : rules.maxPartitionMs);
        }
      }
    }
  });

  it("slowness pauses near the longest allowed and ends on a real failure; partition hides failures inside partitions", () => {
    const rules = parse({ budget: 4 });
    const slow = drawTimeline("slowness", rules, seedRng(1));
    expect(slow.slice(0, -1).every((f) => f.kind === "slow" && f.durationMs! >= 0.6 * rules.maxPauseMs)).toBe(true);
    expect(PERMANENT_KINDS).toContain(slow.at(-1)!.kind);
    let inside = 0;
    for (let seed = 0; seed < 50; seed++) {
      const t = drawTimeline("partition", rules, seedRng(seed));
      for (const [i, f] of t.entries()) if (i > 0 && t[i - 1].kind === "partition" && f.atMs < t[i - 1].atMs + t[i - 1].durationMs!) inside++;
    }
    expect(inside).toBeGreaterThan(10);
  });

  it("a chaos seat's bot injects its plan within the rules (no refusal), and a watching seat makes no move", () => {
    for (const strategy of CHAOS_STRATEGIES) {
      const r = runFalcon(parse({ chaosPlays: true }), 9, { operator: "falcon", chaos: strategy });
      expect(r.state.ledger.faults.length).toBeGreaterThan(0);
      expect(r.state.ledger.faults.every((f) => f.by === "chaos")).toBe(true);
    }
    const watching = chaosView(createFalconGame(parse(), 1));
    expect(falconBotMoves(watching, "random", 1)).toEqual([]);
  });
});
