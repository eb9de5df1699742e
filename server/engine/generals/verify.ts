/**
 * Checks a stored Two Generals game by replaying it: the seed and inputs must reproduce the
 * stored events and scores exactly. The record page shows the result, so a score can never
 * be anything the rules did not produce.
 */
import { replay } from "../record";
import type { SeatOutcome } from "../scenario";
import { generals } from "./index";
import type { GeneralsState } from "./types";
import { reveal, type RevealView } from "./view";

/** The parts of a stored trace (docs/trace-format.md) the check reads. */
export interface StoredGenerals {
  params: unknown;
  seed: number;
  inputs: readonly { type: string }[];
  events: readonly unknown[];
  outcome: string;
  result: Record<string, SeatOutcome>;
}

export type Verification = { ok: true; reveal: RevealView } | { ok: false; problem: string };

export function verifyGeneralsTrace(trace: StoredGenerals): Verification {
  const params = generals.paramsSchema.safeParse(trace.params);
  if (!params.success) return { ok: false, problem: "its parameters are not valid" };
  let record;
  try {
    record = replay(generals, params.data, trace.seed, trace.inputs);
  } catch (err) {
    return { ok: false, problem: (err as Error).message };
  }
  const state = record.state as GeneralsState;
  if (state.phase !== "finished") return { ok: false, problem: "its inputs stop before dawn" };
  if (JSON.stringify(record.traceEvents()) !== JSON.stringify(trace.events)) return { ok: false, problem: "its events differ from the replay" };
  const summary = generals.summarize(state);
  if (summary.outcome !== trace.outcome || JSON.stringify(summary.seats) !== JSON.stringify(trace.result)) {
    return { ok: false, problem: "its outcome or scores differ from the replay" };
  }
  return { ok: true, reveal: reveal(state) };
}
