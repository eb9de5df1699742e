/**
 * Engine throughput on one core, no sockets: (1) whole bot games through simulate(), views and
 * bots included, as tests and debriefs run them; (2) the bare reducer fed a fixed script, the
 * upper bound for anything built on it.
 */
import { performance } from "node:perf_hooks";
import { simulate } from "../server/engine/simulate";
import { generals, GENERAL_STRATEGIES } from "../server/engine/generals";
import { generalsParamsSchema, type GeneralsParams } from "../server/engine/generals/params";
import { createGeneralsGame, reduceGenerals } from "../server/engine/generals/reducer";
import type { GeneralsAction, GeneralsState } from "../server/engine/generals/types";
import { consensus } from "../server/engine/consensus";
import { consensusParamsSchema } from "../server/engine/consensus/params";
import type { ConsensusState } from "../server/engine/consensus/types";
import { round } from "./stats";

export interface ThroughputResult {
  games: number;
  ticks: number;
  seconds: number;
  gamesPerSecond: number;
  ticksPerSecond: number;
  /** Sanity: outcomes seen, so a broken loop that plays nothing cannot look fast. */
  outcomes: Record<string, number>;
}

/** Run `playOne(seed)` for seeds 1, 2, ... until `durationMs` has passed (checked every 256 games). */
function loop(durationMs: number, playOne: (seed: number) => { tick: number; outcome: string | null }): ThroughputResult {
  const outcomes: Record<string, number> = {};
  let games = 0;
  let ticks = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (let k = 0; k < 256; k++) {
      const state = playOne(games + 1);
      games++;
      ticks += state.tick;
      const o = state.outcome ?? "unfinished";
      outcomes[o] = (outcomes[o] ?? 0) + 1;
    }
    elapsed = performance.now() - t0;
  }
  const seconds = elapsed / 1000;
  return { games, ticks, seconds: round(seconds), gamesPerSecond: round(games / seconds, 0), ticksPerSecond: round(ticks / seconds, 0), outcomes };
}

/** Every pair of strategies in turn: A takes seed mod 6, B the next "digit". */
function strategiesFor(seed: number): Record<string, string> {
  const n = GENERAL_STRATEGIES.length;
  return { A: GENERAL_STRATEGIES[seed % n], B: GENERAL_STRATEGIES[Math.floor(seed / n) % n] };
}

export function benchSimulate(durationMs: number, params: GeneralsParams = generalsParamsSchema.parse({})): ThroughputResult {
  return loop(durationMs, (seed) => simulate<GeneralsState>({ scenario: generals, params, seed, strategies: strategiesFor(seed) }).state);
}

const TICK: GeneralsAction = { type: "tick" };
const PLAN: GeneralsAction = { type: "send", seat: "A", kind: "plan" };
const ACK: GeneralsAction = { type: "send", seat: "B", kind: "ack" };
const A_ATTACKS: GeneralsAction = { type: "commit", seat: "A", decision: "attack" };
const B_ATTACKS: GeneralsAction = { type: "commit", seat: "B", decision: "attack" };

/**
 * The fixed script: A sends the plan and commits at tick 0; B tries to ack every tick (refused
 * until the plan arrives, which is itself a reducer call) and commits once it has acked; ticks
 * run to dawn. No record, no views, no bots.
 */
function playScript(params: GeneralsParams, seed: number): GeneralsState {
  let state = createGeneralsGame(params, seed);
  const step = (action: GeneralsAction): boolean => {
    const r = reduceGenerals(state, action);
    if (r.ok) state = r.state;
    return r.ok;
  };
  step(PLAN);
  step(A_ATTACKS);
  let acked = false;
  while (state.phase === "running") {
    if (!acked && step(ACK)) acked = step(B_ATTACKS);
    step(TICK);
  }
  return state;
}

export function benchReducer(durationMs: number, params: GeneralsParams = generalsParamsSchema.parse({})): ThroughputResult {
  return loop(durationMs, (seed) => playScript(params, seed));
}

/** Consensus runs through simulate(): n = 5, ◇S, bot processes and the random adversary bot. */
export function benchConsensus(durationMs: number): ThroughputResult {
  const params = consensusParamsSchema.parse({ n: 5, detector: "ES", f: 2, adversary: "bot" });
  const strategies = Object.fromEntries(consensus.seats(params).map((s) => [s, s === "adversary" ? "random" : "protocol"]));
  return loop(durationMs, (seed) => simulate<ConsensusState>({ scenario: consensus, params, seed, strategies }).state);
}
