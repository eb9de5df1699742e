/**
 * Ben-Or's randomized consensus as an asynchronous message-passing game (issue 14, "Ways around
 * FLP": randomization). The adversary chooses every step: deliver one message in flight (by its
 * id), or crash a process (at most f). A process acts as soon as it has the messages it waits for
 * (process.ts); there is no λ step.
 *
 * Coins come from the seeded PRNG in the state, drawn only at the moment a process needs one, so a
 * coin is hidden from the adversary until it is used: adversaryView has everything else.
 * Processes (0-based; p1 is 0) see only their own state and messages (processView).
 */
import { nextFloat, seedRng, type RngState } from "../../prng";
import type { Bit } from "../../flp/model";
import { refuseWays, type WaysRefusal, type WaysResult } from "../../flp/waysResult";
import { initialProcess, openingSend, receive, type BenOrProcess, type Phase, type ProcessAction } from "./process";

export interface BenOrParams {
  /** 3..7 */
  n: number;
  /** At most f crashes, f < n/2; default the largest such. */
  f?: number;
  /** The inputs; default drawn from the seed. */
  inputs?: readonly Bit[];
  /**
   * The fairness bound, in adversary steps: once the oldest message to a live process has waited
   * this long, the next move must deliver it or crash its receiver. Null: not enforced (the bots
   * keep it themselves).
   */
  bound?: number | null;
}

export interface BenOrMessage {
  /** Game-wide, in send order, from 1. */
  id: number;
  from: number;
  to: number;
  kind: Phase;
  round: number;
  /** null: the "?" of a P-message. */
  value: Bit | null;
  /** The adversary step count when it was sent. */
  sentAt: number;
}

export interface BenOrState {
  n: number;
  f: number;
  bound: number | null;
  inputs: Bit[];
  processes: BenOrProcess[];
  /** Messages in flight, in send order (ascending id). */
  buffer: BenOrMessage[];
  /** Crashed processes, ascending. */
  crashed: number[];
  nextId: number;
  /** Adversary moves applied so far. */
  steps: number;
  /** The coins' generator. Never in a view. */
  rng: RngState;
}

/** Everything the adversary may see: the whole configuration, but not the PRNG (the coins to come). */
export type BenOrAdversaryView = Omit<BenOrState, "rng">;

export type BenOrMove = { type: "deliver"; id: number } | { type: "crash"; pid: number };

export type BenOrEvent =
  | { type: "delivered"; id: number; from: number; to: number }
  | { type: "sent"; id: number; from: number; to: number; kind: Phase; round: number; value: Bit | null }
  | { type: "proposed"; pid: number; round: number; value: Bit | null }
  | { type: "decided"; pid: number; round: number; value: Bit }
  | { type: "adopted"; pid: number; round: number; value: Bit }
  | { type: "coin"; pid: number; round: number; value: Bit }
  | { type: "halted"; pid: number; round: number }
  | { type: "crashed"; pid: number };

export const BEN_OR_LIMITS = { minN: 3, maxN: 7 } as const;

/** A fair bit from the generator. */
function flip(rng: RngState): [Bit, RngState] {
  const [u, next] = nextFloat(rng);
  return [u < 0.5 ? 0 : 1, next];
}

/** Adds a process's broadcast to the buffer (messages to a crashed process are sent too: the network does not know). */
function broadcast(state: BenOrState, from: number, action: Extract<ProcessAction, { type: "send" }>, events: BenOrEvent[]): void {
  for (let to = 0; to < state.n; to++) {
    const m: BenOrMessage = { id: state.nextId++, from, to, kind: action.kind, round: action.round, value: action.value, sentAt: state.steps };
    state.buffer.push(m);
    events.push({ type: "sent", id: m.id, from, to, kind: m.kind, round: m.round, value: m.value });
  }
}

/** The first state: every process has sent (R, 1, x) to all (ids 1..n², p1's first). */
export function createBenOr(params: BenOrParams, seed: number): BenOrState {
  const { n } = params;
  if (!Number.isInteger(n) || n < BEN_OR_LIMITS.minN || n > BEN_OR_LIMITS.maxN) throw new Error(`Ben-Or needs 3..7 processes, not ${n}`);
  const f = params.f ?? Math.floor((n - 1) / 2);
  if (!Number.isInteger(f) || f < 0 || 2 * f >= n) throw new Error(`Ben-Or needs f < n/2 (n = ${n}, f = ${f})`);
  let rng = seedRng(seed);
  let inputs: Bit[];
  if (params.inputs) {
    if (params.inputs.length !== n || params.inputs.some((b) => b !== 0 && b !== 1)) throw new Error("Ben-Or needs one binary input per process");
    inputs = [...params.inputs];
  } else {
    inputs = [];
    for (let i = 0; i < n; i++) {
      const [b, next] = flip(rng);
      inputs.push(b);
      rng = next;
    }
  }
  const state: BenOrState = {
    n,
    f,
    bound: params.bound ?? null,
    inputs,
    processes: inputs.map(initialProcess),
    buffer: [],
    crashed: [],
    nextId: 1,
    steps: 0,
    rng,
  };
  const ignored: BenOrEvent[] = [];
  state.processes.forEach((p, pid) => broadcast(state, pid, openingSend(p) as Extract<ProcessAction, { type: "send" }>, ignored));
  return state;
}

export const isCrashed = (s: BenOrAdversaryView, pid: number): boolean => s.crashed.includes(pid);

/** Messages the adversary may deliver: those in flight to a process that has not crashed, oldest first. */
export function deliverable(s: BenOrAdversaryView): BenOrMessage[] {
  return s.crashed.length === 0 ? s.buffer : s.buffer.filter((m) => !s.crashed.includes(m.to));
}

/** The message the next move must serve under the fairness bound (deliver it or crash its receiver), or null. */
export function overdueMessage(s: BenOrAdversaryView, bound: number | null = s.bound): BenOrMessage | null {
  if (bound === null) return null;
  const oldest = deliverable(s)[0];
  return oldest && s.steps - oldest.sentAt >= bound ? oldest : null;
}

/** Every move the adversary may make now (the fairness bound respected). */
export function legalMoves(s: BenOrAdversaryView): BenOrMove[] {
  const due = overdueMessage(s);
  const crashes: BenOrMove[] = [];
  if (s.crashed.length < s.f) {
    for (let pid = 0; pid < s.n; pid++) if (!isCrashed(s, pid) && (!due || due.to === pid)) crashes.push({ type: "crash", pid });
  }
  const deliveries: BenOrMove[] = due ? [{ type: "deliver", id: due.id }] : deliverable(s).map((m) => ({ type: "deliver", id: m.id }));
  return [...deliveries, ...crashes];
}

export const isDecided = (s: BenOrAdversaryView, pid: number): boolean => s.processes[pid].decided !== null;

/** Termination: every process that has not crashed has decided. */
export function allLiveDecided(s: BenOrAdversaryView): boolean {
  return s.processes.every((p, pid) => p.decided !== null || isCrashed(s, pid));
}

/** The round in which the last live process decided (null while one has not). */
export function lastDecisionRound(s: BenOrAdversaryView): number | null {
  let last = 0;
  for (let pid = 0; pid < s.n; pid++) {
    if (isCrashed(s, pid)) continue;
    const r = s.processes[pid].decidedRound;
    if (r === null) return null;
    last = Math.max(last, r);
  }
  return last;
}

function fairnessRefusal(s: BenOrState, move: BenOrMove): WaysRefusal | null {
  const due = overdueMessage(s);
  if (!due) return null;
  if (move.type === "deliver" ? move.id === due.id : move.pid === due.to) return null;
  return refuseWays(
    "UNFAIR",
    `Fairness: message #${due.id} for p${due.to + 1} has waited ${s.steps - due.sentAt} steps; deliver it next (or crash p${due.to + 1})`,
  );
}

/** One adversary move. Pure: the given state is not changed. */
export function applyBenOr(s: BenOrState, move: BenOrMove): WaysResult<BenOrState, BenOrEvent> {
  if (move.type === "crash") {
    if (!Number.isInteger(move.pid) || move.pid < 0 || move.pid >= s.n) return refuseWays("NO_SUCH_PROCESS", `There is no process p${move.pid + 1}`);
    if (isCrashed(s, move.pid)) return refuseWays("PROCESS_CRASHED", `p${move.pid + 1} has already crashed`);
    if (s.crashed.length >= s.f) return refuseWays("TOO_MANY_CRASHES", `At most ${s.f} crash${s.f === 1 ? "" : "es"}: the protocol is only promised to tolerate f < n/2`);
    const unfair = fairnessRefusal(s, move);
    if (unfair) return unfair;
    const crashed = [...s.crashed, move.pid].sort((a, b) => a - b);
    return { ok: true, state: { ...s, crashed, steps: s.steps + 1 }, events: [{ type: "crashed", pid: move.pid }] };
  }
  const at = s.buffer.findIndex((m) => m.id === move.id);
  if (at < 0) return refuseWays("NO_SUCH_MESSAGE", `No message #${move.id} is in flight`);
  const m = s.buffer[at];
  if (isCrashed(s, m.to)) return refuseWays("PROCESS_CRASHED", `p${m.to + 1} has crashed: it receives nothing`);
  const unfair = fairnessRefusal(s, move);
  if (unfair) return unfair;

  const next: BenOrState = { ...s, buffer: [...s.buffer.slice(0, at), ...s.buffer.slice(at + 1)], processes: s.processes.slice(), steps: s.steps + 1 };
  const events: BenOrEvent[] = [{ type: "delivered", id: m.id, from: m.from, to: m.to }];
  const coin = (): Bit => {
    const [b, rng] = flip(next.rng);
    next.rng = rng;
    return b;
  };
  const { process, actions } = receive(s.processes[m.to], { from: m.from, kind: m.kind, round: m.round, value: m.value }, s, coin);
  next.processes[m.to] = process;
  const pid = m.to;
  for (const a of actions) {
    switch (a.type) {
      case "send":
        if (a.kind === "P") events.push({ type: "proposed", pid, round: a.round, value: a.value });
        broadcast(next, pid, a, events);
        break;
      case "decide":
        events.push({ type: "decided", pid, round: a.round, value: a.value });
        break;
      case "adopt":
        events.push({ type: "adopted", pid, round: a.round, value: a.value });
        break;
      case "coin":
        events.push({ type: "coin", pid, round: a.round, value: a.value });
        break;
      case "halt":
        events.push({ type: "halted", pid, round: a.round });
        break;
    }
  }
  return { ok: true, state: next, events };
}

/** The adversary's view: the whole configuration, built field by field, without the PRNG. */
export function adversaryView(s: BenOrState): BenOrAdversaryView {
  return {
    n: s.n,
    f: s.f,
    bound: s.bound,
    inputs: s.inputs,
    processes: s.processes,
    buffer: s.buffer,
    crashed: s.crashed,
    nextId: s.nextId,
    steps: s.steps,
  };
}

export interface BenOrProcessView {
  pid: number;
  n: number;
  f: number;
  crashed: boolean;
  input: Bit;
  x: Bit;
  round: number;
  phase: Phase;
  decided: Bit | null;
  decidedRound: number | null;
  halted: boolean;
  /** Its own received messages, numbered 1..k in arrival order (no game-wide ids). */
  received: { n: number; from: number; kind: Phase; round: number; value: Bit | null }[];
}

/** What process `pid` knows: its own state and the messages it has received. */
export function processView(s: BenOrState, pid: number): BenOrProcessView {
  const p = s.processes[pid];
  return {
    pid,
    n: s.n,
    f: s.f,
    crashed: isCrashed(s, pid),
    input: p.input,
    x: p.x,
    round: p.round,
    phase: p.phase,
    decided: p.decided,
    decidedRound: p.decidedRound,
    halted: p.halted,
    received: p.received.map((m, i) => ({ n: i + 1, from: m.from, kind: m.kind, round: m.round, value: m.value })),
  };
}
