/**
 * Headless Falcon games: the reducer and the seats' bots, no room (the shape of ../simulate.ts,
 * without its record, so that thousands of games run in seconds). Used by compare.ts and tests.
 */
import { botSeed } from "../simulate";
import { operatorBotMoves } from "./bots";
import { chaosMoves } from "./bots/chaos";
import type { FalconParams } from "./params";
import { createFalconGame, reduceFalcon } from "./reducer";
import { metricsOf, type FalconMetrics } from "./scoring";
import type { ChaosStrategy, OperatorStrategy } from "./strategies";
import { CHAOS_SEAT, OPERATOR_SEAT, type FalconAction, type FalconEvent, type FalconState, type Fault } from "./types";
import { chaosView, operatorView } from "./views";

export interface RunOptions {
  operator: OperatorStrategy;
  /** Chaos's bot when chaos plays (params.chaosPlays); otherwise the timeline is the game's. */
  chaos?: ChaosStrategy;
  /** Play this timeline (seeded mode). */
  timeline?: readonly Fault[];
  /** Keep the trace events (off by default: a long game has thousands). */
  events?: boolean;
}

export interface RunResult {
  state: FalconState;
  metrics: FalconMetrics;
  events: FalconEvent[];
}

const TICK: FalconAction = { type: "tick" };

export function apply(state: FalconState, action: FalconAction, events: FalconEvent[] | null): FalconState {
  const r = reduceFalcon(state, action);
  if (!r.ok) throw new Error(`refused ${JSON.stringify(action)}: ${r.error.code} ${r.error.message}`);
  if (events) events.push(...r.events);
  return r.state;
}

export function runFalcon(params: FalconParams, seed: number, options: RunOptions): RunResult {
  let state = createFalconGame(params, seed, { timeline: options.timeline });
  const events: FalconEvent[] | null = options.events ? [] : null;
  const opSeed = botSeed(seed, OPERATOR_SEAT);
  const chaosSeed = botSeed(seed, CHAOS_SEAT);
  while (state.phase === "playing") {
    for (const move of operatorBotMoves(operatorView(state), options.operator, opSeed)) state = apply(state, { ...move, seat: OPERATOR_SEAT }, events);
    if (params.chaosPlays) {
      for (const move of chaosMoves(chaosView(state), options.chaos ?? "random", chaosSeed)) state = apply(state, { ...move, seat: CHAOS_SEAT }, events);
    }
    state = apply(state, TICK, events);
  }
  return { state, metrics: metricsOf(state.ledger), events: events ?? [] };
}
