/**
 * Property tests: at least 10,000 seeded runs for each n in {3, 4, 5, 7} and each detector
 * class, bot processes against a random adversary (with crashes up to f < n/2, detector
 * mistakes within the class, and delays within the model). The protocol must never break
 * Agreement, Validity or Integrity, the server must keep every detector within its class, and
 * with ◇S every correct process decides within the bound below after GST. A failing seed is
 * printed; keep it as a named test. Split across two test files so both cores run them.
 */
import { expect } from "vitest";
import { simulate } from "../simulate";
import { consensus } from "./index";
import { checkRun, historyFromEvents, historyFromState, relayLag, safe } from "./checker";
import { consensusParamsSchema, coordinatorOf, relayPeriod, weaklyComplete, type ConsensusParams, type DetectorClass } from "./params";
import type { ConsensusState } from "./types";
import { sized } from "../../testing/tier";

/** Runs per (n, detector): 10,000 in the full tier, fewer in the quick one; CONSENSUS_RUNS overrides both. */
export const RUNS = Number(process.env.CONSENSUS_RUNS ?? sized(10_000, 300));

/** Every correct process decides by this many ticks after GST, with ◇S (see docs/trace-format.md). */
export function terminationBound(p: ConsensusParams): number {
  return p.gst + (p.n + 2) * (2 * p.maxDelay + 2) + 2 * p.maxDelay;
}

/**
 * With W or ◇W and the relay layer, the output is ◇S late by the layer's lag L = 2Δ + period − 1:
 * the ◇S bound with GST moved L later, and each round longer by L (the wait for a crashed
 * coordinator to be suspected everywhere). See docs/trace-format.md.
 */
export function relayedTerminationBound(p: ConsensusParams): number {
  const lag = relayLag(p.maxDelay, relayPeriod(p));
  return p.gst + lag + (p.n + 2) * (2 * p.maxDelay + 2 + lag) + 2 * p.maxDelay;
}


export function checkRuns(n: number, detector: DetectorClass): void {
    const f = Math.floor((n - 1) / 2);
    const failures: string[] = [];
    let decided = 0;
    let worst = 0;
    for (let seed = 0; seed < RUNS; seed++) {
      // With W and ◇W, every other run crashes round 1's coordinator early: the case that blocks without the relay layer.
      const weak = weaklyComplete(detector);
      const crashes = weak && seed % 2 === 0 ? [{ process: coordinatorOf(1, n), tick: 1 + (seed % 5) }] : [];
      const params = consensusParamsSchema.parse({ n, detector, f, gst: 5 + (seed % 20), maxDelay: 1 + (seed % 3), adversary: "bot", maxTicks: 200, crashes });
      const strategies = Object.fromEntries(consensus.seats(params).map((s) => [s, s === "adversary" ? "random" : "protocol"]));
      const game = simulate<ConsensusState>({ scenario: consensus, params, seed, strategies });
      const verdict = checkRun(historyFromState(game.state), detector);
      if (!safe(verdict)) failures.push(`seed ${seed}: unsafe ${JSON.stringify(verdict)}`);
      if (!verdict.detector.ok) failures.push(`seed ${seed}: detector left its class ${JSON.stringify(verdict.detector)}`);
      if (verdict.relayed && !verdict.relayed.ok) failures.push(`seed ${seed}: the relayed output is not ${verdict.relayed.announced} ${JSON.stringify(verdict.relayed)}`);
      if (detector === "ES" || weak) {
        const bound = weak ? relayedTerminationBound(params) : terminationBound(params);
        const last = verdict.termination.lastDecisionTick ?? Infinity;
        if (!verdict.termination.ok || last > bound) failures.push(`seed ${seed}: undecided by ${bound} (${JSON.stringify(verdict.termination)})`);
        worst = Math.max(worst, last - params.gst);
      }
      if (verdict.termination.ok) decided++;
      // The trace alone gives the same verdict (what an outside checker reads).
      if (seed % 97 === 0) {
        const fromTrace = checkRun(historyFromEvents(params, game.state.procs.map((p) => p.input), game.events), detector);
        if (JSON.stringify(fromTrace) !== JSON.stringify(verdict)) failures.push(`seed ${seed}: trace and state verdicts differ`);
      }
      if (failures.length >= 5) break;
    }
    expect(failures).toEqual([]);
    // Every class decides: the weak ones through the relay layer (on by default for them).
    expect(decided).toBe(RUNS);
    if (detector === "ES" || detector === "EW") expect(worst).toBeGreaterThan(0);
    if (process.env.CONSENSUS_WORST) console.log(`n=${n} ${detector}: worst ${worst} ticks after GST`);
}
