import type { RngState } from "../prng";
import type { ConsensusParams } from "./params";

export type Bit = 0 | 1;

/** What a message carries. Rounds start at 1. */
export type Payload =
  | { kind: "opinion"; round: number; value: Bit; ts: number }
  | { kind: "suggest"; round: number; value: Bit }
  | { kind: "ack"; round: number }
  | { kind: "nack"; round: number }
  | { kind: "decide"; round: number; value: Bit };

/** The weak→strong completeness layer's message: the sender's own detector output, relayed to all. */
export interface SuspicionsPayload {
  kind: "suspicions";
  suspects: number[];
}

/** Anything on the network: a protocol message or a relayed suspect list. */
export type Message = Payload | SuspicionsPayload;

/** The latest suspect list a process received from another, with the tick it arrived. */
export interface HeardList {
  from: number;
  suspects: number[];
  at: number;
}

export interface InFlight {
  id: number;
  from: number;
  to: number;
  sentAt: number;
  deliverAt: number;
  /** The latest tick it may be delivered at: max(sent, GST) + Δ. */
  deadline: number;
  payload: Message;
}

export interface Delivered {
  id: number;
  from: number;
  sentAt: number;
  at: number;
  payload: Payload;
}

/** What a coordinator remembers of a round it coordinates. */
export interface Coordination {
  round: number;
  suggestion: Bit;
  /** Phase 4 is over: it decided, or its first majority of replies held a NACK. */
  concluded: boolean;
}

export interface Proc {
  id: number;
  input: Bit;
  /** v_p and t_p. */
  value: Bit;
  ts: number;
  round: number;
  /** Has it sent its opinion for the current round (phase 1)? */
  opined: boolean;
  inbox: Delivered[];
  /** Its detector module's output (the class the server keeps): the processes it suspects, ascending. */
  suspects: number[];
  /**
   * With the relay layer: the transformed output the protocol consults (ascending), and the latest
   * list heard from each process (by sender). Null and empty without the layer.
   */
  output: number[] | null;
  heard: HeardList[];
  coordinated: Coordination[];
  decided: { value: Bit; round: number; tick: number } | null;
  /** Has it relayed a DECIDE to the others? */
  relayed: boolean;
  crashedAt: number | null;
}

export interface ConsensusState {
  scenario: "consensus";
  params: ConsensusParams;
  tick: number;
  phase: "running" | "finished";
  rng: RngState;
  procs: Proc[];
  inFlight: InFlight[];
  nextMessageId: number;
  /**
   * The correct process whose never being suspected (after GST for ◇ classes) is the class's
   * accuracy: S, ◇S, W and ◇W. Null for P and ◇P, whose accuracy spares every live process. It
   * never crashes: the schedule spares it and the adversary may not crash it. Secret.
   */
  protectedProcess: number | null;
  /** Per crashed process, the tick from which completeness must hold. */
  detectBy: Record<number, number>;
  /** Number of processes crashed so far. */
  crashCount: number;
  /** Every change of a detector's output, as [tick, process, target, 1 = suspect | 0 = unsuspect]: what the checker reads. */
  suspicionLog: readonly (readonly [number, number, number, 0 | 1])[];
  /** With the relay layer, every change of a transformed output, as in suspicionLog. */
  outputLog: readonly (readonly [number, number, number, 0 | 1])[];
  /** Per crashed process, how many suspicionLog and outputLog entries came before its crash: the order the checker judges accuracy by. */
  crashedAfter: Readonly<Record<number, readonly [number, number]>>;
  outcome: "decided" | "undecided" | null;
}

export type ConsensusAction =
  | { type: "tick" }
  | { type: "opinion"; seat: string }
  | { type: "suggest"; seat: string; value: Bit }
  | { type: "reply"; seat: string; ack: boolean }
  | { type: "decide"; seat: string }
  | { type: "relay"; seat: string }
  | { type: "delay"; seat: string; messageId: number }
  | { type: "rush"; seat: string; messageId: number }
  | { type: "suspect"; seat: string; process: number; target: number }
  | { type: "unsuspect"; seat: string; process: number; target: number }
  | { type: "crash"; seat: string; process: number };

/** Trace events. Documented in docs/trace-format.md. */
export type ConsensusEvent =
  | { type: "start"; tick: 0 }
  | { type: "send"; tick: number; messageId: number; from: number; to: number; payload: Message }
  | { type: "deliver"; tick: number; messageId: number; to: number }
  | { type: "drop"; tick: number; messageId: number; to: number }
  | { type: "delay"; tick: number; messageId: number; deliverAt: number }
  | { type: "crash"; tick: number; process: number }
  | { type: "suspect"; tick: number; process: number; target: number }
  | { type: "unsuspect"; tick: number; process: number; target: number }
  | { type: "output-suspect"; tick: number; process: number; target: number; from: number }
  | { type: "output-unsuspect"; tick: number; process: number; target: number; from: number }
  | { type: "suggest"; tick: number; process: number; round: number; value: Bit }
  | { type: "decide"; tick: number; process: number; round: number; value: Bit }
  | { type: "end"; tick: number; outcome: "decided" | "undecided"; inputs: Bit[]; protectedProcess: number | null };
