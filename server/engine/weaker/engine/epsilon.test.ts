import { describe, expect, it } from "vitest";
import { applyEpsilon, checkEpsilon, createEpsilon, epsilonProcessView, midpoint, roundsNeeded, type EpsilonMove, type EpsilonState } from "./epsilon";
import { runEpsilon } from "./epsilonBots";

const SLACK = 1e-9;

function subsets(items: number[], size: number): number[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [first, ...s]), ...subsets(rest, size)];
}

function product<T>(choices: T[][]): T[][] {
  return choices.reduce<T[][]>((acc, options) => acc.flatMap((a) => options.map((o) => [...a, o])), [[]]);
}

const spread = (vs: number[]) => Math.max(...vs) - Math.min(...vs);

/**
 * Every choice the adversary has, round by round, in the abstract: which n − f of the round's
 * senders each live process hears (any set is reachable by ordering deliveries), and whether one
 * process crashes in this round (its value of this round may still reach anyone; from the next
 * round it sends nothing). f = 1. Calls `leaf` with each run's values per round (null: crashed).
 * Checks on the way the argument's step: the new values lie in the old range, spread at most half.
 */
function everyAdversary(values: (number | null)[], round: number, rounds: number, crashed: boolean, trail: (number | null)[][], leaf: (trail: (number | null)[][]) => void): number {
  if (round > rounds) {
    leaf(trail);
    return 1;
  }
  const n = values.length;
  const senders = values.flatMap((v, pid) => (v === null ? [] : [pid]));
  const sent = senders.map((pid) => values[pid] as number);
  const sets = subsets(senders, n - 1);
  let leaves = 0;
  for (const crash of crashed ? [null] : [null, ...senders]) {
    const listeners = senders.filter((pid) => pid !== crash);
    for (const heard of product(listeners.map(() => sets))) {
      const next: (number | null)[] = values.map(() => null);
      listeners.forEach((pid, i) => (next[pid] = midpoint(heard[i].map((q) => values[q] as number))));
      const nv = next.filter((v): v is number => v !== null);
      // Plain checks (expect() in this loop would cost seconds): fail with the run so far.
      if (Math.min(...nv) < Math.min(...sent) - SLACK || Math.max(...nv) > Math.max(...sent) + SLACK || spread(nv) > spread(sent) / 2 + SLACK) {
        expect.fail(`round ${round}: ${JSON.stringify(values)} → ${JSON.stringify(next)} breaks the halving`);
      }
      leaves += everyAdversary(next, round + 1, rounds, crashed || crash !== null, [...trail, next], leaf);
    }
  }
  return leaves;
}

describe("ε-agreement by rounds of midpoints", () => {
  it("computes the rounds from the input range: the least R with (hi − lo)/2^R ≤ ε", () => {
    expect(roundsNeeded(0, 100, 1)).toBe(7); // 100/64 > 1 ≥ 100/128
    expect(roundsNeeded(0, 100, 12.5)).toBe(3);
    expect(roundsNeeded(0, 100, 25)).toBe(2);
    expect(roundsNeeded(0, 100, 100)).toBe(0);
    expect(roundsNeeded(0, 100, 0.01)).toBe(14);
  });

  it("halves the spread every round whatever the adversary chooses: every choice of sets and crash, n = 3 (3 rounds) and n = 4 (2 rounds)", () => {
    const cases = [
      { inputs: [0, 100, 50], epsilon: 12.5 },
      { inputs: [0, 0, 100], epsilon: 12.5, tight: true },
      { inputs: [0, 100, 100], epsilon: 12.5, tight: true },
      { inputs: [0, 37.5, 100], epsilon: 12.5 },
      { inputs: [0, 100, 0, 100], epsilon: 25 },
      { inputs: [0, 0, 0, 100], epsilon: 25, tight: true },
      { inputs: [0, 30, 70, 100], epsilon: 25 },
    ];
    let leaves = 0;
    for (const { inputs, epsilon, tight } of cases) {
      const rounds = roundsNeeded(0, 100, epsilon);
      const worst: number[] = Array.from({ length: rounds }, () => 0);
      leaves += everyAdversary(inputs, 1, rounds, false, [], (trail) => {
        trail.forEach((vs, r) => (worst[r] = Math.max(worst[r], spread(vs.filter((v): v is number => v !== null)))));
        const decided = trail[rounds - 1].filter((v): v is number => v !== null);
        if (spread(decided) > epsilon + SLACK || decided.some((d) => d < Math.min(...inputs) || d > Math.max(...inputs))) {
          expect.fail(`inputs ${inputs}: decided ${decided}`);
        }
      });
      // The bound is tight: from these inputs some adversary keeps exactly half the spread each round.
      if (tight) expect(worst).toEqual(worst.map((_, r) => 100 / 2 ** (r + 1)));
    }
    expect(leaves).toBeGreaterThan(100_000);
  });

  it("the engine decides within ε and within the inputs against the spreader and random bots (seeded, n = 3 and 4, ε = 1 and 0.01), each round's spread at most (hi − lo)/2^(r − 1)", () => {
    for (const n of [3, 4]) {
      for (const epsilon of [1, 0.01]) {
        for (const bot of ["spreader", "random"] as const) {
          for (let seed = 0; seed < 300; seed++) {
            const { state, capped } = runEpsilon({ n, epsilon }, seed, { bot });
            const verdict = checkEpsilon(state);
            if (capped || !verdict.ok) expect.fail(`n ${n}, ε ${epsilon}, ${bot}, seed ${seed}: ${JSON.stringify(verdict)}`);
            for (let r = 1; r <= state.rounds; r++) {
              const values = state.processes.flatMap((p) => (p.history.length >= r ? [p.history[r - 1]] : []));
              expect(spread(values)).toBeLessThanOrEqual(100 / 2 ** (r - 1) + SLACK);
            }
          }
        }
      }
    }
  });

  it("refuses with reasons, and shows a process only its own state and messages, numbered 1..k", () => {
    let s: EpsilonState = createEpsilon({ n: 3, epsilon: 1, inputs: [0, 50, 100] }, 1);
    expect(s.rounds).toBe(7);
    expect(s.buffer.map((m) => [m.id, m.from, m.to, m.round, m.value])).toHaveLength(9);
    const code = (st: EpsilonState, m: EpsilonMove) => {
      const r = applyEpsilon(st, m);
      return r.ok ? "ok" : r.error.code;
    };
    expect(code(s, { type: "deliver", id: 99 })).toBe("NO_SUCH_MESSAGE");
    const step = (m: EpsilonMove) => {
      const r = applyEpsilon(s, m);
      if (!r.ok) throw new Error(r.error.message);
      s = r.state;
      return r.events;
    };
    step({ type: "deliver", id: 7 }); // p3's 100 to p1
    const events = step({ type: "deliver", id: 1 }); // p1's own 0: two values, midpoint 50
    expect(events).toContainEqual({ type: "averaged", pid: 0, round: 1, from: [2, 0], value: 50 });
    expect(s.processes[0]).toMatchObject({ round: 2, value: 50, history: [0, 50] });
    step({ type: "crash", pid: 1 });
    expect(code(s, { type: "crash", pid: 2 })).toBe("TOO_MANY_CRASHES");
    expect(code(s, { type: "deliver", id: 5 })).toBe("PROCESS_CRASHED");
    const view = epsilonProcessView(s, 0);
    expect(view.received).toEqual([
      { n: 1, from: 2, round: 1, value: 100 },
      { n: 2, from: 0, round: 1, value: 0 },
    ]);
    const json = JSON.stringify(view);
    for (const leak of ["\"id\"", "sentAt", "buffer", "processes", "inputs", "history"]) expect(json).not.toContain(leak);
  });

  it("the checker catches values too far apart, outside the inputs, or missing", () => {
    const s = createEpsilon({ n: 3, epsilon: 1, inputs: [10, 20, 30] }, 1);
    const decide = (ds: (number | null)[]): EpsilonState => ({ ...s, processes: s.processes.map((p, i) => ({ ...p, decided: ds[i] })) });
    expect(checkEpsilon(decide([15, 15.5, 16])).ok).toBe(true);
    expect(checkEpsilon(decide([15, 15.5, 16.5])).closeness).toEqual({ ok: false, spread: 1.5 });
    expect(checkEpsilon(decide([5, 5, 5])).validity).toEqual({ ok: false, outside: [5, 5, 5] });
    expect(checkEpsilon(decide([15, null, 15])).termination).toEqual({ ok: false, undecided: [1] });
    // A range already within ε: every process decides its input at once, and that is correct.
    const at0 = createEpsilon({ n: 3, epsilon: 200, inputs: [1, 2, 3] }, 1);
    expect([at0.rounds, at0.buffer.length, at0.processes.map((p) => p.decided)]).toEqual([0, 0, [1, 2, 3]]);
    expect(checkEpsilon(at0).ok).toBe(true);
  });
});
