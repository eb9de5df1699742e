/**
 * What each FLP seat receives. A process sees only its own state and its own messages, numbered
 * in its own frame; the scheduler sees the whole configuration. And the property rather than the
 * case: generated pairs of games in which p1's own history is the same but the other processes'
 * steps differ give p1 byte-identical views.
 */
import { describe, expect, it } from "vitest";
import { applicableSteps, messageKey, type Step } from "./model";
import { flpParamsSchema, type FlpParamsInput } from "./params";
import { createFlpGame, reduceFlp } from "./reducer";
import { SCHEDULER_SEAT } from "./terms";
import type { FlpAction, FlpState } from "./types";
import { flpView, type FlpProcessView, type FlpSchedulerView } from "./view";

const seat = SCHEDULER_SEAT;
const game = (params: FlpParamsInput, seed: number) => createFlpGame(flpParamsSchema.parse(params), seed);

/** The move that takes `step` in this game (deliveries by the message's id in this game). */
function actionFor(state: FlpState, step: Step): FlpAction {
  if (step.message === null) return { type: "step", seat, process: step.pid + 1 };
  const m = state.messages.find((x) => x.key === step.message && x.deliveredAt === null);
  if (!m) throw new Error(`no message ${step.message}`);
  return { type: "deliver", seat, messageId: m.id };
}

function apply(state: FlpState, steps: readonly Step[]): FlpState {
  for (const step of steps) {
    if (state.phase !== "playing") return state;
    const r = reduceFlp(state, actionFor(state, step));
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    state = r.state;
  }
  return state;
}

/** A small seeded generator (a linear congruential one): tests only. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** A random schedule of `length` steps from the game's start (stopping where the game ends). */
function randomSchedule(start: FlpState, length: number, seed: number): Step[] {
  const pick = lcg(seed);
  const steps: Step[] = [];
  let state = start;
  while (steps.length < length && state.phase === "playing") {
    // Steps that keep the game going (so that pairs can be compared while it runs), when there are any.
    const all = applicableSteps(state.config);
    const going = all.filter((step) => apply(state, [step]).phase === "playing");
    const options = going.length > 0 ? going : all;
    const step = options[pick(options.length)];
    steps.push(step);
    state = apply(state, [step]);
  }
  return steps;
}

describe("a process's view", () => {
  const s = apply(game({ protocol: "majority-lock", inputs: [0, 1, 1], bound: 50, target: 1000 }, 1), [
    { pid: 1, message: null },
    { pid: 2, message: null },
    { pid: 0, message: messageKey({ from: 1, to: 0, body: { kind: "input", value: 1 } }) },
  ]);
  const p1 = flpView(s, "p1") as FlpProcessView;

  it("holds its own state, what it sent and what reached it, and nothing else", () => {
    expect(s.phase).toBe("playing");
    expect(Object.keys(p1).sort()).toEqual(["me", "outcome", "params", "phase", "protocol", "received", "reveal", "role", "scenario", "seat", "sent", "tick"]);
    expect(p1.params).toEqual({ n: 3, protocol: "majority-lock" });
    expect(p1.me).toEqual({ process: 1, input: 0, facts: expect.any(Array), decided: null, stepsTaken: 1 });
    expect(p1.reveal).toBeNull();
    expect(p1.outcome).toBeNull();
    const text = JSON.stringify(p1);
    for (const word of ["buffer", "valency", "evidence", "raw", "clock", "run", "messages", "hint", "due", "bivalentSteps", "inputs"]) expect(text).not.toContain(`"${word}"`);
  });

  it("numbers its messages in its own frame (1..k), never by the game-wide ids, and counts only its own steps", () => {
    // Game-wide, p1's sends (its input and its lock, to p2 and p3) are messages 5..8: p2 and p3 sent four before. It took step 3, its first.
    expect(s.messages.filter((m) => m.from === 0).map((m) => m.id)).toEqual([5, 6, 7, 8]);
    expect(p1.sent.map((m) => m.id)).toEqual([1, 2, 3, 4]);
    expect(p1.sent.every((m) => m.atMyStep === 1)).toBe(true);
    expect(p1.received).toEqual([{ id: 1, from: 2, label: "input 1", atMyStep: 1 }]);
  });

  it("is the whole configuration for the scheduler", () => {
    const v = flpView(s, seat) as FlpSchedulerView;
    expect(v.role).toBe("scheduler");
    expect(v.processes.map((p) => p.input)).toEqual([0, 1, 1]);
    expect(v.step).toBe(3);
    expect(v.buffer.length).toBe(s.config.buffer.length);
    expect(v.messages.map((m) => m.id)).toEqual(s.messages.map((m) => m.id));
    expect(v.raw.config).toEqual(s.config);
    expect(v.valency).toBe(s.valency);
    expect(v.run).toHaveLength(3);
    expect(v.params).toEqual(s.params);
  });
});

describe("p1 cannot tell apart games that differ only in the other processes' steps", () => {
  /**
   * World B: A's schedule with the others' steps changed where p1 cannot see it: λ steps of a
   * process that has started already (no-ops, which still move the run's step count and every
   * later message's send and delivery step) inserted, and adjacent steps of p2 and p3 swapped
   * (so the game-wide message ids come in another order).
   */
  function worldB(start: FlpState, a: readonly Step[], seed: number): Step[] {
    const pick = lcg(seed ^ 0x5bd1e995);
    const b = a.slice();
    for (let i = 0; i + 1 < b.length; i++) {
      const [x, y] = [b[i], b[i + 1]];
      if (x.pid !== 0 && y.pid !== 0 && x.pid !== y.pid && y.message === null && pick(2) === 0) [b[i], b[i + 1]] = [y, x];
    }
    const out: Step[] = [];
    let state = start;
    for (const step of b) {
      out.push(step);
      state = apply(state, [step]);
      for (const pid of [1, 2]) if (state.run.some((e) => e.kind === "step" && e.pid === pid) && pick(3) === 0) out.push({ pid, message: null });
    }
    return out;
  }

  it("gives p1 byte-identical views in every generated pair where both games are still going", () => {
    let compared = 0;
    let differed = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const protocol = seed % 2 === 0 ? "majority-lock" : "wait-n-minus-1";
      const start = game({ protocol, bound: 50, target: 1000 }, seed);
      const a = randomSchedule(start, 10, seed);
      const b = worldB(start, a, seed);
      let stateA: FlpState;
      let stateB: FlpState;
      try {
        stateA = apply(start, a);
        stateB = apply(start, b);
      } catch {
        continue; // a swap that moved a step before its message was sent: not a pair
      }
      if (stateA.phase !== "playing" || stateB.phase !== "playing") continue;
      compared++;
      if (JSON.stringify(flpView(stateA, seat)) !== JSON.stringify(flpView(stateB, seat))) differed++;
      expect(JSON.stringify(flpView(stateB, "p1")), `seed ${seed}`).toBe(JSON.stringify(flpView(stateA, "p1")));
    }
    expect(compared).toBeGreaterThanOrEqual(20);
    // The pairs are real: the scheduler, who sees everything, tells every one of them apart.
    expect(differed).toBe(compared);
  });
});
