import { describe, expect, it } from "vitest";
import { seedRng } from "../prng";
import { simulate } from "../simulate";
import { benor } from "./index";
import { benorParamsSchema } from "./params";
import { createBenorGame, reduceBenor } from "./reducer";
import type { BenorAction, BenorState } from "./types";
import type { BenorAdversaryView, BenorProcessView } from "./view";

const params = (p: Record<string, unknown> = {}) => benorParamsSchema.parse(p);

function apply(state: BenorState, action: BenorAction): BenorState {
  const r = reduceBenor(state, action);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

const adversary = (s: BenorState) => benor.view(s, "adversary") as BenorAdversaryView;
/** Delivers the oldest deliverable message, as the adversary. */
const fifo = (s: BenorState) => apply(s, { type: "deliver", seat: "adversary", messageId: adversary(s).buffer.find((m) => !m.dead)!.id });

describe("Ben-Or parameters", () => {
  it("default to three processes, one crash, a 3n² bound and no watching", () => {
    const p = params();
    expect(p).toMatchObject({ n: 3, f: 1, watch: false, bot: "splitter", patience: 5, maxTicks: 600 });
    expect(adversary(createBenorGame(p, 1)).bound).toBe(27);
    expect(adversary(createBenorGame(params({ n: 5, f: 2 }), 1)).bound).toBe(75);
  });
  it("refuse f ≥ n/2, a size other than 3 or 5 and inputs of the wrong length", () => {
    expect(benorParamsSchema.safeParse({ n: 3, f: 2 }).success).toBe(false);
    expect(benorParamsSchema.safeParse({ n: 4 }).success).toBe(false);
    expect(benorParamsSchema.safeParse({ n: 5, inputs: [0, 1, 1] }).success).toBe(false);
    expect(benorParamsSchema.safeParse({ n: 5, f: 2, inputs: [0, 1, 1, 0, 1] }).success).toBe(true);
  });
});

describe("the Ben-Or reducer", () => {
  it("starts with every process's (R, 1, x) in flight, ids 1..n², p1's first", () => {
    const v = adversary(createBenorGame(params({ inputs: [0, 1, 1] }), 5));
    expect(v.buffer.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(v.buffer.slice(0, 3).map((m) => [m.from, m.to, m.label])).toEqual([[1, 1, "R1 0"], [1, 2, "R1 0"], [1, 3, "R1 0"]]);
    expect(v.processes.map((p) => p.x)).toEqual([0, 1, 1]);
  });

  it("delivers until every live process decided, then ends with the checker's verdict", () => {
    let s = createBenorGame(params({ inputs: [1, 1, 1] }), 3);
    while (s.phase === "playing") s = fifo(s);
    expect(s.outcome).toBe("decided");
    const summary = benor.summarize(s);
    expect(summary.checks).toMatchObject({ agreement: { ok: true, values: [1] }, validity: { ok: true }, termination: { ok: true, lastDecisionRound: 1 } });
    expect(summary.seats.adversary).toEqual({ score: 0, won: false, depth: 1 });
    expect(benor.outcomeClass(summary)).toBe("good");
    expect(benor.classFigures(summary).roundsToDecide).toBe(1);
  });

  it("refuses with the scenario's codes: no such message, a crashed receiver, too many crashes, a process's move, after the end", () => {
    let s = createBenorGame(params({ inputs: [0, 1, 1] }), 9);
    const refused = (state: BenorState, a: BenorAction) => {
      const r = reduceBenor(state, a);
      return r.ok ? null : r.error.code;
    };
    expect(refused(s, { type: "deliver", seat: "adversary", messageId: 999 })).toBe("NO_SUCH_MESSAGE");
    expect(refused(s, { type: "crash", seat: "adversary", process: 4 })).toBe("NOT_ALLOWED");
    expect(refused(s, { type: "deliver", seat: "p1", messageId: 1 })).toBe("NOT_YOUR_SEAT");
    s = apply(s, { type: "crash", seat: "adversary", process: 2 });
    expect(refused(s, { type: "crash", seat: "adversary", process: 1 })).toBe("NO_CRASH_LEFT");
    expect(refused(s, { type: "deliver", seat: "adversary", messageId: 2 })).toBe("PROCESS_CRASHED");
    expect(adversary(s).crashesLeft).toBe(0);
  });

  it("refuses an unfair move once a message has waited the bound", () => {
    let s = createBenorGame(params({ inputs: [0, 1, 1], bound: 3 }), 9);
    // Deliver the newest message each time: message 1 grows old.
    for (let i = 0; i < 3; i++) s = apply(s, { type: "deliver", seat: "adversary", messageId: adversary(s).buffer.at(-1)!.id });
    expect(adversary(s).due).toMatchObject({ messageId: 1, process: 1 });
    const r = reduceBenor(s, { type: "deliver", seat: "adversary", messageId: adversary(s).buffer.at(-1)!.id });
    expect(r.ok ? null : r.error.code).toBe("UNFAIR");
    expect(reduceBenor(s, { type: "deliver", seat: "adversary", messageId: 1 }).ok).toBe(true);
  });

  it("ends undecided at maxTicks, with the bonus for an adversary that moved, nothing for one that never did", () => {
    const start = createBenorGame(params({ inputs: [0, 1, 1], maxTicks: 10, patience: 0 }), 2);
    let s = apply(start, { type: "deliver", seat: "adversary", messageId: 1 });
    for (let i = 0; i < 10; i++) s = apply(s, { type: "tick" });
    expect(s.outcome).toBe("undecided");
    expect(benor.summarize(s).seats.adversary).toEqual({ score: 30, won: true, depth: null });
    expect(benor.outcomeClass(benor.summarize(s))).toBe("safe");
    let idle = start;
    for (let i = 0; i < 10; i++) idle = apply(idle, { type: "tick" });
    expect(idle.outcome).toBe("undecided");
    expect(benor.summarize(idle).seats.adversary).toEqual({ score: 0, won: false, depth: null });
  });

  it("has the network deliver the oldest message after `patience` idle ticks", () => {
    let s = createBenorGame(params({ patience: 2 }), 2);
    s = apply(s, { type: "tick" });
    expect(s.game.steps).toBe(0);
    const r = reduceBenor(s, { type: "tick" });
    expect(r.ok && r.events[0]).toMatchObject({ type: "deliver", messageId: 1, by: "network" });
  });

  it("a watched game: the bot moves once a tick and the seat's moves are refused", () => {
    let s = createBenorGame(params({ watch: true }), 4);
    const r = reduceBenor(s, { type: "deliver", seat: "adversary", messageId: 1 });
    expect(r.ok ? null : r.error.code).toBe("NOT_ALLOWED");
    for (let i = 0; i < 5; i++) s = apply(s, { type: "tick" });
    expect(s.game.steps).toBe(5);
    while (s.phase === "playing") s = apply(s, { type: "tick" });
    expect(benor.summarize(s).seats.adversary).toMatchObject({ score: 0, won: false, depth: null });
  });
});

describe("what each seat sees", () => {
  /** The same game with another coins' PRNG: only the rng differs. */
  const otherCoins = (s: BenorState, seed: number): BenorState => ({ ...s, game: { ...s.game, rng: seedRng(seed) } });

  it("the adversary's view is byte-identical whatever the coins' PRNG, until a coin is flipped", () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      let a = createBenorGame(params({ inputs: [0, 1, 1] }), seed);
      let b = otherCoins(a, seed + 1000);
      let guard = 0;
      while (a.phase === "playing" && a.log.coins.length === 0 && guard++ < 2000) {
        expect(JSON.stringify(benor.view(b, "adversary"))).toBe(JSON.stringify(benor.view(a, "adversary")));
        // The splitter's move, from the view alone.
        const [move] = benor.botMoves(benor.view(a, "adversary"), "splitter", 7);
        a = apply(a, benor.toAction("adversary", move));
        b = apply(b, benor.toAction("adversary", move));
      }
      expect(JSON.stringify(benor.view(a, "adversary"))).not.toContain("rng");
    }
  });

  it("a coin shows once flipped, for the adversary and its own process only", () => {
    const record = simulate({ scenario: benor, params: params({ inputs: [0, 1, 1] }), seed: 11, strategies: { adversary: "splitter", p1: "protocol", p2: "protocol", p3: "protocol" } });
    const s = record.state as BenorState;
    const coin = s.log.coins[0];
    expect(coin).toBeDefined();
    expect(adversary(s).coins[0]).toMatchObject({ process: coin.pid + 1, value: coin.value });
    const own = benor.view(s, `p${coin.pid + 1}`) as BenorProcessView;
    expect(own.coins[0]).toEqual({ round: coin.round, value: coin.value });
    const other = benor.view(s, `p${((coin.pid + 1) % 3) + 1}`) as BenorProcessView;
    expect(other.coins.length).toBe(s.log.coins.filter((c) => c.pid === (coin.pid + 1) % 3).length);
  });

  it("a process sees its own state, n and f, and what reached it numbered 1..k; no step count, no game-wide ids", () => {
    let s = createBenorGame(params({ inputs: [0, 1, 1] }), 1);
    for (let i = 0; i < 6; i++) s = fifo(s);
    const v = benor.view(s, "p2") as BenorProcessView;
    expect(v.params).toEqual({ n: 3, f: 1 });
    expect(v.me.process).toBe(2);
    expect(v.received.map((m) => m.id)).toEqual(v.received.map((_, i) => i + 1));
    expect(Object.keys(v)).not.toContain("step");
    expect(Object.keys(v)).not.toContain("buffer");
    expect(v.outcome).toBeNull();
  });
});
