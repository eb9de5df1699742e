/**
 * Each Falcon seat's view, built field by field from the state through the disclosure.
 *
 * The operator sees what reaches the monitor, as it arrives: heartbeats (the app's own sequence
 * numbers and send times, which a real heartbeat carries), its spies' answers and kills'
 * confirmations, its own requests still pending, its timeout, declarations and spy cost. Never
 * the fault timeline, a layer's true state, a request's due time or any generator.
 * Chaos sees its rules and budget, its own faults (in seeded mode the whole timeline, its plan),
 * and the public state of the service: the failovers, and whether replies flow (a heartbeat
 * reached the monitor in the last REPLYING_MS). Not the operator's spies, timeout or kills.
 * After the end both see the reveal: the truth's record and the scores.
 */
import { compare, playedTimeline, type Comparison } from "./compare";
import { operatorParams, type OperatorParams } from "./disclosure";
import { gameSeedOf } from "./reducer";
import type { FalconParams } from "./params";
import { metricsOf, type FalconMetrics } from "./scoring";
import { CHAOS_SEAT, OPERATOR_SEAT, TICK_MS, type AnswerSeen, type ChaosRecord, type FalconLedger, type FalconOutcome, type FalconSeat, type FalconState, type Fault, type HeartbeatSeen, type Layer } from "./types";

export const REPLYING_MS = 1_000;

export interface FalconReveal {
  metrics: FalconMetrics;
  faults: FalconLedger["faults"];
  declarations: FalconLedger["declarations"];
  kills: FalconLedger["kills"];
  /** The side-by-side: Falcon and both plain timeouts on this game's fault timeline and network (compare.ts). */
  compare: Comparison;
}

/** One comparison per finished game (the views of its last state are built more than once). */
const compared = new WeakMap<FalconLedger, Comparison>();

export interface OperatorView {
  scenario: "falcon";
  seat: typeof OPERATOR_SEAT;
  role: "operator";
  tick: number;
  nowMs: number;
  phase: "playing" | "finished";
  outcome: FalconOutcome | null;
  params: OperatorParams;
  timeoutMs: number;
  /** The instance being watched: 1, then +1 at each of its own declarations. */
  incarnation: number;
  instanceSinceMs: number;
  /** When the current instance's last heartbeat arrived (null: none yet). */
  lastHeartbeatMs: number | null;
  /** Time since the last heartbeat (or since the instance took over). */
  silentMs: number;
  /** Whether its e2e timeout has fired since the last heartbeat. */
  suspecting: boolean;
  heartbeatsReceived: number;
  /** The latest VIEW_RECENT heartbeats, in arrival order. */
  heartbeats: HeartbeatSeen[];
  /** Its requests not yet answered (its frame: numbered 1, 2, 3… in the order it made them). */
  pending: { id: number; layer: Layer; kind: "query" | "kill"; askedAtMs: number }[];
  answersReceived: number;
  /** The latest answers and kill confirmations, in arrival order. */
  answers: AnswerSeen[];
  declarations: number[];
  spyCost: number;
  reveal: FalconReveal | null;
}

export interface ChaosView {
  scenario: "falcon";
  seat: typeof CHAOS_SEAT;
  role: "chaos";
  tick: number;
  nowMs: number;
  phase: "playing" | "finished";
  outcome: FalconOutcome | null;
  params: FalconParams;
  /** Whether it injects (true) or watches a seeded timeline (false). */
  plays: boolean;
  budgetLeft: number;
  /** Seeded mode: the timeline it plays, its plan (empty when it plays). */
  plan: Fault[];
  /** Its faults so far, each with the instance it struck and whether it took effect. */
  injected: ChaosRecord[];
  /** Public: the instance in service (1 + failovers) and the failovers' times. */
  incarnation: number;
  failovers: number[];
  /** Public: a reply reached the outside in the last REPLYING_MS. */
  replying: boolean;
  reveal: FalconReveal | null;
}

export type FalconView = OperatorView | ChaosView;

export function revealOf(state: FalconState): FalconReveal | null {
  if (state.phase !== "finished") return null;
  const { ledger } = state;
  let comparison = compared.get(ledger);
  if (!comparison) {
    comparison = compare(state.params, gameSeedOf(state), playedTimeline(state));
    compared.set(ledger, comparison);
  }
  return { metrics: metricsOf(ledger), faults: ledger.faults, declarations: ledger.declarations, kills: ledger.kills, compare: comparison };
}

export function operatorView(state: FalconState): OperatorView {
  const op = state.operator;
  const nowMs = state.tick * TICK_MS;
  const instanceSinceMs = op.declarations.length > 0 ? op.declarations[op.declarations.length - 1] : 0;
  return {
    scenario: "falcon",
    seat: OPERATOR_SEAT,
    role: "operator",
    tick: state.tick,
    nowMs,
    phase: state.phase,
    outcome: state.outcome,
    params: operatorParams(state.params),
    timeoutMs: op.timeoutMs,
    incarnation: op.declarations.length + 1,
    instanceSinceMs,
    lastHeartbeatMs: op.lastArrivalMs,
    silentMs: nowMs - (op.lastArrivalMs ?? instanceSinceMs),
    suspecting: op.suspecting,
    heartbeatsReceived: op.heartbeatsReceived,
    heartbeats: op.heartbeats,
    pending: op.requests.length === 0 ? [] : op.requests.map((r) => ({ id: r.id, layer: r.layer, kind: r.kind, askedAtMs: r.askedAtMs })),
    answersReceived: op.answersReceived,
    answers: op.answers,
    declarations: op.declarations,
    spyCost: state.ledger.spyCost,
    reveal: revealOf(state),
  };
}

export function chaosView(state: FalconState): ChaosView {
  const nowMs = state.tick * TICK_MS;
  const last = state.operator.lastArrivalMs;
  return {
    scenario: "falcon",
    seat: CHAOS_SEAT,
    role: "chaos",
    tick: state.tick,
    nowMs,
    phase: state.phase,
    outcome: state.outcome,
    params: state.params,
    plays: state.params.chaosPlays,
    budgetLeft: state.chaos.budgetLeft,
    plan: state.timeline,
    injected: state.chaos.injected,
    incarnation: state.failovers.length + 1,
    failovers: state.failovers,
    replying: last !== null && nowMs - last <= REPLYING_MS,
    reveal: revealOf(state),
  };
}

export function falconView(state: FalconState, seat: FalconSeat): FalconView {
  return seat === CHAOS_SEAT ? chaosView(state) : operatorView(state);
}
