/**
 * What each Ben-Or seat receives, built field by field from the state through the disclosure.
 *
 * The adversary sees the whole configuration: every process's state (its preference, round,
 * phase, decision and what reached it), every message in flight with its game-wide id, the
 * fairness demand, the crashes, and each coin once it has been flipped. Never the coins' PRNG
 * state: nothing in its view depends on a coin before that coin is flipped.
 * A process sees only its own state, its own coins and what reached it, numbered 1..k in arrival
 * order (no game-wide ids, no step count: those would count the others' messages).
 */
import { adversaryClock, processClock, type BufferTimes } from "../adversaryNetwork/view";
import type { Bit } from "../flp/model";
import { adversaryView, overdueMessage, processView as engineProcessView, type BenOrAdversaryView } from "./engine/game";
import type { Phase } from "./engine/process";
import { announcedBenorParams, type BenorProcessParams } from "./disclosure";
import type { BenorParams } from "./params";
import { fairnessBound } from "./reducer";
import { adversaryScore, roundsHeld } from "./scoring";
import { ADVERSARY_SEAT, messageLabel, seatPid, type BenorOutcome } from "./terms";
import type { BenorState } from "./types";

export interface BenorProcessState {
  /** 1..n. */
  process: number;
  input: Bit;
  x: Bit;
  round: number;
  phase: Phase;
  decided: Bit | null;
  decidedRound: number | null;
  halted: boolean;
  crashed: boolean;
}

export interface BenorBufferMessage extends BufferTimes {
  id: number;
  /** 1-based. */
  from: number;
  to: number;
  kind: Phase;
  round: number;
  value: Bit | null;
  label: string;
}

export interface BenorAdversaryView {
  scenario: "benor";
  seat: typeof ADVERSARY_SEAT;
  role: "adversary";
  tick: number;
  phase: "playing" | "finished";
  outcome: BenorOutcome | null;
  params: BenorParams;
  /** The fairness bound in force (params.bound, or 3n²). */
  bound: number;
  /** Adversary steps so far. */
  step: number;
  processes: BenorProcessState[];
  /** Messages in flight, oldest first. */
  buffer: BenorBufferMessage[];
  /** The message the next move must deliver (or crash its receiver), if one has waited the bound. */
  due: { messageId: number; process: number; waited: number } | null;
  crashesLeft: number;
  /** Coins flipped so far (1-based processes), in order. */
  coins: { process: number; round: number; value: Bit; step: number }[];
  decisions: { process: number; round: number; value: Bit; step: number }[];
  roundsHeld: number;
  score: number;
  /** The configuration as the engine's adversary sees it (the bots plan from it): no PRNG. */
  raw: BenOrAdversaryView;
}

export interface BenorProcessView {
  scenario: "benor";
  seat: string;
  role: "process";
  tick: number;
  phase: "playing" | "finished";
  outcome: BenorOutcome | null;
  params: BenorProcessParams;
  me: BenorProcessState;
  /** Its own coins. */
  coins: { round: number; value: Bit }[];
  /** What reached it, 1..k in arrival order. */
  received: { id: number; from: number; kind: Phase; round: number; value: Bit | null; label: string }[];
}

export type BenorView = BenorAdversaryView | BenorProcessView;

function processState(state: BenorState, pid: number): BenorProcessState {
  const p = state.game.processes[pid];
  return {
    process: pid + 1,
    input: p.input,
    x: p.x,
    round: p.round,
    phase: p.phase,
    decided: p.decided,
    decidedRound: p.decidedRound,
    halted: p.halted,
    crashed: state.game.crashed.includes(pid),
  };
}

function adversarySeatView(state: BenorState): BenorAdversaryView {
  const raw = adversaryView(state.game);
  const finished = state.phase === "finished";
  const due = finished ? null : overdueMessage(raw);
  return {
    scenario: "benor",
    seat: ADVERSARY_SEAT,
    role: "adversary",
    ...adversaryClock(state),
    params: announcedBenorParams(state.params, ADVERSARY_SEAT) as BenorParams,
    bound: fairnessBound(state.params),
    step: raw.steps,
    processes: raw.processes.map((_, pid) => processState(state, pid)),
    buffer: raw.buffer.map((m) => ({
      id: m.id,
      from: m.from + 1,
      to: m.to + 1,
      kind: m.kind,
      round: m.round,
      value: m.value,
      label: messageLabel(m.kind, m.round, m.value),
      sentAt: m.sentAt,
      waiting: raw.steps - m.sentAt,
      dead: raw.crashed.includes(m.to),
    })),
    due: due && { messageId: due.id, process: due.to + 1, waited: raw.steps - due.sentAt },
    crashesLeft: finished ? 0 : raw.f - raw.crashed.length,
    coins: state.log.coins.map((c) => ({ process: c.pid + 1, round: c.round, value: c.value, step: c.step })),
    decisions: state.log.decisions.map((d) => ({ process: d.pid + 1, round: d.round, value: d.value, step: d.step })),
    roundsHeld: roundsHeld(raw),
    score: adversaryScore(state),
    raw,
  };
}

function processSeatView(state: BenorState, seat: string, pid: number): BenorProcessView {
  const own = engineProcessView(state.game, pid);
  return {
    scenario: "benor",
    seat,
    role: "process",
    ...processClock(state),
    params: announcedBenorParams(state.params, seat) as BenorProcessParams,
    me: processState(state, pid),
    coins: state.log.coins.filter((c) => c.pid === pid).map((c) => ({ round: c.round, value: c.value })),
    received: own.received.map((m) => ({ id: m.n, from: m.from + 1, kind: m.kind, round: m.round, value: m.value, label: messageLabel(m.kind, m.round, m.value) })),
  };
}

export function benorView(state: BenorState, seat: string): BenorView {
  const pid = seatPid(seat);
  return pid === null ? adversarySeatView(state) : processSeatView(state, seat, pid);
}
