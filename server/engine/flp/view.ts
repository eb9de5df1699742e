/**
 * What each FLP seat receives, built field by field from the state through the disclosure.
 *
 * The scheduler sees the whole configuration (that is the model): every process's local state,
 * the buffer with game-wide message ids, the fairness obligations, the valency and its evidence,
 * and the raw configuration its bots plan from. A process sees only its own state, what it sent
 * and what reached it, numbered in its own frame, and how many steps it took itself (never the
 * run's step count, which would count the others' steps).
 */
import { inSeatFrame } from "../disclosure";
import { lemmaOneInputs, type Bit, type Configuration } from "./model";
import type { FairnessClock } from "./fairness";
import { overdue } from "./fairness";
import { announcedFlpParams, type FlpProcessParams } from "./disclosure";
import type { FlpParams } from "./params";
import { protocolById } from "./protocols";
import type { DescribedStep } from "./schedules";
import { flpReveal, type FlpReveal } from "./reveal";
import { schedulerScore } from "./scoring";
import { SCHEDULER_SEAT, seatPid, type FlpMode, type FlpOutcome, type FlpValency, type PuzzleChoice } from "./terms";
import type { FlpState, LemmaOneArgument } from "./types";

export interface FlpProcessState {
  /** 1..n. */
  process: number;
  input: Bit;
  /** The protocol's local state as named facts. */
  facts: [string, string][];
  decided: Bit | null;
  crashed: boolean;
  /** Steps since this process last took one (its fairness wait). */
  waiting: number;
}

export interface FlpBufferMessage {
  id: number;
  /** Its key in `raw.config.buffer` (model.messageKey). */
  key: string;
  from: number;
  to: number;
  label: string;
  sentAt: number;
  /** Steps it has waited. */
  waiting: number;
}

/** What the fairness rule demands of the next step, if anything is overdue. */
export type FlpDue = { kind: "step"; process: number; waited: number } | { kind: "deliver"; messageId: number; process: number; waited: number } | null;

export interface FlpRunEntryView {
  step: number;
  kind: "step" | "crash";
  process: number;
  messageId: number | null;
  /** The message taken, in words (null for λ and crashes). */
  label: string | null;
  /** The configuration's valency after the step (null for a crash, which changes nothing reachable). */
  valency: FlpValency | null;
}

export interface FlpPuzzleView {
  /** I_0..I_n: the inputs of each initial configuration. */
  configurations: Bit[][];
  predictions: PuzzleChoice[] | null;
  /** After the answer: the oracle's valencies and the lemma's argument. */
  answers: FlpValency[] | null;
  argument: LemmaOneArgument | null;
}

export interface FlpSchedulerView {
  scenario: "flp";
  seat: typeof SCHEDULER_SEAT;
  role: "scheduler";
  mode: FlpMode;
  tick: number;
  phase: "playing" | "finished";
  outcome: FlpOutcome | null;
  params: FlpParams;
  protocol: { id: string; title: string; summary: string };
  /** Steps taken so far. */
  step: number;
  processes: FlpProcessState[];
  buffer: FlpBufferMessage[];
  valency: FlpValency;
  /** Shortest schedules from here to a 0- and to a 1-decision (null: none reachable). */
  evidence: { 0: DescribedStep[] | null; 1: DescribedStep[] | null };
  due: FlpDue;
  crashLeft: boolean;
  bivalentSteps: number;
  hintsBought: number;
  score: number;
  /** The hint bought for this configuration: the valency each next step leads to. */
  hint: { process: number; messageId: number | null; valency: FlpValency }[] | null;
  run: FlpRunEntryView[];
  /** Every message sent so far, with its fate. */
  messages: { id: number; from: number; to: number; label: string; sentAt: number; deliveredAt: number | null }[];
  decisions: { process: number; value: Bit; step: number }[];
  /** The configuration and fairness clock as the engine holds them (the bots plan from these). */
  raw: { config: Configuration<unknown, unknown>; clock: FairnessClock };
  puzzle: FlpPuzzleView | null;
  /** Once the game is over: the valency along the run, the commutativity lemma on it, the puzzle's answers. */
  reveal: FlpReveal | null;
}

export interface FlpProcessView {
  scenario: "flp";
  seat: string;
  role: "process";
  tick: number;
  phase: "playing" | "finished";
  outcome: FlpOutcome | null;
  params: FlpProcessParams;
  protocol: { id: string; title: string; summary: string };
  me: { process: number; input: Bit; facts: [string, string][]; decided: Bit | null; stepsTaken: number };
  /** What it sent, 1..k in its own order. */
  sent: { id: number; to: number; label: string; atMyStep: number }[];
  /** What reached it, 1..m in arrival order. */
  received: { id: number; from: number; label: string; atMyStep: number }[];
  /** Once the game is over (everything is public then): the valency along the run and the commutativity lemma. */
  reveal: FlpReveal | null;
}

export type FlpView = FlpSchedulerView | FlpProcessView;

function protocolAbout(id: string) {
  const p = protocolById(id);
  return { id: p.id, title: p.title, summary: p.summary };
}

function dueOf(state: FlpState): FlpDue {
  const o = overdue(state.config, state.clock, state.params.bound);
  if (!o) return null;
  const waited = state.clock.steps - o.since;
  if (o.kind === "step") return { kind: "step", process: o.pid + 1, waited };
  const id = state.messages.find((m) => m.key === o.message && m.deliveredAt === null)?.id ?? 0;
  return { kind: "deliver", messageId: id, process: o.pid + 1, waited };
}

function schedulerView(state: FlpState): FlpSchedulerView {
  const protocol = protocolById(state.params.protocol);
  const { clock } = state;
  const finished = state.phase === "finished";
  const labelOf = (id: number | null) => (id === null ? null : (state.messages.find((m) => m.id === id)?.label ?? null));
  return {
    scenario: "flp",
    seat: SCHEDULER_SEAT,
    role: "scheduler",
    mode: state.params.mode,
    tick: state.tick,
    phase: state.phase,
    outcome: state.outcome,
    params: announcedFlpParams(state.params, SCHEDULER_SEAT) as FlpParams,
    protocol: protocolAbout(state.params.protocol),
    step: clock.steps,
    processes: state.config.locals.map((local, pid) => ({
      process: pid + 1,
      input: state.inputs[pid],
      facts: protocol.facts(local),
      decided: protocol.decision(local),
      crashed: clock.crashed === pid,
      waiting: clock.steps - clock.lastStep[pid],
    })),
    buffer: state.messages
      .filter((m) => m.deliveredAt === null)
      .map((m) => ({ id: m.id, key: m.key, from: m.from + 1, to: m.to + 1, label: m.label, sentAt: m.sentAt, waiting: clock.steps - m.sentAt })),
    valency: state.valency,
    evidence: state.evidence,
    due: finished ? null : dueOf(state),
    crashLeft: state.params.crash && clock.crashed === null && !finished,
    bivalentSteps: state.bivalentSteps,
    hintsBought: state.hintsBought,
    score: schedulerScore(state),
    hint: state.hint?.map((h) => ({ process: h.pid + 1, messageId: h.messageId, valency: h.valency })) ?? null,
    run: state.run.map((e) =>
      e.kind === "step"
        ? { step: e.step, kind: "step", process: e.pid + 1, messageId: e.messageId, label: labelOf(e.messageId), valency: e.valency }
        : { step: e.step, kind: "crash", process: e.pid + 1, messageId: null, label: null, valency: null },
    ),
    messages: state.messages.map((m) => ({ id: m.id, key: m.key, from: m.from + 1, to: m.to + 1, label: m.label, sentAt: m.sentAt, deliveredAt: m.deliveredAt })),
    decisions: state.decisions.map((d) => ({ process: d.pid + 1, value: d.value, step: d.step })),
    raw: { config: state.config, clock },
    puzzle: state.puzzle && {
      configurations: state.puzzle.answers.map((_, k) => lemmaOneInputs(state.params.n, k, state.puzzle!.order)),
      predictions: state.puzzle.predictions,
      answers: finished ? state.puzzle.answers : null,
      argument: finished ? state.puzzle.argument : null,
    },
    reveal: finished ? flpReveal(state) : null,
  };
}

function processView(state: FlpState, seat: string, pid: number): FlpProcessView {
  const protocol = protocolById(state.params.protocol);
  const local = state.config.locals[pid];
  // Its own steps, in order: the global step numbers stay here, each mapped to "my k-th step".
  const mySteps = state.run.filter((e) => e.kind === "step" && e.pid === pid).map((e) => e.step);
  const atMyStep = (globalStep: number) => mySteps.indexOf(globalStep) + 1;
  const sent = state.messages.filter((m) => m.from === pid);
  const received = state.messages.filter((m) => m.to === pid && m.deliveredAt !== null).sort((a, b) => (a.deliveredAt as number) - (b.deliveredAt as number));
  return {
    scenario: "flp",
    seat,
    role: "process",
    tick: state.tick,
    phase: state.phase,
    outcome: state.phase === "finished" ? state.outcome : null,
    params: announcedFlpParams(state.params, seat) as FlpProcessParams,
    protocol: protocolAbout(state.params.protocol),
    me: { process: pid + 1, input: state.inputs[pid], facts: protocol.facts(local), decided: protocol.decision(local), stepsTaken: mySteps.length },
    sent: inSeatFrame(sent).map(({ id, item }) => ({ id, to: item.to + 1, label: item.label, atMyStep: atMyStep(item.sentAt) })),
    received: inSeatFrame(received).map(({ id, item }) => ({ id, from: item.from + 1, label: item.label, atMyStep: atMyStep(item.deliveredAt as number) })),
    reveal: state.phase === "finished" ? flpReveal(state) : null,
  };
}

export function flpView(state: FlpState, seat: string): FlpView {
  const pid = seatPid(seat);
  return pid === null ? schedulerView(state) : processView(state, seat, pid);
}
