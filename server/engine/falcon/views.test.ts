/**
 * What each seat may know, proven on generated pairs of worlds (STYLE.md 14): two worlds that
 * differ only in what a seat may not know must send that seat the same bytes, tick after tick,
 * and refuse its moves alike.
 *
 * Operator: worlds differ in the fault that silences the service at t0 (crash, hang, kernel
 * panic, VM stop, or a partition or pause still in force), in chaos's rules and bot, in whether
 * chaos is a seat or a seeded timeline, and in the faults after the horizon of observation. The
 * operator acts meanwhile (timeouts, waits, declarations, and the kills and questions to spies
 * whose outcome the two faults share).
 * Chaos: worlds differ in the operator's questions to its spies and its timeout.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { announcedFalconParams, falconDisclosure } from "./disclosure";
import { createFalconGame, reduceFalcon } from "./reducer";
import { parse } from "./testing";
import { CHAOS_STRATEGIES } from "./strategies";
import { FAULT_KINDS, LAYERS, isPermanent, type FalconAction, type FalconState, type Fault, type FaultKind, type Layer } from "./types";
import { chaosView, operatorView } from "./views";

/** Each spy's answer under each fault (reducer.test.ts checks the table against the engine). */
const ANSWERS: Record<FaultKind, Record<Layer, string>> = {
  crash: { switch: "up", vm: "up", os: "up", app: "down" },
  hang: { switch: "up", vm: "up", os: "up", app: "hung" },
  panic: { switch: "up", vm: "up", os: "down", app: "cant-tell" },
  vmStop: { switch: "up", vm: "down", os: "cant-tell", app: "cant-tell" },
  partition: { switch: "partitioned", vm: "cant-tell", os: "cant-tell", app: "cant-tell" },
  slow: { switch: "up", vm: "up", os: "up", app: "up" },
};

const TEMP_MS = 4_000;
const fault = (kind: FaultKind, atMs: number): Fault => (isPermanent(kind) ? { atMs, kind } : { atMs, kind, durationMs: TEMP_MS });

type Move = { type: "setTimeout"; timeoutMs: number } | { type: "wait" } | { type: "declare" } | { type: "query"; layer: Layer } | { type: "kill"; layer: Layer };

/** Whether a kill lands under each fault: the app's needs its OS up and the host reachable, the OS's its VM (spies.ts). */
const KILL_LANDS: Record<FaultKind, Record<Layer, boolean>> = {
  crash: { app: true, os: true, vm: true, switch: true },
  hang: { app: true, os: true, vm: true, switch: true },
  slow: { app: true, os: true, vm: true, switch: true },
  panic: { app: false, os: true, vm: true, switch: true },
  vmStop: { app: false, os: false, vm: true, switch: true },
  partition: { app: false, os: false, vm: true, switch: true },
};

const moveArb: fc.Arbitrary<Move> = fc.oneof(
  fc.integer({ min: 1, max: 100 }).map((n) => ({ type: "setTimeout" as const, timeoutMs: n * 100 })),
  fc.constant({ type: "wait" as const }),
  fc.constant({ type: "declare" as const }),
  fc.constantFrom(...LAYERS).map((layer) => ({ type: "query" as const, layer })),
  fc.constantFrom(...LAYERS).map((layer) => ({ type: "kill" as const, layer })),
);

const chaosRulesArb = fc.record({
  kinds: fc.subarray([...FAULT_KINDS], { minLength: 1 }),
  budget: fc.integer({ min: 1, max: 20 }),
  maxPauseMs: fc.integer({ min: 40, max: 80 }).map((n) => n * 100),
  maxPartitionMs: fc.integer({ min: 40, max: 300 }).map((n) => n * 100),
  chaosBot: fc.constantFrom(...CHAOS_STRATEGIES),
});

function step(state: FalconState, action: FalconAction): { state: FalconState; code: string } {
  const r = reduceFalcon(state, action);
  return r.ok ? { state: r.state, code: "ok" } : { state, code: r.error.code };
}

describe("the operator cannot tell worlds apart that differ only in what it may not know", () => {
  it("same bytes and the same refusals, tick after tick, whatever silenced the service", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...FAULT_KINDS),
        fc.constantFrom(...FAULT_KINDS),
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 0, max: 39 }),
        chaosRulesArb,
        chaosRulesArb,
        fc.boolean(),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), moveArb), { maxLength: 12 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 50 }), fc.constantFrom(...FAULT_KINDS)), { maxLength: 4 }),
        (seed, kindA, kindB, t0Ticks, watchTicks, rulesA, rulesB, bPlays, script, laterB) => {
          const t0 = t0Ticks * 100;
          const end = t0 + watchTicks * 100;
          const base = { lengthMs: 20_000, horizonMs: 15_000, timeoutMs: 1_000 };
          const a0 = createFalconGame(parse({ ...base, ...rulesA, kinds: [...new Set([...rulesA.kinds, kindA])] }), seed, { timeline: [fault(kindA, t0)] });
          const laterFaults = laterB.map(([dt, k]) => fault(k, end + 100 * dt)).sort((x, y) => x.atMs - y.atMs);
          const paramsB = parse({ ...base, ...rulesB, kinds: [...new Set([...rulesB.kinds, kindB])], chaosPlays: bPlays, budget: 20 });
          const b0 = createFalconGame(paramsB, seed, { timeline: bPlays ? [] : [fault(kindB, t0), ...laterFaults] });
          const shared = (l: Layer) => ANSWERS[kindA][l] === ANSWERS[kindB][l];
          const moves = new Map<number, Move[]>();
          for (const [tick, m] of script) {
            if (m.type === "query" && !shared(m.layer)) continue;
            moves.set(tick, [...(moves.get(tick) ?? []), m]);
          }
          let a = a0;
          let b = b0;
          for (let tick = 0; tick * 100 <= end; tick++) {
            expect(JSON.stringify(operatorView(b))).toBe(JSON.stringify(operatorView(a)));
            let split = false;
            for (const m of moves.get(tick) ?? []) {
              const ra = step(a, { ...m, seat: "operator" } as FalconAction);
              const rb = step(b, { ...m, seat: "operator" } as FalconAction);
              expect(rb.code).toBe(ra.code);
              [a, b] = [ra.state, rb.state];
              expect(JSON.stringify(operatorView(b))).toBe(JSON.stringify(operatorView(a)));
              // A kill that lands in one world only: its confirmation will tell them apart (rightly), not before.
              if (m.type === "kill" && KILL_LANDS[kindA][m.layer] !== KILL_LANDS[kindB][m.layer]) split = true;
              if (split) break;
            }
            if (split) break;
            if (bPlays && tick * 100 === t0) b = step(b, { type: "inject", seat: "chaos", ...fault(kindB, t0) }).state;
            a = step(a, { type: "tick" }).state;
            b = step(b, { type: "tick" }).state;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("chaos cannot tell worlds apart that differ only in what the operator asks its spies", () => {
  it("same bytes whatever the operator's questions and timeout", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 150 }), fc.oneof(moveArb.filter((m) => m.type === "query" || m.type === "setTimeout" || m.type === "wait"))), { maxLength: 15 }),
        (seed, script) => {
          const params = parse({ lengthMs: 15_000, horizonMs: 12_000, chaosBot: CHAOS_STRATEGIES[seed % 3] });
          let a = createFalconGame(params, seed);
          let b = createFalconGame(params, seed);
          for (let tick = 0; tick < 150; tick++) {
            expect(JSON.stringify(chaosView(b))).toBe(JSON.stringify(chaosView(a)));
            for (const [t, m] of script) if (t === tick) b = step(b, { ...m, seat: "operator" } as FalconAction).state;
            a = step(a, { type: "tick" }).state;
            b = step(b, { type: "tick" }).state;
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("a check that the pairs can fail", () => {
  it("a view that showed the true state of the app would tell a crash from a partition", () => {
    const p = parse({ lengthMs: 10_000, horizonMs: 5_000 });
    let a = createFalconGame(p, 1, { timeline: [fault("crash", 2_000)] });
    let b = createFalconGame(p, 1, { timeline: [fault("partition", 2_000)] });
    for (let i = 0; i < 30; i++) [a, b] = [step(a, { type: "tick" }).state, step(b, { type: "tick" }).state];
    expect(JSON.stringify(operatorView(a))).toBe(JSON.stringify(operatorView(b)));
    const leaky = (s: FalconState) => JSON.stringify({ ...operatorView(s), truth: s.truth.failure?.kind ?? null });
    expect(leaky(a)).not.toBe(leaky(b));
  });
});

describe("disclosure", () => {
  it("each view's params are what the disclosure announces; an unseated student is told the operator's", () => {
    const p = parse({ chaosPlays: true, kinds: ["crash"], budget: 2 });
    const s = createFalconGame(p, 1);
    expect(operatorView(s).params).toEqual(announcedFalconParams(p, "operator"));
    expect(chaosView(s).params).toEqual(announcedFalconParams(p, "chaos"));
    expect(announcedFalconParams(p, null)).toEqual(announcedFalconParams(p, "operator"));
    expect(Object.keys(announcedFalconParams(p, "operator")).sort()).toEqual(["heartbeatMs", "lengthMs", "netMedianMs", "netSigma", "spies", "timeoutMs"]);
    expect(falconDisclosure.seatVisibility(p, "operator", "chaos")).toBe("occupant");
    expect(falconDisclosure.seatVisibility(p, "chaos", "operator")).toBe("occupant");
  });
});
