/** Helpers for Falcon's tests: games on a given timeline, moved on by ticks and moves that must be accepted. */
import { falconParamsSchema, type FalconParams, type FalconParamsInput } from "./params";
import { createFalconGame, reduceFalcon } from "./reducer";
import type { FalconAction, FalconEvent, FalconState, Fault } from "./types";

export function game(params: FalconParamsInput = {}, timeline: Fault[] = [], seed = 7): FalconState {
  return createFalconGame(falconParamsSchema.parse(params), seed, { timeline });
}

export const parse = (p: FalconParamsInput = {}): FalconParams => falconParamsSchema.parse(p);

/** Applies an action that must be accepted; returns the state and its events. */
export function act(state: FalconState, action: FalconAction): { state: FalconState; events: FalconEvent[] } {
  const r = reduceFalcon(state, action);
  if (!r.ok) throw new Error(`refused ${JSON.stringify(action)}: ${r.error.code}`);
  return r;
}

/** Ticks until the state's time is `ms` (a multiple of TICK_MS), collecting the events. */
export function until(state: FalconState, ms: number, events: FalconEvent[] = []): FalconState {
  while (state.tick * 100 < ms && state.phase === "playing") {
    const r = act(state, { type: "tick" });
    events.push(...r.events);
    state = r.state;
  }
  return state;
}

export const op = <A extends Omit<Exclude<FalconAction, { type: "tick" }>, "seat">>(a: A) => ({ ...a, seat: "operator" }) as FalconAction;
export const chaos = <A extends Omit<Exclude<FalconAction, { type: "tick" }>, "seat">>(a: A) => ({ ...a, seat: "chaos" }) as FalconAction;
