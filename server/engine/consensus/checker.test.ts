import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { checkRun, historyFromEvents, historyFromState, type RunHistory } from "./checker";
import { consensus } from "./index";
import { consensusParamsSchema } from "./params";
import type { ConsensusState } from "./types";

const base = (over: Partial<RunHistory> = {}): RunHistory => ({
  n: 3, inputs: [0, 1, 1], gst: 10, maxDelay: 2, endTick: 30, crashes: [], suspicions: [],
  decisions: [{ process: 1, value: 1, round: 2, tick: 12 }, { process: 2, value: 1, round: 2, tick: 13 }, { process: 3, value: 1, round: 2, tick: 14 }],
  ...over,
});
const on = (tick: number, process: number, target: number) => ({ tick, process, target, on: true });
const off = (tick: number, process: number, target: number) => ({ tick, process, target, on: false });

describe("the consensus checker", () => {
  it("passes a clean run and reports the last decision", () => {
    const v = checkRun(base(), "P");
    expect(v.agreement).toEqual({ ok: true, values: [1] });
    expect(v.validity.ok && v.integrity.ok).toBe(true);
    expect(v.termination).toEqual({ ok: true, lastDecisionTick: 14, lastDecisionRound: 2, undecided: [] });
    expect(v.detector).toMatchObject({ observed: "P", ok: true });
  });

  it("flags disagreement, a value nobody proposed, a second decision, and a correct process left undecided", () => {
    const decisions = base().decisions;
    expect(checkRun(base({ decisions: [...decisions.slice(0, 2), { process: 3, value: 0, round: 3, tick: 20 }] }), "P").agreement).toEqual({ ok: false, values: [0, 1] });
    expect(checkRun(base({ inputs: [0, 0, 0] }), "P").validity.ok).toBe(false);
    expect(checkRun(base({ decisions: [...decisions, { process: 2, value: 1, round: 4, tick: 25 }] }), "P").integrity).toEqual({ ok: false, repeated: [2] });
    const stuck = checkRun(base({ decisions: decisions.slice(0, 2) }), "P").termination;
    expect(stuck).toEqual({ ok: false, lastDecisionTick: 13, lastDecisionRound: 2, undecided: [3] });
    // A crashed process need not decide.
    expect(checkRun(base({ decisions: decisions.slice(0, 2), crashes: [{ process: 3, tick: 5 }], suspicions: [on(7, 1, 3), on(7, 2, 3)] }), "P").termination.ok).toBe(true);
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
    const crash = { crashes: [{ process: 3, tick: 5 }], decisions: base().decisions.slice(0, 2) };
    expect(checkRun(base(crash), "EW").detector).toMatchObject({ weakCompleteness: false, ok: false });
    expect(checkRun(base({ ...crash, suspicions: [on(6, 1, 3)] }), "EW").detector).toMatchObject({ weakCompleteness: true, strongCompleteness: false, observed: "W", ok: true });
    // A crash too close to the end is not yet judged.
    expect(checkRun(base({ crashes: [{ process: 3, tick: 29 }] }), "P").detector.strongCompleteness).toBe(true);
    // A run that ends before GST is never judged on eventual accuracy.
    expect(checkRun(base({ endTick: 8, suspicions: [on(2, 1, 2), on(2, 2, 3), on(2, 3, 1)] }), "EP").detector.eventualStrongAccuracy).toBe(true);
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
