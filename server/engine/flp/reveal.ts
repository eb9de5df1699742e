/**
 * What the end of an FLP game shows, rebuilt for its replay: the initial configuration, the run
 * step by step with the valency after every step (the strip under the run), the checker's
 * verdict, the commutativity lemma on the run, and the puzzle's answers.
 */
import type { TraceFacts } from "../scenario";
import { checkFlpRun, type FlpVerdict } from "./checker";
import { commutationExample, type CommutationExample } from "./commute";
import { initialConfiguration, type Bit } from "./model";
import { sharedOracle } from "./oracle";
import type { FlpParams } from "./params";
import { protocolById } from "./protocols";
import { createFlpGame, reduceFlp } from "./reducer";
import { SCHEDULER_SEAT, type FlpValency } from "./terms";
import type { FlpAction, FlpEvent, FlpState } from "./types";

/** One entry of the run in words: a step (λ when `label` is null) or a crash, after `step` steps. */
export interface FlpRevealEntry {
  kind: "step" | "crash";
  step: number;
  /** 1..n. */
  process: number;
  /** The message taken, e.g. "lock 0 from p2"; null for λ and crashes. */
  label: string | null;
}

export interface FlpReveal {
  protocol: { id: string; title: string; summary: string };
  /** The initial configuration's inputs, p1 first. */
  inputs: Bit[];
  /** The valency of the initial configuration, then after each step (index k: after k steps). */
  valencies: FlpValency[];
  run: FlpRevealEntry[];
  hintsBought: number;
  /** The checker's verdict on the run (scheduler games; null for the puzzle). */
  verdict: FlpVerdict | null;
  commutation: CommutationExample | null;
  /** The Lemma 1 puzzle's answers and argument (puzzle games). */
  puzzle: FlpState["puzzle"];
}

export function flpReveal(state: FlpState): FlpReveal {
  const protocol = protocolById(state.params.protocol);
  const start = sharedOracle(state.params.protocol).valency(initialConfiguration(protocol, state.inputs));
  const valencies = [start, ...state.run.flatMap((e) => (e.kind === "step" ? [e.valency] : []))];
  const labelOf = (id: number | null) => {
    const m = id === null ? undefined : state.messages.find((x) => x.id === id);
    return m ? `${m.label} from p${m.from + 1}` : null;
  };
  const run: FlpRevealEntry[] = state.run.map((e) => ({ kind: e.kind, step: e.step, process: e.pid + 1, label: e.kind === "step" ? labelOf(e.messageId) : null }));
  return {
    protocol: { id: protocol.id, title: protocol.title, summary: protocol.summary },
    inputs: state.inputs.slice(),
    valencies,
    run,
    hintsBought: state.hintsBought,
    verdict: state.params.mode === "puzzle" ? null : checkFlpRun(state),
    commutation: commutationExample(state),
    puzzle: state.puzzle,
  };
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

/**
 * The reveal, rebuilt by replaying the trace's moves on the game its parameters and seed create,
 * with the room's ticks up to each event's tick: in a watched run the ticks are what take the
 * steps (the proof's adversary schedules one a tick), so its events are not replayed as moves.
 */
export function flpRevealFromTrace(trace: TraceFacts<FlpParams>): FlpReveal {
  let state = createFlpGame(trace.params, trace.seed);
  for (const raw of trace.events) {
    const event = raw as FlpEvent;
    while (state.phase === "playing" && state.tick < event.tick) {
      const ticked = reduceFlp(state, { type: "tick" });
      if (!ticked.ok) break;
      state = ticked.state;
    }
    if (state.params.watch) continue;
    const action = actionOf(event);
    if (!action) continue;
    const result = reduceFlp(state, action);
    if (result.ok) state = result.state;
  }
  return flpReveal(state);
}
