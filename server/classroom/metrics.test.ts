import { describe, expect, it } from "vitest";
import { scenarioById } from "../engine/scenarios";
import { simulate } from "../engine/simulate";
import { gameMetrics, traceMetrics } from "./metrics";

const seat = (depth: number | null) => ({ score: 0, won: false, depth });
const sends = [{ type: "send" }, { type: "tick" }, { type: "send" }];
/** A game's parameters and seed with these events (the two-party and consensus figures read the events only). */
const played = (events: { type: string }[]) => ({ params: {}, seed: 1, events });

/** A consensus verdict with the named properties broken. */
function verdict(broken: string[] = [], lastDecisionRound: number | null = 2) {
  const ok = (name: string) => !broken.includes(name);
  return {
    agreement: { ok: ok("agreement"), values: [] },
    validity: { ok: ok("validity") },
    integrity: { ok: ok("integrity"), repeated: [] },
    termination: { ok: ok("termination"), lastDecisionTick: 9, lastDecisionRound, undecided: [], why: null },
    detector: { ok: ok("detector") },
    relayed: null,
  };
}

describe("gameMetrics", () => {
  it("classes two-party outcomes and charts the deepest rung", () => {
    expect(gameMetrics("generals", { outcome: "victory", seats: { A: seat(3), B: seat(4), enemy: seat(null) } }, played(sends), {})).toEqual({
      outcome: "victory", success: true, unsafe: false, messages: 2, depth: 4, roundsToDecide: null, verdictOk: null, strategies: {}, botFinished: false,
    });
    const lone = gameMetrics("lovers", { outcome: "stood-up-bob", seats: { alice: seat(0), bob: seat(1) } }, played([]), { alice: "bold" });
    expect([lone.success, lone.unsafe, lone.depth, lone.strategies]).toEqual([false, true, 1, { alice: "bold" }]);
    const none = gameMetrics("generals", { outcome: "no-battle", seats: { A: seat(null), B: seat(null) } }, played([]), {});
    expect([none.success, none.unsafe, none.depth]).toEqual([false, false, null]);
  });

  it("reads a consensus run's class and figures from its checker verdict", () => {
    const good = gameMetrics("consensus", { outcome: "decided", seats: {}, checks: verdict() }, played([]), {});
    expect([good.success, good.unsafe, good.depth, good.roundsToDecide, good.verdictOk]).toEqual([true, false, null, 2, true]);
    const slowDetector = gameMetrics("consensus", { outcome: "decided", seats: {}, checks: verdict(["detector"]) }, played([]), {});
    expect([slowDetector.success, slowDetector.verdictOk]).toEqual([true, false]);
    const stuck = gameMetrics("consensus", { outcome: "undecided", seats: {}, checks: verdict(["termination"]) }, played([]), {});
    expect([stuck.success, stuck.unsafe, stuck.roundsToDecide, stuck.verdictOk]).toEqual([false, false, null, false]);
    for (const property of ["agreement", "validity", "integrity"]) {
      const broken = gameMetrics("consensus", { outcome: "decided", seats: {}, checks: verdict([property]) }, played([]), {});
      expect([broken.success, broken.unsafe, broken.verdictOk], property).toEqual([false, true, false]);
    }
  });

  it("refuses a scenario it does not know", () => {
    expect(() => gameMetrics("chess", { outcome: "mate", seats: {} }, played([]), {})).toThrow(/unknown scenario/);
  });

  it("reads a stored trace: its outcome, result, checks, sends, and its bot seats' strategies", () => {
    const trace = {
      scenario: "generals",
      params: {},
      seed: 1,
      outcome: "defeat-B",
      result: { A: seat(2), B: seat(1), enemy: seat(null) },
      events: [...sends, { type: "send" }],
      seats: [
        { seat: "A", kind: "human" as const, name: "Ada", playerId: "p1" },
        { seat: "B", kind: "bot" as const, name: "timid", playerId: null },
        { seat: "enemy", kind: "bot" as const, name: "adversarial", playerId: null },
      ],
    };
    expect(traceMetrics(trace)).toEqual({
      outcome: "defeat-B", success: false, unsafe: true, messages: 3, depth: 2, roundsToDecide: null, verdictOk: null, strategies: { B: "timid", enemy: "adversarial" }, botFinished: false,
      // The player seats' kinds and scores (the enemy is not a player).
      seatKinds: [{ seat: "A", kind: "person", score: 0 }, { seat: "B", kind: "house", score: 0 }],
    });
    const run = traceMetrics({ scenario: "consensus", params: {}, seed: 1, outcome: "decided", result: {}, checks: verdict(["agreement"], 3), events: [], seats: [] });
    expect([run.unsafe, run.roundsToDecide, run.verdictOk, run.strategies]).toEqual([true, 3, false, {}]);
  });

  it("tells people, students' bots and house bots apart by seat, with their scores, the same live and stored", () => {
    const summary = { outcome: "victory", seats: { A: { score: 7, won: true, depth: 3 }, B: { score: 5, won: true, depth: 2 }, enemy: seat(null) } };
    // Live: a student's bot holds its seat as kind "human" with a botId; stored, its kind is "bot".
    const live = gameMetrics("generals", summary, played([]), { enemy: "adversarial" }, {
      seats: [{ seat: "A", kind: "human", botId: null }, { seat: "B", kind: "human", botId: "bot1" }, { seat: "enemy", kind: "bot" }],
    });
    expect(live.seatKinds).toEqual([{ seat: "A", kind: "person", score: 7 }, { seat: "B", kind: "studentBot", score: 5 }]);
    const stored = traceMetrics({
      scenario: "generals", params: {}, seed: 1, outcome: "victory", result: summary.seats, events: [],
      seats: [
        { seat: "A", kind: "human", name: "Ada", playerId: "p1" },
        { seat: "B", kind: "bot", name: "Chainbot", playerId: null, botId: "bot1" },
        { seat: "enemy", kind: "bot", name: "adversarial", playerId: null },
      ],
    });
    expect(stored).toEqual(live);
    // Without seats (a caller that does not say): no seat kinds at all.
    expect(gameMetrics("generals", summary, played([]), {})).not.toHaveProperty("seatKinds");
  });

  it("carries the bot-finished flag: from the room live, from the trace once stored", () => {
    expect(gameMetrics("generals", { outcome: "no-battle", seats: {} }, played([]), {}, { botFinished: true }).botFinished).toBe(true);
    expect(gameMetrics("generals", { outcome: "no-battle", seats: {} }, played([]), {}).botFinished).toBe(false);
    const stored = { scenario: "lovers", params: {}, seed: 1, outcome: "nothing", result: {}, events: [], seats: [] };
    expect(traceMetrics({ ...stored, botFinished: true }).botFinished).toBe(true);
    expect(traceMetrics(stored).botFinished).toBe(false);
  });

  it("adds the scenario's own detail from the game's params, seed and events, the same live and from the stored trace", () => {
    const falcon = scenarioById("falcon")!;
    const params = falcon.paramsSchema.parse({ lengthMs: 20_000, faultSeed: 3 });
    const record = simulate({ scenario: falcon, params, seed: 11, strategies: { operator: "timeout-short", chaos: "random" } });
    const summary = falcon.summarize(record.state);
    const live = gameMetrics("falcon", summary, { params, seed: 11, events: record.traceEvents() }, { operator: "timeout-short" }, { seats: [{ seat: "operator", kind: "bot" }] });
    expect(live.detail).toMatchObject({ timeoutMs: expect.any(Number), reference: [{ detector: "falcon" }, { detector: "timeout-short" }, { detector: "timeout-long" }] });
    // Stored: what the trace keeps, through JSON.
    const trace = JSON.parse(JSON.stringify({ scenario: "falcon", params, seed: 11, outcome: summary.outcome, result: summary.seats, checks: summary.checks, events: record.traceEvents(), seats: [{ seat: "operator", kind: "bot", name: "timeout-short", playerId: null }] }));
    expect(traceMetrics(trace)).toEqual(live);
  });
});
