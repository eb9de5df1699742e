import { describe, expect, it } from "vitest";
import { GameRecord } from "../record";
import { simulate } from "../simulate";
import { checkRun, historyFromEvents, historyFromState, type RunHistory } from "./checker";
import { consensus } from "./index";
import { consensusParamsSchema } from "./params";
import type { ConsensusState } from "./types";

const base = (over: Partial<RunHistory> = {}): RunHistory => ({
  n: 3, inputs: [0, 1, 1], gst: 10, maxDelay: 2, endTick: 30, crashes: [], suspicions: [], relay: null,
  decisions: [{ process: 1, value: 1, round: 2, tick: 12 }, { process: 2, value: 1, round: 2, tick: 13 }, { process: 3, value: 1, round: 2, tick: 14 }],
  ...over,
});
/** Events in a tick are ordered by `seq`; by default a suspicion comes early in its tick and a crash late. */
const on = (tick: number, process: number, target: number, seq = tick * 10) => ({ tick, seq, process, target, on: true });
const off = (tick: number, process: number, target: number, seq = tick * 10) => ({ tick, seq, process, target, on: false });
const crashed = (process: number, tick: number, seq = tick * 10 + 5) => ({ process, tick, seq });

describe("the consensus checker", () => {
  it("passes a clean run and reports the last decision", () => {
    const v = checkRun(base(), "P");
    expect(v.agreement).toEqual({ ok: true, values: [1] });
    expect(v.validity.ok && v.integrity.ok).toBe(true);
    expect(v.termination).toEqual({ ok: true, lastDecisionTick: 14, lastDecisionRound: 2, undecided: [], why: null });
    expect(v.detector).toMatchObject({ observed: "P", ok: true });
  });

  it("flags disagreement, a value nobody proposed, a second decision, and a correct process left undecided", () => {
    const decisions = base().decisions;
    expect(checkRun(base({ decisions: [...decisions.slice(0, 2), { process: 3, value: 0, round: 3, tick: 20 }] }), "P").agreement).toEqual({ ok: false, values: [0, 1] });
    expect(checkRun(base({ inputs: [0, 0, 0] }), "P").validity.ok).toBe(false);
    expect(checkRun(base({ decisions: [...decisions, { process: 2, value: 1, round: 4, tick: 25 }] }), "P").integrity).toEqual({ ok: false, repeated: [2] });
    const stuck = checkRun(base({ decisions: decisions.slice(0, 2) }), "P").termination;
    expect(stuck).toEqual({ ok: false, lastDecisionTick: 13, lastDecisionRound: 2, undecided: [3], why: null });
    // A crashed process need not decide.
    expect(checkRun(base({ decisions: decisions.slice(0, 2), crashes: [crashed(3, 5)], suspicions: [on(7, 1, 3), on(7, 2, 3)] }), "P").termination.ok).toBe(true);
  });

  it("recomputes the detector class from the suspicions", () => {
    // A mistake before GST, withdrawn by GST: ◇P, not P.
    expect(checkRun(base({ suspicions: [on(3, 1, 2), off(6, 1, 2)] }), "EP").detector).toMatchObject({ observed: "EP", ok: true, strongAccuracy: false });
    expect(checkRun(base({ suspicions: [on(3, 1, 2), off(6, 1, 2)] }), "P").detector.ok).toBe(false);
    // Everyone wrongly suspected by someone before GST, p3 never after: ◇S.
    const es = base({ suspicions: [on(2, 1, 2), on(2, 2, 3), on(2, 3, 1), off(9, 2, 3), off(9, 3, 1), on(12, 3, 1)] });
    expect(checkRun(es, "ES").detector).toMatchObject({ observed: "ES", ok: true, eventualWeakAccuracy: true, eventualStrongAccuracy: false });
    // Still suspected at GST: not even ◇S if every correct process is.
    const none = base({ suspicions: [on(2, 1, 2), on(2, 2, 3), on(2, 3, 1)] });
    expect(checkRun(none, "ES").detector).toMatchObject({ observed: null, ok: false });
    // A crash nobody ever suspects breaks completeness; only one watcher gives weak completeness.
    const crash = { crashes: [crashed(3, 5)], decisions: base().decisions.slice(0, 2) };
    expect(checkRun(base(crash), "EW").detector).toMatchObject({ weakCompleteness: false, ok: false });
    expect(checkRun(base({ ...crash, suspicions: [on(6, 1, 3)] }), "EW").detector).toMatchObject({ weakCompleteness: true, strongCompleteness: false, observed: "W", ok: true });
    // A crash too close to the end is not yet judged.
    expect(checkRun(base({ crashes: [crashed(3, 29)] }), "P").detector.strongCompleteness).toBe(true);
    // A run that ends before GST is never judged on eventual accuracy.
    expect(checkRun(base({ endTick: 8, suspicions: [on(2, 1, 2), on(2, 2, 3), on(2, 3, 1)] }), "EP").detector.eventualStrongAccuracy).toBe(true);
  });

  it("judges accuracy by event order: a suspicion before the crash in the same tick was a mistake", () => {
    const crash = { crashes: [crashed(3, 5, 52)], decisions: base().decisions.slice(0, 2) };
    // p1 suspects p3 just before p3 crashes in tick 5 (seq 51 < 52): p3 was alive, so not P.
    const early = checkRun(base({ ...crash, suspicions: [on(5, 1, 3, 51), on(5, 2, 3, 53)] }), "P").detector;
    expect(early).toMatchObject({ strongAccuracy: false, ok: false });
    expect(early.observed).not.toBe("P");
    // The same suspicion just after the crash is accurate.
    expect(checkRun(base({ ...crash, suspicions: [on(5, 1, 3, 53), on(5, 2, 3, 54)] }), "P").detector).toMatchObject({ strongAccuracy: true, observed: "P", ok: true });
  });

  it("an adversary's suspicion followed by the crash in the same tick: the state and the trace both see the mistake", () => {
    const params = consensusParamsSchema.parse({ n: 3, detector: "EP", gst: 50, f: 1, adversary: "human", mistakeRate: 0, maxTicks: 10 });
    const record = new GameRecord<ConsensusState>(consensus, params, 5);
    for (const action of [{ type: "tick" }, { type: "suspect", seat: "adversary", process: 1, target: 3 }, { type: "crash", seat: "adversary", process: 3 }] as const) {
      expect(record.apply(action).ok).toBe(true);
    }
    while (!record.over) record.apply({ type: "tick" });
    const fromState = checkRun(historyFromState(record.state), "EP").detector;
    expect(fromState).toMatchObject({ strongAccuracy: false });
    expect(fromState.observed).not.toBe("P");
    expect(checkRun(historyFromEvents(params, record.state.procs.map((p) => p.input), record.traceEvents()), "EP").detector).toEqual(fromState);
  });

  it("reports the largest round among the decisions of the last tick, whatever the process ids", () => {
    const decisions = [{ process: 1, value: 1 as const, round: 3, tick: 14 }, { process: 2, value: 1 as const, round: 2, tick: 14 }, { process: 3, value: 1 as const, round: 1, tick: 14 }];
    expect(checkRun(base({ decisions }), "P").termination).toMatchObject({ lastDecisionTick: 14, lastDecisionRound: 3 });
    expect(checkRun(base({ decisions: [...decisions].reverse() }), "P").termination).toMatchObject({ lastDecisionTick: 14, lastDecisionRound: 3 });
  });

  it("sandbox seed 62: a contrarian coordinator breaks agreement, and the checker says so", () => {
    const params = consensusParamsSchema.parse({ n: 3, detector: "ES", sandbox: true, inputs: [0, 1, 1] });
    const game = simulate<ConsensusState>({ scenario: consensus, params, seed: 62, strategies: { p1: "protocol", p2: "protocol", p3: "contrarian" } });
    const verdict = checkRun(historyFromState(game.state), "ES");
    expect(verdict.agreement).toEqual({ ok: false, values: [0, 1] });
    expect(verdict.validity.ok).toBe(true);
    expect(checkRun(historyFromEvents(params, [0, 1, 1], game.events), "ES")).toEqual(verdict);
    expect(consensus.summarize(game.state).seats.p1?.score).toBeLessThan(0);
    // Without the sandbox the same bot cannot suggest the other value, and agreement holds.
    const safeParams = consensusParamsSchema.parse({ ...params, sandbox: false });
    const honest = simulate<ConsensusState>({ scenario: consensus, params: safeParams, seed: 62, strategies: { p1: "protocol", p2: "protocol", p3: "contrarian" } });
    expect(checkRun(historyFromState(honest.state), "ES").agreement.ok).toBe(true);
  });
});
