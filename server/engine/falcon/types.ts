/**
 * Falcon (issue 15): a monitored service stacked in layers, its faults, and the detector that
 * watches it. Layers, fault kinds, the game state, actions and trace events.
 *
 * Time is simulated milliseconds: each tick of the room's clock is TICK_MS of simulated time,
 * whatever the room's real tick rate. Every time in the state is a multiple of TICK_MS except
 * heartbeat arrivals and spy answers, which carry the exact millisecond they reached the monitor.
 */
import type { RngState } from "../prng";
import type { FalconParams } from "./params";

/** Simulated milliseconds per tick of the room's clock. */
export const TICK_MS = 100;
/** How many of the latest heartbeats and answers the operator's view lists (its counts say how many in all). */
export const VIEW_RECENT = 50;

/** The layers, top to bottom: the application runs in the OS, in a VM on a hypervisor, behind a switch. */
export const LAYERS = ["app", "os", "vm", "switch"] as const;
export type Layer = (typeof LAYERS)[number];
/** Bottom-up: the order in which Falcon asks its spies. */
export const LAYERS_BOTTOM_UP: readonly Layer[] = ["switch", "vm", "os", "app"];

export const FAULT_KINDS = ["crash", "hang", "panic", "vmStop", "partition", "slow"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
/** Faults that last until a failover: the service has failed. */
export const PERMANENT_KINDS = ["crash", "hang", "panic", "vmStop"] as const satisfies readonly FaultKind[];
export type PermanentKind = (typeof PERMANENT_KINDS)[number];
/** Faults that heal by themselves after their duration: the service is alive throughout. */
export const TEMPORARY_KINDS = ["partition", "slow"] as const satisfies readonly FaultKind[];
export type TemporaryKind = (typeof TEMPORARY_KINDS)[number];

export const isPermanent = (kind: FaultKind): kind is PermanentKind => (PERMANENT_KINDS as readonly string[]).includes(kind);

/** The layer each fault strikes. */
export const FAULT_LAYER: Record<FaultKind, Layer> = { crash: "app", hang: "app", slow: "app", panic: "os", vmStop: "vm", partition: "switch" };

/** One entry of a fault timeline: when, what, and for a temporary fault how long. */
export interface Fault {
  atMs: number;
  kind: FaultKind;
  /** Temporary faults only (partition, slow). */
  durationMs?: number;
}

/**
 * The ground truth about the current instance of the service (the server's only).
 * A failover (the operator's declaration) replaces the instance with a fresh one: all clear.
 */
export interface Truth {
  /** 1 for the first instance; +1 at each failover. */
  incarnation: number;
  startedAtMs: number;
  /** The permanent fault in force, with its index in the game's fault log. */
  failure: { kind: PermanentKind; atMs: number; fault: number } | null;
  /** A layer the operator killed (the lowest one, if several). */
  killed: { layer: Layer; atMs: number } | null;
  /** The temporary fault in force. */
  temporary: { kind: TemporaryKind; atMs: number; untilMs: number; fault: number } | null;
}

/** A heartbeat in the network: sent by the app, arriving at the monitor (or lost). */
export interface InFlight {
  incarnation: number;
  seq: number;
  sentAtMs: number;
  arriveAtMs: number;
}

/** What a spy may answer. "partitioned" is the switch spy's; "hung" the application spy's. */
export const SPY_ANSWERS = ["up", "down", "hung", "partitioned", "cant-tell"] as const;
export type SpyAnswer = (typeof SPY_ANSWERS)[number];
/** What a kill's confirmation may say: done, or no word from the killer (the kill did not happen). */
export type KillResult = "killed" | "cant-tell";

/** An operator request to a layer's spy, pending until its answer arrives. */
export interface Request {
  /** In the operator's frame: its requests numbered 1, 2, 3… */
  id: number;
  layer: Layer;
  kind: "query" | "kill";
  askedAtMs: number;
  answerAtMs: number;
  /** A kill's outcome, decided when the kill was sent (the spy acts at once; the word comes back later). */
  killResult?: KillResult;
}

/** What chaos knows of its own faults: each with the instance (incarnation) it struck. */
export interface ChaosRecord {
  atMs: number;
  kind: FaultKind;
  durationMs: number | null;
  effect: "injected" | "fizzled";
  incarnation: number;
}

/** The operator's observations, kept in the form its view shows them (views share these arrays). */
export interface HeartbeatSeen {
  incarnation: number;
  seq: number;
  sentAtMs: number;
  arrivedAtMs: number;
}
export interface AnswerSeen {
  id: number;
  layer: Layer;
  kind: "query" | "kill";
  answer: SpyAnswer | KillResult;
  askedAtMs: number;
  answeredAtMs: number;
}

/** What the scoring reads: the server's record of each declaration, kill and fault against the truth. */
export interface FalconLedger {
  /** Every fault injected or fizzled, in order (indices are `Truth.failure.fault`). */
  faults: { atMs: number; kind: FaultKind; durationMs: number | null; by: "timeline" | "chaos"; effect: "injected" | "fizzled"; incarnation: number; detectedAtMs: number | null }[];
  declarations: { atMs: number; incarnation: number; falseSuspicion: boolean; fault: number | null }[];
  kills: { atMs: number; layer: Layer; executed: boolean; unnecessary: boolean; oversized: boolean }[];
  spyCost: number;
  /** Times the e2e timeout fired while the instance was alive. */
  timeoutSuspicions: number;
  /** Simulated ms during which the instance was not alive (failed or killed) and not yet failed over. */
  downtimeMs: number;
}

export interface FalconState {
  params: FalconParams;
  tick: number;
  phase: "playing" | "finished";
  outcome: FalconOutcome | null;
  /** The fault timeline the game plays (seeded mode: drawn at create; chaos plays: empty). Hidden from the operator. */
  timeline: Fault[];
  /** The next timeline entry to apply. */
  nextFault: number;
  truth: Truth;
  /** Heartbeats in the network, in arrival order. */
  inFlight: InFlight[];
  /** The app's heartbeat counter in this incarnation. */
  seq: number;
  /** A heartbeat due during a slow pause, sent late when the pause ends. */
  deferred: { seq: number; sentAtMs: number; slot: number } | null;
  /** The network's seed: heartbeat delays are a function of it and the heartbeat's slot. Never in a view. */
  netSeed: number;
  /** The spies' latencies. Never in a view. */
  spyRng: RngState;
  operator: {
    timeoutMs: number;
    requests: Request[];
    nextRequest: number;
    /** The latest VIEW_RECENT heartbeats and answers, and how many in all. */
    heartbeats: HeartbeatSeen[];
    heartbeatsReceived: number;
    answers: AnswerSeen[];
    answersReceived: number;
    declarations: number[];
    /** Whether the e2e timeout has fired since the last heartbeat (the detector's suspicion). */
    suspecting: boolean;
    lastArrivalMs: number | null;
  };
  chaos: { budgetLeft: number; injected: ChaosRecord[] };
  /** Public: when replies last reached the outside, and the failovers. */
  failovers: number[];
  ledger: FalconLedger;
}

export const FALCON_OUTCOMES = ["clean", "slow", "intrusive", "inaccurate"] as const;
export type FalconOutcome = (typeof FALCON_OUTCOMES)[number];

export const OPERATOR_SEAT = "operator";
export const CHAOS_SEAT = "chaos";
export type FalconSeat = typeof OPERATOR_SEAT | typeof CHAOS_SEAT;

export type FalconAction =
  | { type: "tick" }
  | { type: "setTimeout"; seat: string; timeoutMs: number }
  | { type: "query"; seat: string; layer: Layer }
  | { type: "kill"; seat: string; layer: Layer }
  | { type: "declare"; seat: string }
  | { type: "wait"; seat: string }
  | { type: "inject"; seat: string; kind: FaultKind; durationMs?: number };

/** Trace events. Every event carries the tick it happened in and the simulated ms. */
export type FalconEvent =
  | { type: "fault"; tick: number; atMs: number; kind: FaultKind; durationMs: number | null; by: "timeline" | "chaos"; effect: "injected" | "fizzled"; fault: number }
  | { type: "heal"; tick: number; atMs: number; kind: TemporaryKind; fault: number }
  | { type: "heartbeat"; tick: number; atMs: number; incarnation: number; seq: number; arriveAtMs: number | null }
  | { type: "arrive"; tick: number; atMs: number; incarnation: number; seq: number; sentAtMs: number }
  | { type: "suspect"; tick: number; atMs: number }
  | { type: "trust"; tick: number; atMs: number }
  | { type: "timeout"; tick: number; atMs: number; timeoutMs: number }
  | { type: "query"; tick: number; atMs: number; request: number; layer: Layer; answerAtMs: number; cost: number }
  | { type: "kill"; tick: number; atMs: number; request: number; layer: Layer; executed: boolean; unnecessary: boolean; answerAtMs: number }
  | { type: "answer"; tick: number; atMs: number; request: number; layer: Layer; kind: "query" | "kill"; answer: SpyAnswer | KillResult }
  | { type: "declare"; tick: number; atMs: number; falseSuspicion: boolean; fault: number | null; detectionMs: number | null }
  | { type: "wait"; tick: number; atMs: number }
  | { type: "end"; tick: number; atMs: number; outcome: FalconOutcome };
