import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { drawKSetInputs } from "./game";
import { weaker } from "./index";
import { weakerParamsSchema } from "./params";
import { createWeakerGame, reduceWeaker } from "./reducer";
import type { WeakerAction, WeakerState } from "./types";
import type { WeakerAdversaryView, WeakerProcessView } from "./view";

const params = (p: Record<string, unknown> = {}) => weakerParamsSchema.parse(p);
const A = "adversary";

function apply(state: WeakerState, action: WeakerAction): WeakerState {
  const r = reduceWeaker(state, action);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}
const refused = (state: WeakerState, a: WeakerAction) => {
  const r = reduceWeaker(state, a);
  return r.ok ? null : r.error.code;
};

const adversary = (s: WeakerState) => weaker.view(s, A) as WeakerAdversaryView;
const proc = (s: WeakerState, seat: string) => weaker.view(s, seat) as WeakerProcessView;
const deliver = (s: WeakerState, id: number) => apply(s, { type: "deliver", seat: A, messageId: id });
/** Steps a chosen process if one may, else delivers the oldest deliverable message. */
const fifo = (s: WeakerState) => {
  const v = adversary(s);
  if (v.canStep.length) return apply(s, { type: "step", seat: A, process: v.canStep[0] });
  return deliver(s, v.buffer.find((m) => !m.dead)!.id);
};

describe("weaker-agreement parameters", () => {
  it("default to k-set agreement, three processes, k = 2, one crash, a 3n² bound", () => {
    const p = params();
    expect(p).toMatchObject({ problem: "kset", n: 3, k: 2, f: 1, watch: false, patience: 5, maxTicks: 600 });
    expect(adversary(createWeakerGame(p, 1)).bound).toBe(27);
  });
  it("refuse k > n, f ≥ n (k-set) or f ≥ n/2 (ε), ε too small or too large, inputs out of range, a bot of the other problem", () => {
    expect(weakerParamsSchema.safeParse({ k: 4 }).success).toBe(false);
    expect(weakerParamsSchema.safeParse({ f: 3 }).success).toBe(false);
    expect(weakerParamsSchema.safeParse({ f: 2 }).success).toBe(true);
    expect(weakerParamsSchema.safeParse({ problem: "epsilon", f: 2 }).success).toBe(false);
    expect(weakerParamsSchema.safeParse({ problem: "epsilon", epsilon: 0.1 }).success).toBe(false);
    expect(weakerParamsSchema.safeParse({ problem: "epsilon", epsilon: 100 }).success).toBe(false);
    expect(weakerParamsSchema.safeParse({ problem: "epsilon", inputs: [0, 50, 101] }).success).toBe(false);
    expect(weakerParamsSchema.safeParse({ inputs: [1, 2.5, 3] }).success).toBe(false);
    expect(weakerParamsSchema.safeParse({ problem: "epsilon", bot: "blocker" }).success).toBe(false);
    expect(weakerParamsSchema.safeParse({ problem: "epsilon", bot: "spreader", inputs: [0, 50, 99.5] }).success).toBe(true);
  });
  it("draw distinct k-set inputs from 1..9 when none are given", () => {
    for (let seed = 0; seed < 50; seed++) {
      const inputs = drawKSetInputs(5, seed);
      expect(new Set(inputs).size).toBe(5);
      expect(inputs.every((v) => v >= 1 && v <= 9)).toBe(true);
      expect(adversary(createWeakerGame(params({ n: 5 }), seed)).processes.map((p) => p.input)).toEqual(inputs);
    }
  });
});

describe("k-set agreement as a game", () => {
  it("with f < k every live process decides, at most k values: the chosen step, the others decide the first value that reaches them", () => {
    let s = createWeakerGame(params({ n: 4, k: 2, f: 1, inputs: [5, 7, 1, 2] }), 1);
    expect(adversary(s).canStep).toEqual([1, 2]);
    expect(refused(s, { type: "step", seat: A, process: 3 })).toBe("NOT_ALLOWED");
    s = apply(s, { type: "step", seat: A, process: 2 });
    expect(adversary(s).buffer.map((m) => [m.from, m.to, m.label])).toEqual([[2, 1, "v 7"], [2, 3, "v 7"], [2, 4, "v 7"]]);
    s = apply(s, { type: "crash", seat: A, process: 1 });
    expect(refused(s, { type: "step", seat: A, process: 1 })).toBe("PROCESS_CRASHED");
    expect(refused(s, { type: "crash", seat: A, process: 2 })).toBe("NO_CRASH_LEFT");
    while (s.phase === "playing") s = fifo(s);
    expect(s.outcome).toBe("agreed");
    const summary = weaker.summarize(s);
    expect(summary.checks).toMatchObject({ problem: "kset", agreement: { ok: true, values: [7] }, termination: { ok: true } });
    expect(summary.seats.adversary).toEqual({ score: 0, won: false, depth: 1 });
    expect(weaker.outcomeClass(summary)).toBe("good");
  });

  it("two values with k = 2: the adversary scores 10 for the second", () => {
    let s = createWeakerGame(params({ n: 4, k: 2, f: 1, inputs: [5, 7, 1, 2] }), 1);
    s = apply(s, { type: "step", seat: A, process: 1 });
    s = apply(s, { type: "step", seat: A, process: 2 });
    const v = adversary(s);
    s = deliver(s, v.buffer.find((m) => m.from === 1 && m.to === 3)!.id);
    s = deliver(s, v.buffer.find((m) => m.from === 2 && m.to === 4)!.id);
    expect(s.outcome).toBe("agreed");
    expect(weaker.summarize(s).seats.adversary).toEqual({ score: 10, won: false, depth: 2 });
  });

  it("with k = 1 and one crash, crashing p1 before it sends blocks everyone: FLP's wall", () => {
    let s = createWeakerGame(params({ n: 3, k: 1, f: 1 }), 4);
    s = apply(s, { type: "crash", seat: A, process: 1 });
    expect(s.outcome).toBe("blocked");
    const summary = weaker.summarize(s);
    expect(summary.checks).toMatchObject({ termination: { ok: false, undecided: [2, 3] } });
    expect(summary.seats.adversary).toEqual({ score: 50, won: true, depth: 0 });
    expect(weaker.outcomeClass(summary)).toBe("safe");
  });

  it("refuses with the scenario's codes: no such message, a crashed receiver, a process's move, ε's step, after the end", () => {
    let s = createWeakerGame(params({ n: 3, k: 2, f: 2, inputs: [1, 2, 3] }), 1);
    expect(refused(s, { type: "deliver", seat: A, messageId: 99 })).toBe("NO_SUCH_MESSAGE");
    expect(refused(s, { type: "crash", seat: A, process: 4 })).toBe("NOT_ALLOWED");
    expect(refused(s, { type: "deliver", seat: "p1", messageId: 1 })).toBe("NOT_YOUR_SEAT");
    s = apply(s, { type: "step", seat: A, process: 1 });
    s = apply(s, { type: "crash", seat: A, process: 3 });
    expect(refused(s, { type: "deliver", seat: A, messageId: 2 })).toBe("PROCESS_CRASHED");
    const e = createWeakerGame(params({ problem: "epsilon" }), 1);
    expect(refused(e, { type: "step", seat: A, process: 1 })).toBe("NOT_ALLOWED");
    let over = createWeakerGame(params({ k: 1 }), 1);
    over = apply(over, { type: "crash", seat: A, process: 1 });
    expect(refused(over, { type: "tick" })).toBe("GAME_OVER");
  });

  it("keeps the fairness bound: a chosen process that waited `bound` steps must step next (or crash)", () => {
    let s = createWeakerGame(params({ n: 5, k: 2, f: 1, bound: 3, inputs: [1, 2, 3, 4, 5] }), 1);
    s = apply(s, { type: "step", seat: A, process: 1 });
    s = deliver(s, 1);
    s = deliver(s, 2);
    expect(adversary(s).due).toEqual({ kind: "step", process: 2, waited: 3 });
    expect(refused(s, { type: "deliver", seat: A, messageId: 3 })).toBe("UNFAIR");
    expect(reduceWeaker(s, { type: "deliver", seat: A, messageId: 3 })).toMatchObject({ error: { message: expect.stringContaining("p2 has waited 3 steps") } });
    expect(refused(s, { type: "crash", seat: A, process: 2 })).toBe(null);
    expect(refused(s, { type: "step", seat: A, process: 2 })).toBe(null);
  });

  it("lets the network serve the oldest obligation after `patience` idle ticks", () => {
    let s = createWeakerGame(params({ n: 3, k: 2, patience: 2 }), 1);
    s = apply(s, { type: "tick" });
    expect(adversary(s).step).toBe(0);
    const r = reduceWeaker(s, { type: "tick" });
    expect(r.ok && r.events[0]).toMatchObject({ type: "step", process: 1, by: "network" });
  });
});

describe("ε-agreement as a game", () => {
  it("opens with every process's round-1 value in flight, ids 1..n², and halves the spread each round", () => {
    let s = createWeakerGame(params({ problem: "epsilon", inputs: [2, 50, 98] }), 1);
    const v = adversary(s);
    expect(v.buffer.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(v.buffer[1]).toMatchObject({ from: 1, to: 2, label: "r1 2" });
    expect(v.rounds).toBe(4);
    while (s.phase === "playing") s = fifo(s);
    expect(s.outcome).toBe("agreed");
    const spreads = adversary(s).spreads.map((x) => x.spread);
    expect(spreads[0]).toBe(96);
    for (let r = 1; r < spreads.length; r++) expect(spreads[r]).toBeLessThanOrEqual(spreads[r - 1] / 2);
    const summary = weaker.summarize(s);
    expect(summary.checks).toMatchObject({ problem: "epsilon", agreement: { ok: true }, validity: { ok: true }, termination: { ok: true } });
  });

  it("the spreader keeps them as far apart as the halving allows: 96 / 2⁴ = 6, 60 points", () => {
    let s = createWeakerGame(params({ problem: "epsilon", inputs: [2, 50, 98] }), 1);
    while (s.phase === "playing") for (const m of weaker.botMoves(adversary(s), "spreader", 1)) s = apply(s, weaker.toAction(A, m));
    expect(adversary(s).spread).toBeCloseTo(6);
    expect(weaker.summarize(s).seats.adversary?.score).toBe(60);
  });

  it("a watched game: the bot moves one a tick, the seat's moves are refused, it scores nothing", () => {
    let s = createWeakerGame(params({ problem: "epsilon", watch: true, bot: "random" }), 7);
    expect(refused(s, { type: "deliver", seat: A, messageId: 1 })).toBe("NOT_ALLOWED");
    while (s.phase === "playing") s = apply(s, { type: "tick" });
    expect(s.outcome).toBe("agreed");
    expect(weaker.summarize(s).seats.adversary?.score).toBe(0);
  });
});

describe("what a process sees", () => {
  it("only its own state and what reached it, numbered 1..k: never the others' inputs, the buffer or the step count", () => {
    let s = createWeakerGame(params({ problem: "epsilon", inputs: [10, 20, 90] }), 1);
    s = deliver(s, 3); // p1's value to p3
    const v = proc(s, "p3");
    expect(v.params).toEqual({ problem: "epsilon", n: 3, f: 1, epsilon: 10, lo: 0, hi: 100 });
    expect(v.me).toMatchObject({ process: 3, input: 90, value: 90, round: 1 });
    expect(v.received).toEqual([{ id: 1, from: 1, round: 1, value: 10, label: "r1 10" }]);
    expect(JSON.stringify(v)).not.toContain('"buffer"');
    expect(JSON.stringify(v)).not.toContain('"step"');
  });

  it("is byte-identical across two worlds that differ only in what it cannot see (k-set: another's input, the adversary's other moves)", () => {
    let a = createWeakerGame(params({ n: 4, k: 2, f: 1, inputs: [5, 7, 1, 2] }), 1);
    let b = createWeakerGame(params({ n: 4, k: 2, f: 1, inputs: [5, 9, 1, 3] }), 2);
    a = apply(a, { type: "step", seat: A, process: 1 });
    b = apply(b, { type: "step", seat: A, process: 1 });
    b = apply(b, { type: "step", seat: A, process: 2 });
    a = deliver(a, adversary(a).buffer.find((m) => m.to === 3)!.id);
    b = deliver(b, adversary(b).buffer.find((m) => m.to === 3 && m.from === 1)!.id);
    expect(JSON.stringify(proc(a, "p3"))).toBe(JSON.stringify(proc(b, "p3")));
    expect(JSON.stringify(proc(a, "p4"))).not.toBe(JSON.stringify(proc(b, "p4")));
  });

  it("is byte-identical across two ε worlds that differ in another's input and in deliveries to others", () => {
    let a = createWeakerGame(params({ problem: "epsilon", inputs: [10, 20, 90] }), 1);
    let b = createWeakerGame(params({ problem: "epsilon", inputs: [10, 60, 90] }), 1);
    b = deliver(b, 5); // p2's value to p2
    a = deliver(a, 1);
    b = deliver(b, 1);
    expect(JSON.stringify(proc(a, "p1"))).toBe(JSON.stringify(proc(b, "p1")));
    expect(JSON.stringify(proc(a, "p2"))).not.toBe(JSON.stringify(proc(b, "p2")));
  });
});

describe("weaker-agreement bots", () => {
  it("the blocker blocks k = 1 with one crash, and gets k values with f < k", () => {
    const run = (p: Record<string, unknown>, seed: number) => {
      const pp = params(p);
      const strategies: Record<string, string> = Object.fromEntries(weaker.seats(pp).map((s) => [s, s === A ? "blocker" : "protocol"]));
      return simulate({ scenario: weaker, params: pp, seed, strategies }).state as WeakerState;
    };
    for (let seed = 1; seed < 20; seed++) {
      expect(run({ k: 1, f: 1 }, seed).outcome).toBe("blocked");
      const s = run({ n: 4, k: 2, f: 1 }, seed);
      expect(s.outcome).toBe("agreed");
      expect(weaker.summarize(s).seats.adversary?.depth).toBe(2);
    }
  });

  it("the random bots keep the rules and the bound on many seeds, in both problems", () => {
    for (let seed = 1; seed < 60; seed++) {
      const p = params(seed % 2 ? { problem: "epsilon", n: 3 + (seed % 3), f: 1, bound: 5 } : { n: 3 + (seed % 3), k: 1 + (seed % 3), f: seed % 3, bound: 4 });
      const strategies: Record<string, string> = Object.fromEntries(weaker.seats(p).map((s) => [s, s === A ? "random" : "protocol"]));
      const s = simulate({ scenario: weaker, params: p, seed, strategies }).state as WeakerState;
      expect(["agreed", "blocked"]).toContain(s.outcome);
      const c = weaker.summarize(s).checks as { agreement: { ok: boolean }; validity: { ok: boolean } };
      expect(c.agreement.ok && c.validity.ok).toBe(true);
    }
  });
});
