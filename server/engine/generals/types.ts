import type { RngState } from "../prng";
import type { LadderRung } from "./knowledge";
import type { GeneralsParams } from "./params";

export type General = "A" | "B";
export type GeneralsSeat = General | "enemy";
export type Decision = "attack" | "hold";
export type MessageKind = "plan" | "ack";

/** Where a messenger is. "pending" is the only state a sender ever sees before dawn. */
export type MessengerFate = "pending" | "delivered" | "captured" | "late";

export interface Messenger {
  id: number;
  from: General;
  to: General;
  kind: MessageKind;
  /** How many of the other side's messengers had reached the sender when it sent this one. */
  acked: number;
  sentAt: number;
  arrivesAt: number;
  fate: MessengerFate;
  /** The tick its fate was settled (arrival, capture, or dawn for "late"). */
  settledAt: number | null;
  capturedBy: "chance" | "enemy" | null;
}

export interface Commitment {
  decision: Decision;
  tick: number;
  /** True when the general never chose and dawn made it hold. */
  byDefault: boolean;
}

export type Outcome = "victory" | "no-battle" | "defeat-A" | "defeat-B";

export interface GeneralsState {
  scenario: "generals";
  params: GeneralsParams;
  tick: number;
  phase: "running" | "finished";
  /** Seeded PRNG state: advanced by the reducer, never sent to a client. */
  rng: RngState;
  messengers: Messenger[];
  nextMessengerId: number;
  commitments: Record<General, Commitment | null>;
  /** Last tick each general dispatched a messenger (one per tick). */
  lastSendTick: Record<General, number>;
  outcome: Outcome | null;
  /**
   * The knowledge ladder so far, kept up to date by the reducer. A delivery can extend it by at
   * most one rung (the next link must leave after this one arrives), so it is exact.
   */
  ladder: LadderRung[];
}

/** Every input the reducer accepts. Seat actions carry their seat; the room's clock sends "tick". */
export type GeneralsAction =
  | { type: "tick" }
  | { type: "send"; seat: GeneralsSeat; kind: MessageKind }
  | { type: "commit"; seat: GeneralsSeat; decision: Decision }
  | { type: "capture"; seat: GeneralsSeat; messengerId: number };

/** Trace events, in the order they happened. Documented in docs/trace-format.md. */
export type GeneralsEvent =
  | { type: "start"; tick: 0 }
  | { type: "send"; tick: number; messengerId: number; from: General; to: General; kind: MessageKind; acked: number; arrivesAt: number }
  | { type: "deliver"; tick: number; messengerId: number; to: General }
  | { type: "capture"; tick: number; messengerId: number; by: "chance" | "enemy" }
  | { type: "late"; tick: number; messengerId: number }
  | { type: "commit"; tick: number; general: General; decision: Decision; byDefault: boolean }
  | { type: "dawn"; tick: number; outcome: Outcome };
