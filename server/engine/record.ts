/**
 * A game's running record: its state plus every accepted input and every trace event.
 * Replaying the inputs from (scenario, params, seed) reproduces the events exactly.
 */
import type { AnyScenario } from "./scenario";
import type { EngineError } from "./result";

/** An event as a reducer emits it. */
export interface GameEvent {
  type: string;
  tick: number;
  [field: string]: unknown;
}

/** An event as the trace holds it: numbered. */
export interface TraceEvent extends GameEvent {
  /** Position in the trace, from 0. */
  seq: number;
}

/**
 * A game's scratch space for its views (parts memoised from state to state, e.g. a general's
 * sends and rungs): owned by the game's record, never serialised, never shared between games.
 */
export type ViewMemo = Record<string, unknown>;

export class GameRecord<S = unknown, A extends { type: string } = { type: string }> {
  state: S;
  /** What the scenario's views memoise for this game (see `Scenario.view`). */
  readonly viewMemo: ViewMemo = {};
  readonly inputs: A[] = [];
  /** Unnumbered while the game runs (numbering every event as it happens costs a copy). */
  readonly events: GameEvent[] = [];

  constructor(
    readonly scenario: AnyScenario,
    readonly params: unknown,
    readonly seed: number,
  ) {
    this.state = scenario.create(params, seed);
    this.events.push({ type: "start", tick: 0 });
  }

  /** Apply one input; on success keep it and its events. Returns the new events or the refusal. */
  apply(action: A): { ok: true; events: GameEvent[] } | { ok: false; error: EngineError } {
    const result = this.scenario.reduce(this.state, action);
    if (!result.ok) return result;
    this.state = result.state;
    this.inputs.push(action);
    for (const e of result.events as GameEvent[]) this.events.push(e);
    return { ok: true, events: result.events as GameEvent[] };
  }

  /** The events as the trace holds them, each with its position. */
  traceEvents(): TraceEvent[] {
    return this.events.map((e, seq) => ({ seq, ...e }));
  }

  get over(): boolean {
    return this.scenario.isOver(this.state);
  }
}

/** Re-run a game from its inputs. Throws if an input that was accepted is now refused. */
export function replay(scenario: AnyScenario, params: unknown, seed: number, inputs: readonly { type: string }[]) {
  const record = new GameRecord(scenario, params, seed);
  inputs.forEach((action, i) => {
    const r = record.apply(action);
    if (!r.ok) throw new Error(`replay: input ${i} (${action.type}) refused: ${r.error.code}`);
  });
  return record;
}
