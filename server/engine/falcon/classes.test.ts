/** A Falcon game on the class charts: the timeout its operator kept, its faults read back from the trace, the reference detectors. */
import { describe, expect, it } from "vitest";
import { falconClassDetail, falconClassFigures, faultsFromEvents, keptTimeout } from "./classes";
import { CLASS_FAULT_SEED } from "./classPresets";
import { playedTimeline } from "./compare";
import { runFalcon } from "./run";
import { summarizeFalcon } from "./summary";
import { parse } from "./testing";
import { revealOf } from "./views";

const timeout = (atMs: number, timeoutMs: number) => ({ type: "timeout", tick: atMs / 100, atMs, timeoutMs });

describe("keptTimeout", () => {
  it("is the starting timeout when the operator never changed it", () => {
    expect(keptTimeout(2_000, [{ type: "tick" }], 60_000)).toEqual({ timeoutMs: 2_000, timeouts: 1 });
  });

  it("is the timeout in force the longest, counting every value once", () => {
    // 2 s for 5 s, 500 ms for 20 s, 8 s for 10 s, 500 ms again for 25 s.
    const events = [timeout(5_000, 500), timeout(25_000, 8_000), timeout(35_000, 500)];
    expect(keptTimeout(2_000, events, 60_000)).toEqual({ timeoutMs: 500, timeouts: 3 });
    expect(keptTimeout(2_000, [timeout(40_000, 8_000)], 60_000)).toEqual({ timeoutMs: 2_000, timeouts: 2 });
    // A tie keeps the earlier one.
    expect(keptTimeout(1_000, [timeout(30_000, 9_000)], 60_000).timeoutMs).toBe(1_000);
  });
});

describe("falconClassDetail", () => {
  const params = parse({ lengthMs: 60_000, faultSeed: CLASS_FAULT_SEED });
  const seed = 4242;

  it("reads the played faults back from the trace events as the ledger has them", () => {
    const run = runFalcon(parse({ lengthMs: 30_000, chaosPlays: true, budget: 6 }), 9, { operator: "random", chaos: "random", events: true });
    expect(faultsFromEvents(run.events)).toEqual(playedTimeline(run.state));
    expect(faultsFromEvents(run.events).length).toBeGreaterThan(0);
  });

  it("gives the operator's own figures and the same side-by-side its players saw at the end", () => {
    const run = runFalcon(params, seed, { operator: "timeout-short", events: true });
    const detail = falconClassDetail(summarizeFalcon(run.state), { params, seed, events: run.events })!;
    const reveal = revealOf(run.state)!;
    expect(detail.reference).toEqual(reveal.compare.rows.map((r) => ({ detector: r.detector, result: expect.objectContaining({ meanDetectionMs: r.metrics.meanDetectionMs, falseSuspicions: r.metrics.falseSuspicions, unnecessaryKills: r.metrics.unnecessaryKills, spyCost: r.metrics.spyCost, poisons: r.metrics.poisons }) })));
    // The plain short timeout is one of the references: the operator that played it got the same.
    const short = detail.reference.find((r) => r.detector === "timeout-short")!.result;
    expect({ ...short }).toEqual({ meanDetectionMs: detail.meanDetectionMs, missed: detail.missed, falseSuspicions: detail.falseSuspicions, unnecessaryKills: detail.unnecessaryKills, spyCost: detail.spyCost, poisons: detail.poisons });
  });

  it("shows the class preset's lesson: Falcon clean, the short timeout inaccurate, the long one slow", () => {
    const run = runFalcon(params, seed, { operator: "falcon", events: true });
    const detail = falconClassDetail(summarizeFalcon(run.state), { params, seed, events: run.events })!;
    const poisons = Object.fromEntries(detail.reference.map((r) => [r.detector, r.result.poisons]));
    expect(poisons.falcon).toEqual([]);
    expect(poisons["timeout-short"]).toContain("lost accuracy");
    expect(poisons["timeout-long"]).toContain("slow detection");
  });

  it("has nothing to say of a summary without metrics or of parameters that are not Falcon's", () => {
    const run = runFalcon(params, seed, { operator: "falcon", events: true });
    const summary = summarizeFalcon(run.state);
    expect(falconClassDetail({ ...summary, checks: undefined }, { params, seed, events: run.events })).toBeNull();
    expect(falconClassDetail(summary, { params: { lengthMs: 7 }, seed, events: run.events })).toBeNull();
    expect(falconClassFigures(summary)).toEqual({ depth: summary.seats.operator!.depth, roundsToDecide: null, verdictOk: null });
    expect(falconClassFigures(summary, { params, seed, events: run.events }).detail).toEqual(falconClassDetail(summary, { params, seed, events: run.events }));
  });
});
