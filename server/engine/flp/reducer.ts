/**
 * The FLP game: the scheduler takes steps (λ or a delivery), may crash one process and buy hints,
 * within the fairness rule; or, in the puzzle, predicts the valency of I_0..I_n. Pure: the
 * valency oracle is a memo of a pure function (oracle.ts), and the only draw from the seed is
 * the initial configuration.
 */
import { nextInt, seedRng } from "../prng";
import { refuse, type ReduceResult } from "../result";
import { advanceClock, fairnessRefusal, startClock } from "./fairness";
import { applicableSteps, applyStep, decidedMask, initialConfiguration, lemmaOneInputs, messageKey, type Bit, type Configuration, type Step } from "./model";
import { sharedEvidence, sharedOracle } from "./oracle";
import type { FlpParams } from "./params";
import { proofBotChoice } from "./proofBot";
import { protocolById } from "./protocols";
import { lemmaOneAnswers, lemmaOneArgument } from "./puzzle";
import { describeSchedule } from "./schedules";
import { bivalentStarts } from "./starts";
import { SCHEDULER_SEAT, type FlpOutcome, type FlpValency } from "./terms";
import type { FlpAction, FlpEvent, FlpState, SentMessage } from "./types";

type Result = ReduceResult<FlpState, FlpEvent>;
type AnyConfig = Configuration<unknown, unknown>;

/** Every input vector of n bits, in counting order (p1 the highest bit). */
function allInputs(n: number): Bit[][] {
  return Array.from({ length: 1 << n }, (_, x) => Array.from({ length: n }, (_, i) => ((x >> (n - 1 - i)) & 1) as Bit));
}

/** The scheduler's start: the given inputs, or a bivalent initial configuration drawn from the seed (any, if none is bivalent). */
function startingInputs(params: FlpParams, seed: number): Bit[] {
  if (params.inputs) return params.inputs.slice();
  const bivalent = bivalentStarts(params.protocol);
  const pool = bivalent.length > 0 ? bivalent : allInputs(params.n);
  const [i] = nextInt(seedRng(seed), 0, pool.length - 1);
  return pool[i];
}

function evidenceFor(params: FlpParams, config: AnyConfig): FlpState["evidence"] {
  const protocol = protocolById(params.protocol);
  const mask = sharedOracle(params.protocol).reachableMask(config) ?? 3;
  const found = sharedEvidence(params.protocol).of(config, mask);
  return { 0: found[0] && describeSchedule(protocol, config, found[0]), 1: found[1] && describeSchedule(protocol, config, found[1]) };
}

/** The puzzle's chain I_0..I_n turns processes to 1 in an order drawn from the seed (a Fisher–Yates shuffle). */
function puzzleOrder(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let rng = seedRng(seed);
  for (let i = n - 1; i > 0; i--) {
    const [j, next] = nextInt(rng, 0, i);
    rng = next;
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export function createFlpGame(params: FlpParams, seed: number): FlpState {
  const protocol = protocolById(params.protocol);
  const oracle = sharedOracle(params.protocol);
  const puzzle = params.mode === "puzzle";
  const order = puzzleOrder(params.n, seed);
  const inputs = puzzle ? lemmaOneInputs(params.n, 0) : startingInputs(params, seed);
  const config = initialConfiguration(protocol, inputs) as AnyConfig;
  const answers = puzzle ? lemmaOneAnswers(oracle, protocol, order) : null;
  return {
    params,
    tick: 0,
    phase: "playing",
    outcome: null,
    inputs,
    config,
    clock: startClock(params.n),
    messages: [],
    run: [],
    decisions: [],
    valency: oracle.valency(config),
    evidence: puzzle ? { 0: null, 1: null } : evidenceFor(params, config),
    bivalentSteps: 0,
    hintsBought: 0,
    hint: null,
    puzzle: answers && { order, answers, argument: lemmaOneArgument(protocol, answers, order), predictions: null },
  };
}

function finish(state: FlpState, outcome: FlpOutcome, events: FlpEvent[]): Result {
  const protocol = protocolById(state.params.protocol);
  const startValency = sharedOracle(state.params.protocol).valency(initialConfiguration(protocol, state.inputs));
  const end: FlpEvent = { type: "end", tick: state.tick, outcome, inputs: state.inputs.slice(), startValency };
  return { ok: true, state: { ...state, phase: "finished", outcome, hint: null }, events: [...events, end] };
}

/** The step, taken: the new configuration, its messages and decisions, its valency, and whether the game ends. */
function takeStep(state: FlpState, step: Step): Result {
  const { params } = state;
  const protocol = protocolById(params.protocol);
  const oracle = sharedOracle(params.protocol);
  const config = applyStep(protocol, state.config, step);
  const clock = advanceClock(state.clock, step, config);
  const n = clock.steps;
  const tick = state.tick;
  const events: FlpEvent[] = [];

  let messages = state.messages;
  let messageId: number | null = null;
  if (step.message !== null) {
    const taken = messages.find((m) => m.key === step.message && m.deliveredAt === null) as SentMessage;
    messageId = taken.id;
    messages = messages.map((m) => (m === taken ? { ...m, deliveredAt: n } : m));
  }
  const valency: FlpValency = oracle.valency(config);
  events.push({ type: "step", tick, step: n, process: step.pid + 1, messageId, valency, configuration: config });
  const known = new Set(messages.filter((m) => m.deliveredAt === null).map((m) => m.key));
  for (const m of config.buffer) {
    const key = messageKey(m);
    if (known.has(key)) continue;
    const sent: SentMessage = { id: messages.length + 1, key, from: m.from, to: m.to, label: protocol.label(m.body), sentAt: n, deliveredAt: null };
    messages = [...messages, sent];
    events.push({ type: "send", tick, step: n, messageId: sent.id, from: m.from + 1, to: m.to + 1, label: sent.label });
  }
  const decisions = state.decisions.slice();
  config.locals.forEach((local, pid) => {
    const value = protocol.decision(local);
    if (value !== null && !decisions.some((d) => d.pid === pid)) {
      decisions.push({ pid, value, step: n });
      events.push({ type: "decide", tick, step: n, process: pid + 1, value });
    }
  });
  const stillOpen = state.bivalentSteps === n - 1 && state.valency === "bivalent" && valency === "bivalent";
  const next: FlpState = {
    ...state,
    config,
    clock,
    messages,
    decisions,
    valency,
    run: [...state.run, { kind: "step", step: n, pid: step.pid, messageId, valency }],
    bivalentSteps: stillOpen ? n : state.bivalentSteps,
    hint: null,
    evidence: evidenceFor(params, config),
  };
  if (decidedMask(protocol, config) === 3) return finish(next, "disagreement", events);
  if (!stillOpen) return finish(next, "forced", events);
  if (next.bivalentSteps >= params.target) return finish(next, "kept-open", events);
  return { ok: true, state: next, events };
}

function checkedStep(state: FlpState, step: Step): Result {
  if (step.pid === state.clock.crashed) return refuse("PROCESS_CRASHED", `p${step.pid + 1} has crashed: it takes no more steps`);
  const why = fairnessRefusal(state.config, state.clock, state.params.bound, step);
  if (why) return refuse("UNFAIR", why);
  return takeStep(state, step);
}

function hint(state: FlpState): Result {
  if (state.hint) return refuse("NOT_ALLOWED", "You already have the hint for this configuration");
  const oracle = sharedOracle(state.params.protocol);
  const protocol = protocolById(state.params.protocol);
  const live = state.config.locals.map((_, p) => p).filter((p) => p !== state.clock.crashed);
  const idOf = (key: string) => state.messages.find((m) => m.key === key && m.deliveredAt === null)?.id ?? null;
  const next = applicableSteps(state.config, live).map((s) => ({ pid: s.pid, messageId: s.message === null ? null : idOf(s.message), valency: oracle.valency(applyStep(protocol, state.config, s)) }));
  return { ok: true, state: { ...state, hint: next, hintsBought: state.hintsBought + 1 }, events: [{ type: "hint", tick: state.tick, step: state.clock.steps }] };
}

/** A watched run: the proof's own adversary takes this tick's step (or its crash). */
function proofBotStep(state: FlpState): Result {
  const protocol = protocolById(state.params.protocol);
  const crashAllowed = state.params.crash && state.clock.crashed === null;
  const choice = proofBotChoice(protocol, sharedOracle(state.params.protocol), state.config, state.clock, { bound: state.params.bound, crashAllowed });
  if (choice.kind === "step") return takeStep(state, choice.step);
  const step = state.clock.steps;
  const next: FlpState = { ...state, clock: { ...state.clock, crashed: choice.pid }, run: [...state.run, { kind: "crash", step, pid: choice.pid }] };
  return { ok: true, state: next, events: [{ type: "crash", tick: state.tick, step, process: choice.pid + 1 }] };
}

export function reduceFlp(state: FlpState, action: FlpAction): Result {
  if (state.phase === "finished") return refuse("GAME_OVER", "The game is over");
  const { params } = state;
  if (action.type === "tick") {
    const next = { ...state, tick: state.tick + 1 };
    if (next.tick >= params.maxTicks) return finish(next, params.mode === "puzzle" ? "missed" : "time-up", []);
    if (params.watch && params.mode === "scheduler") return proofBotStep(next);
    return { ok: true, state: next, events: [] };
  }
  if (params.watch) return refuse("NOT_ALLOWED", "The proof's adversary is scheduling this run: you are watching");
  if (action.seat !== SCHEDULER_SEAT) return refuse("NOT_YOUR_SEAT", "A process takes no moves: the scheduler decides who steps");
  const puzzleMove = action.type === "predict";
  if (puzzleMove !== (params.mode === "puzzle")) return refuse("WRONG_MODE", params.mode === "puzzle" ? "This is the Lemma 1 puzzle: predict the valencies" : "This is the scheduler game: there is no puzzle to answer");
  const outOfRange = (p: number) => p < 1 || p > params.n;
  switch (action.type) {
    case "step":
      if (outOfRange(action.process)) return refuse("NOT_ALLOWED", `There are only ${params.n} processes`);
      return checkedStep(state, { pid: action.process - 1, message: null });
    case "deliver": {
      const m = state.messages.find((x) => x.id === action.messageId);
      if (!m || m.deliveredAt !== null) return refuse("NO_SUCH_MESSAGE", `Message ${action.messageId} is not in the buffer`);
      return checkedStep(state, { pid: m.to, message: m.key });
    }
    case "crash": {
      if (outOfRange(action.process)) return refuse("NOT_ALLOWED", `There are only ${params.n} processes`);
      if (!params.crash || state.clock.crashed !== null) return refuse("NO_CRASH_LEFT", params.crash ? "One process has crashed already: at most one may" : "This game allows no crash");
      const pid = action.process - 1;
      const step = state.clock.steps;
      const next: FlpState = { ...state, clock: { ...state.clock, crashed: pid }, run: [...state.run, { kind: "crash", step, pid }], hint: null };
      return { ok: true, state: next, events: [{ type: "crash", tick: state.tick, step, process: action.process }] };
    }
    case "hint":
      return hint(state);
    case "predict": {
      const puzzle = state.puzzle!;
      if (action.valencies.length !== params.n + 1) return refuse("NOT_ALLOWED", `Predict all ${params.n + 1} configurations I_0..I_${params.n}`);
      const solved = action.valencies.every((v, k) => v === puzzle.answers[k]);
      const next = { ...state, puzzle: { ...puzzle, predictions: action.valencies.slice() } };
      return finish(next, solved ? "solved" : "missed", [{ type: "predict", tick: state.tick, valencies: action.valencies.slice(), answers: puzzle.answers.slice() }]);
    }
  }
}
