import { describe, expect, it } from "vitest";
import { seedRng } from "../../prng";
import { applyKSet, checkKSet, createKSet, kSetMoves, kSetProcessView, kSetQuiet, kSetRandomMove, type KSetMove, type KSetState } from "./kSet";

function apply(s: KSetState, move: KSetMove): KSetState {
  const r = applyKSet(s, move);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

/** Every schedule from s to quiet (nothing left to step or deliver), depth first; calls `end` on each final state. */
function everySchedule(s: KSetState, end: (s: KSetState, schedule: KSetMove[]) => void, schedule: KSetMove[] = []): number {
  if (kSetQuiet(s)) {
    end(s, schedule);
    return 1;
  }
  let count = 0;
  for (const move of kSetMoves(s)) count += everySchedule(apply(s, move), end, [...schedule, move]);
  return count;
}

describe("k-set agreement, the trivial protocol", () => {
  it("n = 3, k = 2, f = 1: every schedule, for every input vector over {0, 1, 2}, ends with at most 2 values decided, each an input, every live process decided", () => {
    let schedules = 0;
    let withCrash = 0;
    for (let code = 0; code < 27; code++) {
      const inputs = [code % 3, Math.floor(code / 3) % 3, Math.floor(code / 9)];
      schedules += everySchedule(createKSet({ n: 3, k: 2, f: 1, inputs }), (s, schedule) => {
        const verdict = checkKSet(s);
        if (!verdict.ok) expect.fail(`inputs ${inputs}, schedule ${JSON.stringify(schedule)}: ${JSON.stringify(verdict)}`);
        if (s.crashed.length) withCrash++;
      });
    }
    expect(schedules).toBe(18_360); // 680 per input vector; all but 80 of them crash a process
    expect(withCrash).toBeGreaterThan(0);
  });

  it("k = 1 (consensus) with one crash can block: the chosen process crashes before it sends, and the live processes wait forever", () => {
    let s = createKSet({ n: 3, k: 1, f: 1, inputs: [7, 8, 9] });
    s = apply(s, { type: "crash", pid: 0 });
    expect(kSetQuiet(s)).toBe(true);
    expect(kSetMoves(s)).toEqual([]); // nothing to step, nothing to deliver, no crash left
    expect(checkKSet(s).termination).toEqual({ ok: false, undecided: [1, 2] });
    // The same protocol with k = 2 and that crash still terminates: p2 is chosen too.
    let t = createKSet({ n: 3, k: 2, f: 1, inputs: [7, 8, 9] });
    t = apply(t, { type: "crash", pid: 0 });
    t = apply(t, { type: "step", pid: 1 });
    for (const m of t.buffer.filter((m) => m.to !== 0)) t = apply(t, { type: "deliver", id: m.id });
    expect(checkKSet(t)).toMatchObject({ ok: true, kAgreement: { values: [8] } });
  });

  it("two chosen processes can make two decisions, never three; refusals say why", () => {
    let s = createKSet({ inputs: [1, 2, 3] });
    s = apply(apply(s, { type: "step", pid: 0 }), { type: "step", pid: 1 });
    expect(checkKSet(s).kAgreement).toEqual({ ok: true, values: [1, 2] });
    const code = (st: KSetState, m: KSetMove) => {
      const r = applyKSet(st, m);
      return r.ok ? "ok" : r.error.code;
    };
    expect(code(s, { type: "step", pid: 2 })).toBe("NOT_ALLOWED");
    expect(code(s, { type: "step", pid: 0 })).toBe("NOT_ALLOWED");
    expect(code(s, { type: "deliver", id: 42 })).toBe("NO_SUCH_MESSAGE");
    const c = apply(s, { type: "crash", pid: 2 });
    expect(code(c, { type: "crash", pid: 1 })).toBe("TOO_MANY_CRASHES");
    expect(code(c, { type: "deliver", id: c.buffer.find((m) => m.to === 2)!.id })).toBe("PROCESS_CRASHED");
    expect(kSetProcessView(c, 2)).toEqual({ pid: 2, crashed: true, input: 3, chosen: false, sent: false, decided: null });
  });

  it("holds for larger n and k against the random bot (seeded): n = 4, k = 2, f = 1 and n = 5, k = 3, f = 2", () => {
    for (const [n, k] of [[4, 2], [5, 3]]) {
      for (let seed = 0; seed < 500; seed++) {
        let s = createKSet({ n, k, inputs: Array.from({ length: n }, (_, i) => (i * 7 + seed) % 5) });
        let rng = seedRng(seed);
        for (let next = kSetRandomMove(s, rng); next; next = kSetRandomMove(s, rng)) {
          s = apply(s, next.move);
          rng = next.rng;
        }
        if (!checkKSet(s).ok) expect.fail(`n ${n}, k ${k}, seed ${seed}: ${JSON.stringify(checkKSet(s))}`);
      }
    }
  });
});

describe("a chosen process", () => {
  it("decides its own input when it steps, even if another chosen process's value reached it first", () => {
    let s = createKSet({ n: 3, k: 2, f: 1, inputs: [4, 6, 8] });
    const apply = (m: KSetMove) => {
      const r = applyKSet(s, m);
      if (!r.ok) throw new Error(r.error.message);
      s = r.state;
      return r.events;
    };
    apply({ type: "step", pid: 0 });
    const toP2 = s.buffer.find((m) => m.to === 1)!;
    expect(apply({ type: "deliver", id: toP2.id })).toEqual([{ type: "delivered", id: toP2.id, from: 0, to: 1 }]);
    expect(s.processes[1].decided).toBe(null);
    apply({ type: "step", pid: 1 });
    expect(s.processes[1].decided).toBe(6);
  });
});
