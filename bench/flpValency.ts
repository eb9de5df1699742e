/**
 * The FLP valency oracle (issue 14: p99 < 50 ms per query for n = 3, memoised across a game).
 * A game here is the proof's adversary bot scheduling 300 fair steps from I_1; each step the
 * screen asks the valency of the configuration and of every next step. Timed per query: with one
 * oracle for the whole game (memoised, as the server runs it), and, as the baseline in the same
 * run, with a fresh oracle per query (no memo: a search from scratch each time).
 */
import { performance } from "node:perf_hooks";
import { applicableSteps, applyStep, initialConfiguration, lemmaOneInputs, type Protocol } from "../server/engine/flp/model";
import { advanceClock, startClock } from "../server/engine/flp/fairness";
import { proofBotChoice } from "../server/engine/flp/proofBot";
import { FLP_PROTOCOLS } from "../server/engine/flp/protocols";
import { ValencyOracle } from "../server/engine/flp/valency";
import { summarize, type Summary } from "./stats";

export interface FlpValencyRow {
  protocol: string;
  queries: number;
  memoised: Summary;
  /** The first query of a game (the search from I_1), ms. */
  firstQueryMs: number;
  fresh: Summary;
}

const STEPS = 300;
const FRESH_SAMPLE = 40;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function benchProtocol(protocol: Protocol<any, any>, steps: number): FlpValencyRow {
  const oracle = new ValencyOracle(protocol);
  let config = initialConfiguration(protocol, lemmaOneInputs(3, 1));
  let clock = startClock(3);
  const timings: number[] = [];
  const visited = [config];
  const timed = (c: typeof config) => {
    const t0 = performance.now();
    oracle.valency(c);
    timings.push(performance.now() - t0);
  };
  while (clock.steps < steps) {
    timed(config);
    for (const step of applicableSteps(config)) timed(applyStep(protocol, config, step));
    const choice = proofBotChoice(protocol, oracle, config, clock, { bound: 8, crashAllowed: true });
    if (choice.kind === "crash") {
      clock = { ...clock, crashed: choice.pid };
      continue;
    }
    config = applyStep(protocol, config, choice.step);
    clock = advanceClock(clock, choice.step, config);
    visited.push(config);
  }
  const fresh: number[] = [];
  for (let i = 0; i < FRESH_SAMPLE; i++) {
    const c = visited[Math.floor((i * visited.length) / FRESH_SAMPLE)];
    const t0 = performance.now();
    new ValencyOracle(protocol).valency(c);
    fresh.push(performance.now() - t0);
  }
  return { protocol: protocol.id, queries: timings.length, memoised: summarize(timings), firstQueryMs: timings[0], fresh: summarize(fresh) };
}

export function benchFlpValency(quick: boolean): FlpValencyRow[] {
  return FLP_PROTOCOLS.map((p) => benchProtocol(p, quick ? 60 : STEPS));
}

export function flpValencyTable(rows: FlpValencyRow[]): string[] {
  const f = (v: number) => v.toFixed(2);
  return [
    "| FLP valency query, n = 3 (ms) | queries | memoised p50 | memoised p99 | first query | fresh oracle p50 | fresh p99 | target p99 < 50 ms |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...rows.map((r) => `| ${r.protocol} | ${r.queries} | ${f(r.memoised.p50)} | ${f(r.memoised.p99)} | ${f(r.firstQueryMs)} | ${f(r.fresh.p50)} | ${f(r.fresh.p99)} | ${r.memoised.p99 < 50 ? "met" : "NOT met"} |`),
  ];
}
