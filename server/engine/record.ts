/**
 * A game's running record: its state plus every accepted input and every trace event.
 * Replaying the inputs from (scenario, params, seed) reproduces the events exactly.
 */
import type { AnyScenario } from "./scenario";
import type { EngineError } from "./result";

export interface TraceEvent {
  /** Position in the trace, from 0. */
  seq: number;
  type: string;
  tick: number;
  [field: string]: unknown;
}

export class GameRecord<S = unknown, A extends { type: string } = { type: string }> {
  state: S;
  readonly inputs: A[] = [];
  readonly events: TraceEvent[] = [];

  constructor(
    readonly scenario: AnyScenario,
    readonly params: unknown,
    readonly seed: number,
  ) {
    this.state = scenario.create(params, seed);
    this.events.push({ seq: 0, type: "start", tick: 0 });
  }

  /** Apply one input; on success keep it and its events. Returns the new events or the refusal. */
  apply(action: A): { ok: true; events: TraceEvent[] } | { ok: false; error: EngineError } {
    const result = this.scenario.reduce(this.state, action);
    if (!result.ok) return result;
    this.state = result.state;
    this.inputs.push(action);
    const added: TraceEvent[] = [];
    for (const e of result.events as Omit<TraceEvent, "seq">[]) {
      const event = { seq: this.events.length, ...e } as TraceEvent;
      this.events.push(event);
      added.push(event);
    }
    return { ok: true, events: added };
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
