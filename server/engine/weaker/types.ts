/** The weaker-agreement game's state, actions and trace events. */
import type { AdversaryAction } from "../adversaryNetwork/reduce";
import type { RngState } from "../prng";
import type { EpsilonState } from "./engine/epsilon";
import type { KSetState } from "./engine/kSet";
import type { WeakerParams } from "./params";
import type { WeakerOutcome } from "./terms";

/** The protocol's configuration: one of the two engines (engine/). Neither holds a PRNG. */
export type WeakerGame = { problem: "kset"; s: KSetState } | { problem: "epsilon"; s: EpsilonState };

/** A message ever sent (0-based processes), with the step that delivered it (null while in flight or never). */
export interface LoggedMessage {
  id: number;
  from: number;
  to: number;
  /** ε: its round; k-set: null. */
  round: number | null;
  value: number;
  sentAt: number;
  deliveredAt: number | null;
}

export interface WeakerLog {
  messages: LoggedMessage[];
  decisions: { pid: number; value: number; step: number }[];
  crashes: { pid: number; step: number }[];
  /** ε: each process's new value at the end of each round, and whose values it averaged. */
  averages: { pid: number; round: number; value: number; from: number[]; step: number }[];
}

export interface WeakerState {
  params: WeakerParams;
  tick: number;
  phase: "playing" | "finished";
  outcome: WeakerOutcome | null;
  game: WeakerGame;
  /** A watched random bot's own PRNG (the inputs' draws are over by then). */
  botRng: RngState;
  /** Ticks since the adversary's last move (for `patience`). */
  idleTicks: number;
  log: WeakerLog;
}

export type WeakerAction = AdversaryAction<"crash" | "step">;

/** Trace events; processes 1-based, `step` the adversary step count after the move that made them. */
export type WeakerEvent =
  | { type: "step"; tick: number; step: number; process: number; by: "adversary" | "network" }
  | { type: "deliver"; tick: number; step: number; messageId: number; from: number; to: number; by: "adversary" | "network" }
  | { type: "send"; tick: number; step: number; messageId: number; from: number; to: number; round: number | null; value: number }
  | { type: "average"; tick: number; step: number; process: number; round: number; from: number[]; value: number }
  | { type: "decide"; tick: number; step: number; process: number; value: number }
  | { type: "crash"; tick: number; step: number; process: number }
  | { type: "end"; tick: number; outcome: WeakerOutcome; inputs: number[] };
