/**
 * What the end of an FLP game shows, rebuilt for its replay: the valency after every step (the
 * strip under the run), the commutativity lemma on the run, and the puzzle's answers.
 */
import type { TraceFacts } from "../scenario";
import { commutationExample, type CommutationExample } from "./commute";
import { initialConfiguration } from "./model";
import { sharedOracle } from "./oracle";
import type { FlpParams } from "./params";
import { protocolById } from "./protocols";
import { createFlpGame, reduceFlp } from "./reducer";
import { SCHEDULER_SEAT, type FlpValency } from "./terms";
import type { FlpAction, FlpEvent, FlpState } from "./types";

export interface FlpReveal {
  /** The valency of the initial configuration, then after each step (index k: after k steps). */
  valencies: FlpValency[];
  commutation: CommutationExample | null;
  /** The Lemma 1 puzzle's answers and argument (puzzle games). */
  puzzle: FlpState["puzzle"];
}

export function flpReveal(state: FlpState): FlpReveal {
  const start = sharedOracle(state.params.protocol).valency(initialConfiguration(protocolById(state.params.protocol), state.inputs));
  const valencies = [start, ...state.run.flatMap((e) => (e.kind === "step" ? [e.valency] : []))];
  return { valencies, commutation: commutationExample(state), puzzle: state.puzzle };
}

/** The scheduler's moves, read back from the trace's events (docs/trace-format.md). */
function actionOf(e: FlpEvent): FlpAction | null {
  const seat = SCHEDULER_SEAT;
  switch (e.type) {
    case "step":
      return e.messageId === null ? { type: "step", seat, process: e.process } : { type: "deliver", seat, messageId: e.messageId };
    case "crash":
      return { type: "crash", seat, process: e.process };
    case "hint":
      return { type: "hint", seat };
    case "predict":
      return { type: "predict", seat, valencies: e.valencies };
    default:
      return null;
  }
}

/** The reveal, rebuilt by replaying the trace's moves on the game its parameters and seed create. */
export function flpRevealFromTrace(trace: TraceFacts<FlpParams>): FlpReveal {
  let state = createFlpGame(trace.params, trace.seed);
  for (const raw of trace.events) {
    const action = actionOf(raw as FlpEvent);
    if (!action) continue;
    const result = reduceFlp(state, action);
    if (result.ok) state = result.state;
  }
  return flpReveal(state);
}
