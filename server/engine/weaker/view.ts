/**
 * What each weaker-agreement seat receives, built field by field from the state through the
 * disclosure.
 *
 * The adversary sees the whole configuration: every process's state, every message in flight with
 * its game-wide id, the fairness demand, the crashes, the decisions (and for ε each round's
 * values and their spread). Neither engine holds a PRNG: there is nothing hidden from it.
 * A process sees only its own state and what reached it, numbered 1..k in arrival order (no
 * game-wide ids, no step count: those would count the others' messages).
 */
import { adversaryClock, processClock, type BufferTimes } from "../adversaryNetwork/view";
import { announcedWeakerParams, type WeakerProcessParams } from "./disclosure";
import { checksOf, decisionSpread, distinctDecisions, dueObligation, fairnessBound, type WeakerChecks } from "./game";
import type { WeakerParams } from "./params";
import { adversaryScore } from "./scoring";
import { ADVERSARY_SEAT, messageLabel, seatPid, type WeakerOutcome, type WeakerProblem } from "./terms";
import type { WeakerGame, WeakerState } from "./types";

export interface WeakerProcessState {
  /** 1..n. */
  process: number;
  input: number;
  crashed: boolean;
  decided: number | null;
  /** k-set: one of p1..pk, which send their input; false in ε. */
  chosen: boolean;
  /** k-set: a chosen process has taken its step (sent its input). */
  sent: boolean;
  /** ε: its value now, the round whose values it waits for (rounds + 1 once decided), its value at the start of each round. k-set: null, null, []. */
  value: number | null;
  round: number | null;
  history: number[];
}

export interface WeakerBufferMessage extends BufferTimes {
  id: number;
  /** 1-based. */
  from: number;
  to: number;
  round: number | null;
  value: number;
  label: string;
}

export interface WeakerAdversaryView {
  scenario: "weaker";
  seat: typeof ADVERSARY_SEAT;
  role: "adversary";
  tick: number;
  phase: "playing" | "finished";
  outcome: WeakerOutcome | null;
  params: WeakerParams;
  problem: WeakerProblem;
  /** The fairness bound in force (params.bound, or 3n²). */
  bound: number;
  /** Adversary steps so far. */
  step: number;
  processes: WeakerProcessState[];
  /** Messages in flight, oldest first. */
  buffer: WeakerBufferMessage[];
  /** What the next move must serve (or crash its process), if it has waited the bound. */
  due: { kind: "deliver"; messageId: number; process: number; waited: number } | { kind: "step"; process: number; waited: number } | null;
  crashesLeft: number;
  /** k-set: the chosen processes that may step now (1-based). */
  canStep: number[];
  /** ε: the rounds before deciding (the least R with (hi − lo)/2^R ≤ ε); k-set: null. */
  rounds: number | null;
  /** ε: each round's values (of the processes that reached it) and their spread; k-set: []. */
  spreads: { round: number; values: { process: number; value: number }[]; spread: number }[];
  decisions: { process: number; value: number; step: number }[];
  /** Distinct decided values so far, and the decisions' spread (largest − smallest). */
  distinct: number;
  spread: number;
  score: number;
  /** The checker's verdict, once the game is over. */
  checks: WeakerChecks | null;
  /** The configuration as the engine holds it (the bots plan from it; 0-based). */
  raw: WeakerGame;
}

export interface WeakerProcessView {
  scenario: "weaker";
  seat: string;
  role: "process";
  tick: number;
  phase: "playing" | "finished";
  outcome: WeakerOutcome | null;
  params: WeakerProcessParams;
  me: WeakerProcessState;
  /** What reached it, 1..k in arrival order. */
  received: { id: number; from: number; round: number | null; value: number; label: string }[];
}

export type WeakerView = WeakerAdversaryView | WeakerProcessView;

function processState(g: WeakerGame, pid: number): WeakerProcessState {
  const crashed = g.s.crashed.includes(pid);
  if (g.problem === "kset") {
    const p = g.s.processes[pid];
    return { process: pid + 1, input: p.input, crashed, decided: p.decided, chosen: p.chosen, sent: p.sent, value: null, round: null, history: [] };
  }
  const p = g.s.processes[pid];
  return { process: pid + 1, input: p.input, crashed, decided: p.decided, chosen: false, sent: false, value: p.value, round: p.round, history: p.history.slice() };
}

function spreadsOf(g: WeakerGame): WeakerAdversaryView["spreads"] {
  if (g.problem !== "epsilon") return [];
  const out: WeakerAdversaryView["spreads"] = [];
  for (let r = 1; r <= g.s.rounds; r++) {
    const values = g.s.processes.flatMap((p, pid) => (p.history.length >= r ? [{ process: pid + 1, value: p.history[r - 1] }] : []));
    if (values.length === 0) break;
    const vs = values.map((v) => v.value);
    out.push({ round: r, values, spread: Math.max(...vs) - Math.min(...vs) });
  }
  return out;
}

function adversarySeatView(state: WeakerState): WeakerAdversaryView {
  const g = state.game;
  const finished = state.phase === "finished";
  const steps = g.s.steps;
  const due = finished ? null : dueObligation(g, state.log.messages, fairnessBound(state.params));
  const sentAt = new Map(state.log.messages.map((m) => [m.id, m.sentAt]));
  return {
    scenario: "weaker",
    seat: ADVERSARY_SEAT,
    role: "adversary",
    ...adversaryClock(state),
    params: announcedWeakerParams(state.params, ADVERSARY_SEAT) as WeakerParams,
    problem: g.problem,
    bound: fairnessBound(state.params),
    step: steps,
    processes: g.s.processes.map((_, pid) => processState(g, pid)),
    buffer: g.s.buffer.map((m) => {
      const round = "round" in m ? m.round : null;
      const at = sentAt.get(m.id) ?? 0;
      return { id: m.id, from: m.from + 1, to: m.to + 1, round, value: m.value, label: messageLabel(round, m.value), sentAt: at, waiting: steps - at, dead: g.s.crashed.includes(m.to) };
    }),
    due: due && (due.kind === "step" ? { kind: "step", process: due.pid + 1, waited: steps - due.since } : { kind: "deliver", messageId: due.id, process: due.pid + 1, waited: steps - due.since }),
    crashesLeft: finished ? 0 : g.s.f - g.s.crashed.length,
    canStep: finished || g.problem !== "kset" ? [] : g.s.processes.flatMap((p, pid) => (p.chosen && !p.sent && !g.s.crashed.includes(pid) ? [pid + 1] : [])),
    rounds: g.problem === "epsilon" ? g.s.rounds : null,
    spreads: spreadsOf(g),
    decisions: state.log.decisions.map((d) => ({ process: d.pid + 1, value: d.value, step: d.step })),
    distinct: distinctDecisions(g),
    spread: decisionSpread(g),
    score: adversaryScore(state),
    checks: finished ? checksOf(g) : null,
    raw: g,
  };
}

function processSeatView(state: WeakerState, seat: string, pid: number): WeakerProcessView {
  const arrived = state.log.messages.filter((m) => m.to === pid && m.deliveredAt !== null).sort((a, b) => a.deliveredAt! - b.deliveredAt! || a.id - b.id);
  return {
    scenario: "weaker",
    seat,
    role: "process",
    ...processClock(state),
    params: announcedWeakerParams(state.params, seat) as WeakerProcessParams,
    me: processState(state.game, pid),
    received: arrived.map((m, i) => ({ id: i + 1, from: m.from + 1, round: m.round, value: m.value, label: messageLabel(m.round, m.value) })),
  };
}

export function weakerView(state: WeakerState, seat: string): WeakerView {
  const pid = seatPid(seat);
  return pid === null ? adversarySeatView(state) : processSeatView(state, seat, pid);
}
