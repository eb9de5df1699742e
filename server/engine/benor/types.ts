/** The Ben-Or game's state, actions and trace events. */
import type { AdversaryAction } from "../adversaryNetwork/reduce";
import type { RngState } from "../prng";
import type { Bit } from "../flp/model";
import type { BenOrState, BenOrMessage } from "./engine/game";
import type { BenorParams } from "./params";
import type { BenorOutcome } from "./terms";

/** A message ever sent, with the step that delivered it (null while in flight or never). */
export interface LoggedMessage extends Omit<BenOrMessage, "sentAt"> {
  sentAt: number;
  deliveredAt: number | null;
}

export interface BenorLog {
  messages: LoggedMessage[];
  coins: { pid: number; round: number; value: Bit; step: number }[];
  decisions: { pid: number; round: number; value: Bit; step: number }[];
  crashes: { pid: number; step: number }[];
}

export interface BenorState {
  params: BenorParams;
  tick: number;
  phase: "playing" | "finished";
  outcome: BenorOutcome | null;
  /** The protocol's configuration, its coins' PRNG inside (never in a view). */
  game: BenOrState;
  /** A watched bot's own PRNG (the random bot's), never the coins'. */
  botRng: RngState;
  /** Ticks since the adversary's last move (for `patience`). */
  idleTicks: number;
  /** The adversary's own moves so far (deliveries and crashes; not the network's): an adversary that made none scores nothing. */
  adversaryMoves: number;
  log: BenorLog;
}

export type BenorAction = AdversaryAction<"crash">;

/** Trace events; processes 1-based, `step` the adversary step that made them (the step count after it). */
export type BenorEvent =
  | { type: "deliver"; tick: number; step: number; messageId: number; from: number; to: number; by: "adversary" | "network" }
  | { type: "send"; tick: number; step: number; messageId: number; from: number; to: number; kind: "R" | "P"; round: number; value: Bit | null }
  | { type: "adopt"; tick: number; step: number; process: number; round: number; value: Bit }
  | { type: "coin"; tick: number; step: number; process: number; round: number; value: Bit }
  | { type: "decide"; tick: number; step: number; process: number; round: number; value: Bit }
  | { type: "halt"; tick: number; step: number; process: number; round: number }
  | { type: "crash"; tick: number; step: number; process: number }
  | { type: "end"; tick: number; outcome: BenorOutcome; inputs: Bit[] };
