/** The FLP game's state, actions and trace events. */
import type { Bit, Configuration, Step } from "./model";
import type { FairnessClock } from "./fairness";
import type { FlpParams } from "./params";
import type { DescribedStep } from "./schedules";
import type { FlpOutcome, FlpValency, PuzzleChoice } from "./terms";

/** A message ever sent in this game: its game-wide id (send order), for the scheduler's moves and the replay. */
export interface SentMessage {
  id: number;
  /** The configuration's key for it (model.messageKey). */
  key: string;
  from: number;
  to: number;
  label: string;
  /** The step that sent it (1-based), and the step that delivered it, if one has. */
  sentAt: number;
  deliveredAt: number | null;
}

/** One thing the scheduler did, in order: a step (λ when messageId is null) or a crash. */
export type RunEntry =
  | { kind: "step"; step: number; pid: number; messageId: number | null; valency: FlpValency }
  | { kind: "crash"; step: number; pid: number };

export interface Decision {
  pid: number;
  value: Bit;
  step: number;
}

/** The valency each next step would lead to, as a hint shows it. */
export interface NextStepValency {
  pid: number;
  messageId: number | null;
  valency: FlpValency;
}

/** The Lemma 1 argument for the puzzle's reveal (puzzle.ts). */
export interface LemmaOneArgument {
  /** The neighbours I_k and I_{k+1}: they differ only in the input of process `pid` (0-based: p_{k+1}). */
  k: number;
  pid: number;
  /** A run from I_k in which `pid` takes no step (it crashed at the start) that reaches a decision, or null if none does. */
  schedule: DescribedStep[] | null;
  /** The value that run decides, from both neighbours alike (they cannot be told apart without `pid`). */
  decided: Bit | null;
}

export interface PuzzleState {
  /** The order in which the chain I_0..I_n turns processes' inputs to 1 (0-based pids). */
  order: number[];
  /** The oracle's valency of I_0..I_n. */
  answers: FlpValency[];
  argument: LemmaOneArgument;
  predictions: PuzzleChoice[] | null;
}

export interface FlpState {
  params: FlpParams;
  tick: number;
  phase: "playing" | "finished";
  outcome: FlpOutcome | null;
  inputs: Bit[];
  config: Configuration<unknown, unknown>;
  clock: FairnessClock;
  messages: SentMessage[];
  run: RunEntry[];
  decisions: Decision[];
  valency: FlpValency;
  /** The shortest schedules from the current configuration to a 0- and a 1-decision (evidence.ts), as moves. */
  evidence: Record<"0" | "1", DescribedStep[] | null>;
  /** Steps taken while every configuration so far was bivalent. */
  bivalentSteps: number;
  hintsBought: number;
  /** The hint bought for the current configuration, until the next step. */
  hint: NextStepValency[] | null;
  puzzle: PuzzleState | null;
}

export type FlpAction =
  | { type: "tick" }
  | { type: "step"; seat: string; process: number }
  | { type: "deliver"; seat: string; messageId: number }
  | { type: "crash"; seat: string; process: number }
  | { type: "hint"; seat: string }
  | { type: "predict"; seat: string; valencies: PuzzleChoice[] };

export type FlpEvent =
  | { type: "step"; tick: number; step: number; process: number; messageId: number | null; valency: FlpValency; configuration: Configuration<unknown, unknown> }
  | { type: "send"; tick: number; step: number; messageId: number; from: number; to: number; label: string }
  | { type: "decide"; tick: number; step: number; process: number; value: Bit }
  | { type: "crash"; tick: number; step: number; process: number }
  | { type: "hint"; tick: number; step: number }
  | { type: "predict"; tick: number; valencies: PuzzleChoice[]; answers: FlpValency[] }
  | { type: "end"; tick: number; outcome: FlpOutcome; inputs: Bit[]; startValency: FlpValency };

export type { Step };
