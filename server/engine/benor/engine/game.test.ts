import { describe, expect, it } from "vitest";
import { seedRng } from "../../prng";
import { fifoMove } from "./bots";
import { adversaryView, allLiveDecided, applyBenOr, createBenOr, legalMoves, processView, type BenOrMove, type BenOrState } from "./game";

function apply(s: BenOrState, move: BenOrMove): BenOrState {
  const r = applyBenOr(s, move);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

/** Deliver, oldest first, every message for `to` of this kind and round. */
function deliverAll(s: BenOrState, to: number, kind: "R" | "P", round: number): BenOrState {
  for (const m of s.buffer.filter((m) => m.to === to && m.kind === kind && m.round === round)) s = apply(s, { type: "deliver", id: m.id });
  return s;
}

describe("Ben-Or, the game", () => {
  it("starts with every process's (R, 1, x) to all, ids 1..n² in send order", () => {
    const s = createBenOr({ n: 3, inputs: [0, 1, 1] }, 1);
    expect(s.f).toBe(1);
    expect(s.buffer.map((m) => [m.id, m.from, m.to, m.kind, m.round, m.value])).toEqual([
      [1, 0, 0, "R", 1, 0], [2, 0, 1, "R", 1, 0], [3, 0, 2, "R", 1, 0],
      [4, 1, 0, "R", 1, 1], [5, 1, 1, "R", 1, 1], [6, 1, 2, "R", 1, 1],
      [7, 2, 0, "R", 1, 1], [8, 2, 1, "R", 1, 1], [9, 2, 2, "R", 1, 1],
    ]);
    expect(() => createBenOr({ n: 2 }, 1)).toThrow();
    expect(() => createBenOr({ n: 4, f: 2 }, 1)).toThrow();
    expect(() => createBenOr({ n: 3, inputs: [0, 1] }, 1)).toThrow();
  });

  it("runs the rounds as DOMAIN.md §6 states them: unanimous inputs decide in round 1, a decided process takes part one more round, then halts", () => {
    let s = createBenOr({ n: 3, inputs: [1, 1, 1] }, 1);
    const events = [];
    while (!allLiveDecided(s)) {
      const r = applyBenOr(s, fifoMove(adversaryView(s)));
      if (!r.ok) throw new Error(r.error.message);
      events.push(...r.events);
      s = r.state;
    }
    expect(s.processes.map((p) => [p.decided, p.decidedRound])).toEqual([[1, 1], [1, 1], [1, 1]]);
    expect(events.filter((e) => e.type === "proposed").map((e) => e.type === "proposed" && e.value)).toEqual([1, 1, 1]);
    // Then round 2 to the end: everyone halts after its (P, 2, 1).
    while (s.buffer.length > 0) s = apply(s, fifoMove(adversaryView(s)));
    expect(s.processes.map((p) => [p.halted, p.round, p.phase])).toEqual([[true, 2, "P"], [true, 2, "P"], [true, 2, "P"]]);
    expect(s.nextId - 1).toBe(4 * 9); // R and P messages of rounds 1 and 2
  });

  it("a split R-phase sends ?, an all-? P-phase flips a coin from the PRNG, one v is adopted, f + 1 decide", () => {
    let s = createBenOr({ n: 3, inputs: [0, 1, 1] }, 7);
    // p1 hears p1 (0) and p2 (1): split, so (P, 1, ?). p2 hears p2 and p3: (P, 1, 1). p3 hears p1 and p3: ?.
    s = apply(apply(s, { type: "deliver", id: 1 }), { type: "deliver", id: 4 });
    s = apply(apply(s, { type: "deliver", id: 5 }), { type: "deliver", id: 8 });
    s = apply(apply(s, { type: "deliver", id: 3 }), { type: "deliver", id: 9 });
    const ps = s.buffer.filter((m) => m.kind === "P" && m.to === 0).map((m) => [m.from, m.value]);
    expect(ps).toEqual([[0, null], [1, 1], [2, null]]);
    // p1 gets ? and ?: a coin. p3 gets ? and 1: adopts 1.
    const p1P = s.buffer.filter((m) => m.kind === "P" && m.to === 0);
    const before = s.rng;
    let r = applyBenOr(s, { type: "deliver", id: p1P[0].id });
    expect(r.ok && r.state.rng).toEqual(before);
    r = r.ok ? applyBenOr(r.state, { type: "deliver", id: p1P[2].id }) : r;
    if (!r.ok) throw new Error("refused");
    expect(r.events.find((e) => e.type === "coin")).toBeDefined();
    expect(r.state.rng).not.toEqual(before);
    s = r.state;
    s = deliverAll(s, 2, "P", 1);
    expect(s.processes[2]).toMatchObject({ round: 2, x: 1, decided: null });
  });

  it("refuses with reasons: no such message, no such process, a crashed process, too many crashes, unfair", () => {
    const s = createBenOr({ n: 3, inputs: [0, 1, 1] }, 1);
    const code = (st: BenOrState, m: BenOrMove) => {
      const r = applyBenOr(st, m);
      return r.ok ? "ok" : r.error.code;
    };
    expect(code(s, { type: "deliver", id: 99 })).toBe("NO_SUCH_MESSAGE");
    expect(code(s, { type: "crash", pid: 3 })).toBe("NO_SUCH_PROCESS");
    const crashed = apply(s, { type: "crash", pid: 1 });
    expect(code(crashed, { type: "crash", pid: 1 })).toBe("PROCESS_CRASHED");
    expect(code(crashed, { type: "deliver", id: 5 })).toBe("PROCESS_CRASHED"); // 5 is p2 → p2
    expect(code(crashed, { type: "crash", pid: 0 })).toBe("TOO_MANY_CRASHES");
    expect(code(crashed, { type: "deliver", id: 4 })).toBe("ok"); // p2's message, sent before its crash, still arrives
    const once = apply(s, { type: "deliver", id: 1 });
    expect(code(once, { type: "deliver", id: 1 })).toBe("NO_SUCH_MESSAGE");
    expect(legalMoves(crashed).some((m) => m.type === "deliver" && m.id === 5)).toBe(false);

    // With a fairness bound of 2: after two moves message #1 (oldest) is due; only it, or a crash of p1, is allowed.
    let b = createBenOr({ n: 3, inputs: [0, 1, 1], bound: 2 }, 1);
    b = apply(apply(b, { type: "deliver", id: 9 }), { type: "deliver", id: 8 });
    const r = applyBenOr(b, { type: "deliver", id: 7 });
    expect(!r.ok && r.error).toMatchObject({ code: "UNFAIR" });
    expect(!r.ok && r.error.message).toContain("#1");
    expect(legalMoves(b)).toEqual([{ type: "deliver", id: 1 }, { type: "crash", pid: 0 }]);
    expect(code(b, { type: "crash", pid: 0 })).toBe("ok");
  });

  it("keeps the coins from the adversary: no PRNG in its view, and states differing only in the PRNG look the same until a coin is used", () => {
    for (let seed = 0; seed < 40; seed++) {
      let a = createBenOr({ n: 3 }, seed);
      let b: BenOrState = { ...a, rng: seedRng(seed + 1000) };
      expect(JSON.stringify(adversaryView(a))).not.toContain("rng");
      for (const word of a.rng) expect(JSON.stringify(adversaryView(a))).not.toContain(String(word));
      let coinUsed = false;
      while (!coinUsed && !allLiveDecided(a)) {
        expect(JSON.stringify(adversaryView(a))).toBe(JSON.stringify(adversaryView(b)));
        const move = fifoMove(adversaryView(a));
        const ra = applyBenOr(a, move);
        const rb = applyBenOr(b, move);
        if (!ra.ok || !rb.ok) throw new Error("refused");
        coinUsed = ra.events.some((e) => e.type === "coin");
        if (!coinUsed) expect(ra.events).toEqual(rb.events);
        [a, b] = [ra.state, rb.state];
      }
    }
  });

  it("shows a process its own state and its received messages numbered 1..k in arrival order, with no game-wide ids", () => {
    let s = createBenOr({ n: 3, inputs: [0, 1, 1] }, 1);
    s = apply(s, { type: "deliver", id: 7 });
    s = apply(s, { type: "deliver", id: 1 });
    s = apply(s, { type: "crash", pid: 2 });
    const v = processView(s, 0);
    expect(v).toMatchObject({ pid: 0, crashed: false, input: 0, x: 0, round: 1, phase: "P", decided: null });
    expect(v.received).toEqual([
      { n: 1, from: 2, kind: "R", round: 1, value: 1 },
      { n: 2, from: 0, kind: "R", round: 1, value: 0 },
    ]);
    const json = JSON.stringify(v);
    for (const leak of ["\"id\"", "sentAt", "buffer", "rng", "processes", "inputs"]) expect(json).not.toContain(leak);
    expect(processView(s, 2).crashed).toBe(true);
    expect(processView(s, 1).received).toEqual([]);
  });
});
