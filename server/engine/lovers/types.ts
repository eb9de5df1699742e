import type { GeneralsState } from "../generals/types";
import type { LoversParams } from "./params";

export type Lover = "alice" | "bob";
export type SmsKind = "proposal" | "ack";
export type LoversDecision = "show" | "stay";
/** "stood-up-alice": Alice showed up and Bob did not (she is the humiliated one). */
export type LoversOutcome = "date" | "nothing" | "stood-up-alice" | "stood-up-bob";
export type SmsFate = "delivered" | "lost" | "late";

/**
 * The Lovers are the Two Generals under other names (the lecture notes say as much): Alice is
 * A and holds the proposal, Bob is B, an SMS is a messenger that crosses in one hour, and
 * midnight is dawn. The state wraps a generals state run with those parameters.
 */
export interface LoversState {
  scenario: "lovers";
  params: LoversParams;
  inner: GeneralsState;
}

export type LoversAction =
  | { type: "tick" }
  | { type: "send"; seat: Lover; kind: SmsKind }
  | { type: "decide"; seat: Lover; decision: LoversDecision };

/** Trace events, in order. `tick` counts game hours since noon. Documented in docs/trace-format.md. */
export type LoversEvent =
  | { type: "start"; tick: 0 }
  | { type: "send"; tick: number; smsId: number; from: Lover; to: Lover; kind: SmsKind; acked: number; arrivesAt: number }
  | { type: "deliver"; tick: number; smsId: number; to: Lover }
  | { type: "lose"; tick: number; smsId: number }
  | { type: "late"; tick: number; smsId: number }
  | { type: "decide"; tick: number; lover: Lover; decision: LoversDecision; byDefault: boolean }
  | { type: "midnight"; tick: number; outcome: LoversOutcome };
