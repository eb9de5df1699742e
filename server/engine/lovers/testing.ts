/** Helpers for the Lovers' unit tests. */
import { reduceLovers } from "./reducer";
import type { LoversAction, LoversState } from "./types";

/** Apply actions in order; a refusal is a test error. */
export function run(state: LoversState, actions: LoversAction[]): LoversState {
  for (const a of actions) {
    const r = reduceLovers(state, a);
    if (!r.ok) throw new Error(`${a.type} refused: ${r.error.code}`);
    state = r.state;
  }
  return state;
}
