/**
 * The consensus rule book: n processes running the rotating coordinator over an asynchronous
 * reliable network, failure-detector modules held to their class, crashes, and an optional
 * adversary seat. Pure: randomness only from the PRNG state in the game state.
 */
import { nextFloat, nextInt as nextIntImport, seedRng, type RngState } from "../prng";
import { inOrder as inOrderImport } from "../sorted";
import { refuse, type ReduceResult } from "../result";
import { hasProtectedProcess, mistakeAllowed as mistakeAllowedImport, mustSuspect as mustSuspectImport } from "./detector";
import type { ConsensusParams } from "./params";
import { coordinatorOf as coordinatorOfImport, relayPeriod, relaysSuspicions, seatProcess as seatProcessImport } from "./terms";
import { legalMoves as legalMovesImport } from "./process";
import type { Bit, ConsensusAction, ConsensusEvent, ConsensusState, Delivered, InFlight, Message, Payload, Proc } from "./types";

// The server runs module by module (tsx), and V8 does not inline calls through an imported
// binding on these hot paths: bound once at load, generals games run about twice as fast
// (the headless bench, HEADLESS_ENGINE=tsx). A bundle (the bench's own run) needs none of this.
const inOrder = inOrderImport;
const mistakeAllowed = mistakeAllowedImport;
const mustSuspect = mustSuspectImport;
const nextInt = nextIntImport;
const legalMoves = legalMovesImport;
const coordinatorOf = coordinatorOfImport;
const seatProcess = seatProcessImport;

export type ConsensusResult = ReduceResult<ConsensusState, ConsensusEvent>;
export const ADVERSARY_SEAT = "adversary";

export function createConsensusGame(params: ConsensusParams, seed: number): ConsensusState {
  let rng = seedRng(seed);
  const inputs: Bit[] = [];
  for (let i = 0; i < params.n; i++) {
    if (params.inputs) inputs.push(params.inputs[i]);
    else {
      const [u, next] = nextFloat(rng);
      rng = next;
      inputs.push(u < 0.5 ? 0 : 1);
    }
  }
  // The protected process never crashes: pick it among those the schedule spares. The draw is
  // made for every class, so P and ◇P runs (which have none) keep the same PRNG sequence.
  const spared = inputs.map((_, i) => i + 1).filter((p) => !params.crashes.some((c) => c.process === p));
  const [pick, afterPick] = nextInt(rng, 0, spared.length - 1);
  rng = afterPick;
  const protectedProcess = hasProtectedProcess(params.detector) ? spared[pick] : null;
  const layer = relaysSuspicions(params);
  const procs: Proc[] = inputs.map((input, i) => ({
    id: i + 1, input, value: input, ts: 0, round: 1, opined: false, inbox: [], suspects: [], output: layer ? [] : null, heard: [], coordinated: [], decided: null, relayed: false, crashedAt: null,
  }));
  return {
    scenario: "consensus", params, tick: 0, phase: "running", rng, procs, inFlight: [], nextMessageId: 1,
    protectedProcess, detectBy: {}, crashCount: 0, suspicionLog: [], outputLog: [], crashedAfter: {}, outcome: null,
  };
}

/** A working copy: the reducer replaces only what it changes, so old states stay intact. */
interface Draft {
  state: ConsensusState;
  /** The tick the action happens at (the new tick, for the clock). */
  tickNow: number;
  suspicionLog: ConsensusState["suspicionLog"];
  outputLog: ConsensusState["outputLog"];
  crashedAfter: ConsensusState["crashedAfter"];
  procs: Proc[];
  inFlight: InFlight[];
  rng: RngState;
  nextMessageId: number;
  events: ConsensusEvent[];
  /** Processes already copied by this action, one bit each (ids 1..7): a Set per action cost more. */
  touched: number;
  /** Processes whose inbox array this action already copied (and so owns), one bit each. */
  ownInbox: number;
}

function draft(state: ConsensusState): Draft {
  return { state, tickNow: state.tick, suspicionLog: state.suspicionLog, outputLog: state.outputLog, crashedAfter: state.crashedAfter, procs: state.procs, inFlight: state.inFlight, rng: state.rng, nextMessageId: state.nextMessageId, events: [], touched: 0, ownInbox: 0 };
}

/** A process to change: copied once per action. */
function edit(d: Draft, id: number): Proc {
  const bit = 1 << id;
  if ((d.touched & bit) === 0) {
    if (d.touched === 0) d.procs = d.procs.slice();
    const p = d.procs[id - 1];
    // Written out field by field: spreading objects is slow in V8, and this is the hot path.
    d.procs[id - 1] = {
      id: p.id, input: p.input, value: p.value, ts: p.ts, round: p.round, opined: p.opined, inbox: p.inbox, suspects: p.suspects,
      output: p.output, heard: p.heard, coordinated: p.coordinated, decided: p.decided, relayed: p.relayed, crashedAt: p.crashedAt,
    };
    d.touched |= bit;
  }
  return d.procs[id - 1];
}

function commit(d: Draft, changes: Partial<Pick<ConsensusState, "tick" | "phase" | "outcome" | "crashCount" | "detectBy">> = {}): ConsensusResult {
  const s = d.state;
  const state: ConsensusState = {
    scenario: "consensus",
    params: s.params,
    tick: changes.tick ?? s.tick,
    phase: changes.phase ?? s.phase,
    rng: d.rng,
    procs: d.procs,
    inFlight: d.inFlight,
    nextMessageId: d.nextMessageId,
    protectedProcess: s.protectedProcess,
    detectBy: changes.detectBy ?? s.detectBy,
    crashCount: changes.crashCount ?? s.crashCount,
    suspicionLog: d.suspicionLog,
    outputLog: d.outputLog,
    crashedAfter: d.crashedAfter,
    outcome: changes.outcome ?? s.outcome,
  };
  return { ok: true, state, events: d.events };
}

/** Send a message: to oneself it arrives at once; to another, after a seeded delay of 1..Δ. */
function send(d: Draft, from: number, to: number, payload: Message): void {
  const tick = d.tickNow;
  const id = d.nextMessageId++;
  d.events.push({ type: "send", tick, messageId: id, from, to, payload });
  if (from === to && payload.kind !== "suspicions") {
    deliverTo(d, to, { id, from, sentAt: tick, at: tick, payload });
    return;
  }
  const { maxDelay, gst } = d.state.params;
  const [delay, rng] = nextInt(d.rng, 1, maxDelay);
  d.rng = rng;
  if (d.inFlight === d.state.inFlight) d.inFlight = d.inFlight.slice();
  d.inFlight.push({ id, from, to, sentAt: tick, deliverAt: tick + delay, deadline: Math.max(tick, gst) + maxDelay, payload });
}

/** Deliver and log it; what the message causes (a decision) is logged after it. */
function deliverTo(d: Draft, to: number, m: Delivered): void {
  d.events.push({ type: "deliver", tick: d.tickNow, messageId: m.id, to });
  const p = edit(d, to);
  // The first delivery of an action copies the inbox; later ones push onto that copy, which no
  // state holds yet (a tick delivers several messages to the same process).
  const bit = 1 << to;
  if ((d.ownInbox & bit) === 0) {
    p.inbox = [...p.inbox, m];
    d.ownInbox |= bit;
  } else p.inbox.push(m);
  if (m.payload.kind === "decide" && p.decided === null) {
    p.decided = { value: m.payload.value, round: m.payload.round, tick: d.tickNow };
    d.events.push({ type: "decide", tick: d.tickNow, process: to, round: m.payload.round, value: m.payload.value });
  }
}

function broadcast(d: Draft, from: number, payload: Payload, includeSelf: boolean): void {
  for (let q = 1; q <= d.state.params.n; q++) if (q !== from || includeSelf) send(d, from, q, payload);
}

export function reduceConsensus(state: ConsensusState, action: ConsensusAction): ConsensusResult {
  if (state.phase === "finished") return refuse("GAME_OVER", "The run is over.");
  if (action.type === "tick") return advanceTick(state);
  if (action.seat === ADVERSARY_SEAT) return adversaryMove(state, action);
  const id = seatProcess(action.seat);
  if (id === null || id > state.params.n) return refuse("NOT_YOUR_SEAT", "That seat is not a process of this run.");
  return processMove(state, id, action);
}

function processMove(state: ConsensusState, id: number, action: Exclude<ConsensusAction, { type: "tick" }>): ConsensusResult {
  const { n, sandbox } = state.params;
  const self = state.procs[id - 1];
  if (self.crashedAt !== null) return refuse("NOT_ALLOWED", "This process has crashed: it takes no more steps.");
  const legal = legalMoves(self, n, sandbox);
  const d = draft(state);
  switch (action.type) {
    case "opinion": {
      if (!legal.opinion) return refuse("NOT_ALLOWED", self.decided ? "You have decided: you no longer take part in rounds." : "You already sent your opinion for this round.");
      edit(d, id).opined = true;
      send(d, id, coordinatorOf(self.round, n), { kind: "opinion", round: self.round, value: self.value, ts: self.ts });
      return commit(d);
    }
    case "suggest": {
      if (!legal.suggest.includes(action.value)) {
        return refuse("NOT_ALLOWED", legal.suggest.length ? `Suggest ${legal.suggest.join(" or ")}: a value with the largest timestamp among the first majority of opinions.` : "You cannot suggest now: you are not this round's coordinator, or a majority of opinions has not arrived.");
      }
      const p = edit(d, id);
      p.coordinated = [...p.coordinated, { round: self.round, suggestion: action.value, concluded: false }];
      d.events.push({ type: "suggest", tick: state.tick, process: id, round: self.round, value: action.value });
      broadcast(d, id, { kind: "suggest", round: self.round, value: action.value }, true);
      return commit(d);
    }
    case "reply": {
      if (action.ack ? !legal.ack : !legal.nack) {
        return refuse("NOT_ALLOWED", action.ack ? "No suggestion for this round has reached you." : "You may NACK only when your detector suspects the coordinator and no suggestion has arrived.");
      }
      const c = coordinatorOf(self.round, n);
      const p = edit(d, id);
      if (action.ack) {
        p.value = (lastSuggestion(self, c)?.payload as { value: Bit }).value;
        p.ts = self.round;
      }
      p.round = self.round + 1;
      p.opined = false;
      send(d, id, c, action.ack ? { kind: "ack", round: self.round } : { kind: "nack", round: self.round });
      return commit(d);
    }
    case "decide": {
      const round = legal.decide;
      if (!round) return refuse("NOT_ALLOWED", "You may broadcast DECIDE only when the first majority of replies to your suggestion are all ACKs.");
      const p = edit(d, id);
      p.coordinated = p.coordinated.map((c) => (c.round === round.round ? { ...c, concluded: true } : c));
      if (p.decided === null) {
        p.decided = { value: round.suggestion, round: round.round, tick: state.tick };
        d.events.push({ type: "decide", tick: state.tick, process: id, round: round.round, value: round.suggestion });
      }
      p.relayed = true;
      broadcast(d, id, { kind: "decide", round: round.round, value: round.suggestion }, false);
      return commit(d);
    }
    case "relay": {
      if (!legal.relay) return refuse("NOT_ALLOWED", "There is no DECIDE for you to relay.");
      const p = edit(d, id);
      const decided = p.decided ?? { value: 0 as Bit, round: 0 };
      p.relayed = true;
      broadcast(d, id, { kind: "decide", round: decided.round, value: decided.value }, false);
      return commit(d);
    }
    default:
      return refuse("NOT_YOUR_SEAT", "Only the adversary schedules the network, the detectors and crashes.");
  }
}

function adversaryMove(state: ConsensusState, action: Exclude<ConsensusAction, { type: "tick" }>): ConsensusResult {
  const { params, tick } = state;
  if (params.adversary === "none") return refuse("NOT_YOUR_SEAT", "This run has no adversary seat.");
  const d = draft(state);
  switch (action.type) {
    case "delay":
    case "rush": {
      const index = inFlightIndex(state.inFlight, action.messageId);
      if (index < 0) return refuse("UNKNOWN_MESSAGE", `Message ${action.messageId} is not in flight.`);
      const m = state.inFlight[index];
      const deliverAt = action.type === "delay" ? m.deliverAt + 1 : tick + 1;
      if (deliverAt > m.deadline) return refuse("NOT_ALLOWED", `The network is reliable: message ${m.id} must arrive by tick ${m.deadline}.`);
      if (deliverAt === m.deliverAt) return refuse("NOT_ALLOWED", `Message ${m.id} already arrives next tick.`);
      d.inFlight = state.inFlight.slice();
      // Field by field, in the spread's key order: the random adversary delays a message most ticks.
      d.inFlight[index] = { id: m.id, from: m.from, to: m.to, sentAt: m.sentAt, deliverAt, deadline: m.deadline, payload: m.payload };
      d.events.push({ type: "delay", tick, messageId: m.id, deliverAt });
      return commit(d);
    }
    case "suspect":
    case "unsuspect": {
      const p = state.procs[action.process - 1];
      const q = state.procs[action.target - 1];
      if (!p || !q || p.id === q.id) return refuse("NOT_ALLOWED", "Choose two different processes of this run.");
      if (p.crashedAt !== null) return refuse("NOT_ALLOWED", `p${p.id} has crashed: its detector no longer matters.`);
      const suspected = p.suspects.includes(q.id);
      if (action.type === "suspect") {
        if (suspected) return refuse("NOT_ALLOWED", `p${p.id} already suspects p${q.id}.`);
        if (q.crashedAt === null && !mistakeAllowed(params.detector, tick, params.gst, q.id, state.protectedProcess)) {
          return refuse("CLASS_VIOLATION", `A ${params.detector} detector may not suspect p${q.id} now.`);
        }
        setSuspicion(d, p.id, q.id, true);
      } else {
        if (!suspected) return refuse("NOT_ALLOWED", `p${p.id} does not suspect p${q.id}.`);
        if (q.crashedAt !== null && mustSuspect(params.detector, p.id, tick, state.detectBy[q.id], state.protectedProcess)) {
          return refuse("CLASS_VIOLATION", `Completeness: p${p.id} must keep suspecting the crashed p${q.id}.`);
        }
        setSuspicion(d, p.id, q.id, false);
      }
      return commit(d);
    }
    case "crash": {
      const p = state.procs[action.process - 1];
      if (!p) return refuse("NOT_ALLOWED", "No such process.");
      if (p.crashedAt !== null) return refuse("NOT_ALLOWED", `p${p.id} has already crashed.`);
      const scheduledLeft = params.crashes.filter((c) => c.tick > tick && state.procs[c.process - 1].crashedAt === null).length;
      if (state.crashCount + scheduledLeft >= params.f) return refuse("CLASS_VIOLATION", `At most f = ${params.f} processes may crash.`);
      if (hasProtectedProcess(params.detector) && p.id === state.protectedProcess) {
        return refuse("CLASS_VIOLATION", `The ${params.detector} detector's accuracy rests on p${p.id} staying correct.`);
      }
      crash(d, p.id);
      return commit(d, { crashCount: state.crashCount + 1, detectBy: { ...state.detectBy, [p.id]: tick + params.maxDelay } });
    }
    default:
      return refuse("NOT_YOUR_SEAT", "The adversary does not run the protocol: it schedules the network, detectors and crashes.");
  }
}

/** The latest suggestion from coordinator `c` for the process's round. */
function lastSuggestion(self: Proc, c: number): Delivered | undefined {
  for (let i = self.inbox.length - 1; i >= 0; i--) {
    const m = self.inbox[i];
    if (m.payload.kind === "suggest" && m.payload.round === self.round && m.from === c) return m;
  }
  return undefined;
}

const byDelivery = (a: InFlight, b: InFlight) => a.deliverAt - b.deliverAt || a.id - b.id;

function inFlightIndex(inFlight: readonly InFlight[], id: number): number {
  for (let i = 0; i < inFlight.length; i++) if (inFlight[i].id === id) return i;
  return -1;
}

function crash(d: Draft, id: number): void {
  edit(d, id).crashedAt = d.tickNow;
  d.crashedAfter = { ...d.crashedAfter, [id]: [d.suspicionLog.length, d.outputLog.length] };
  d.events.push({ type: "crash", tick: d.tickNow, process: id });
}

function setSuspicion(d: Draft, p: number, q: number, on: boolean): void {
  const proc = edit(d, p);
  proc.suspects = on ? [...proc.suspects, q].sort((a, b) => a - b) : proc.suspects.filter((x) => x !== q);
  d.events.push({ type: on ? "suspect" : "unsuspect", tick: d.tickNow, process: p, target: q });
  d.suspicionLog = [...d.suspicionLog, [d.tickNow, p, q, on ? 1 : 0]];
}

/** The clock: crashes due, deliveries due, the detectors, then the end of the run. */
function advanceTick(state: ConsensusState): ConsensusResult {
  const tick = state.tick + 1;
  const { params } = state;
  const d = draft(state);
  d.tickNow = tick;
  let crashCount = state.crashCount;
  let detectBy = state.detectBy;
  for (const c of params.crashes) {
    if (c.tick === tick && d.procs[c.process - 1].crashedAt === null) {
      crash(d, c.process);
      crashCount++;
      detectBy = { ...detectBy, [c.process]: tick + params.maxDelay };
    }
  }
  deliverDue(d, tick);
  updateDetectors(d, tick, detectBy);
  if (relaysSuspicions(params) && tick % relayPeriod(params) === 0) relayLists(d);
  let allDecided = true;
  for (const p of d.procs) if (p.crashedAt === null && p.decided === null) allDecided = false;
  const over = allDecided || tick >= params.maxTicks;
  // The end event publishes what an outside checker needs and could not see before: the inputs
  // (drawn from the seed when not given) and the process the detector had to spare.
  if (over) d.events.push({ type: "end", tick, outcome: allDecided ? "decided" : "undecided", inputs: d.procs.map((p) => p.input), protectedProcess: d.state.protectedProcess });
  return commit(d, over ? { tick, crashCount, detectBy, phase: "finished", outcome: allDecided ? "decided" : "undecided" } : { tick, crashCount, detectBy });
}

function deliverDue(d: Draft, tick: number): void {
  // One pass: most ticks deliver something, and the due ones are nearly always in order already.
  let due: InFlight[] | null = null;
  let rest: InFlight[] | null = null;
  const all = d.inFlight;
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.deliverAt > tick) {
      if (rest) rest.push(m);
      continue;
    }
    if (!due) {
      due = [];
      rest = all.slice(0, i);
    }
    due.push(m);
  }
  if (!due || !rest) return;
  d.inFlight = rest;
  for (const m of inOrder(due, byDelivery)) {
    if (d.procs[m.to - 1].crashedAt !== null) {
      d.events.push({ type: "drop", tick, messageId: m.id, to: m.to });
      continue;
    }
    if (m.payload.kind === "suspicions") hearList(d, m.to, m.id, m.from, m.payload.suspects);
    else deliverTo(d, m.to, { id: m.id, from: m.from, sentAt: m.sentAt, at: tick, payload: m.payload });
  }
}

/**
 * The weak→strong completeness layer (Chandra and Toueg): every live process sends its module's
 * suspect list to all the others; its own copy joins its output at once (the note to itself is
 * not logged as a message).
 */
function relayLists(d: Draft): void {
  for (const p of d.procs) {
    if (p.crashedAt !== null) continue;
    const list = p.suspects; // never changed in place: every message may share it
    for (const q of list) setOutput(d, p.id, q, true, p.id);
    for (let q = 1; q <= d.state.params.n; q++) if (q !== p.id) send(d, p.id, q, { kind: "suspicions", suspects: list });
  }
}

/** A list from `from` arrived at `to`: suspect whatever it names, and stop suspecting its sender, who is alive. */
function hearList(d: Draft, to: number, id: number, from: number, list: number[]): void {
  d.events.push({ type: "deliver", tick: d.tickNow, messageId: id, to });
  const p = edit(d, to);
  p.heard = [...p.heard.filter((h) => h.from !== from), { from, suspects: list, at: d.tickNow }].sort((a, b) => a.from - b.from);
  for (const q of list) if (q !== to) setOutput(d, to, q, true, from);
  setOutput(d, to, from, false, from);
}

function setOutput(d: Draft, p: number, q: number, on: boolean, from: number): void {
  const proc = edit(d, p);
  const output = proc.output ?? [];
  if (output.includes(q) === on) return;
  proc.output = on ? [...output, q].sort((a, b) => a - b) : output.filter((x) => x !== q);
  d.events.push({ type: on ? "output-suspect" : "output-unsuspect", tick: d.tickNow, process: p, target: q, from });
  d.outputLog = [...d.outputLog, [d.tickNow, p, q, on ? 1 : 0]];
}

/**
 * Keep every detector within its class: completeness for the crashed, accuracy for the rest.
 * With no adversary seat, the seeded detector also makes (and forgets) mistakes before GST.
 */
function updateDetectors(d: Draft, tick: number, detectBy: Record<number, number>): void {
  const { params } = d.state;
  const protectedProcess = d.state.protectedProcess;
  for (const p of d.procs) {
    if (p.crashedAt !== null) continue;
    for (const q of d.procs) {
      if (q.id === p.id) continue;
      // The class's rule first: it is cheaper than the lookup and, before GST, nearly always lets be.
      if (q.crashedAt !== null) {
        if (mustSuspect(params.detector, p.id, tick, detectBy[q.id], protectedProcess) && !d.procs[p.id - 1].suspects.includes(q.id)) setSuspicion(d, p.id, q.id, true);
      } else if (!mistakeAllowed(params.detector, tick, params.gst, q.id, protectedProcess) && d.procs[p.id - 1].suspects.includes(q.id)) {
        setSuspicion(d, p.id, q.id, false);
      }
    }
    if (params.adversary === "none" && tick < params.gst && p.decided === null) seededMistakes(d, p.id, tick);
  }
}

function seededMistakes(d: Draft, id: number, tick: number): void {
  const { params } = d.state;
  for (const q of d.procs[id - 1].suspects) {
    if (d.procs[q - 1].crashedAt !== null) continue;
    const [u, rng] = nextFloat(d.rng);
    d.rng = rng;
    if (u < 0.4) setSuspicion(d, id, q, false);
  }
  const [u, rng] = nextFloat(d.rng);
  d.rng = rng;
  if (u >= params.mistakeRate) return;
  const [pick, rng2] = nextInt(d.rng, 1, params.n);
  d.rng = rng2;
  const target = d.procs[pick - 1];
  if (pick === id || target.crashedAt !== null || d.procs[id - 1].suspects.includes(pick)) return;
  if (mistakeAllowed(params.detector, tick, params.gst, pick, d.state.protectedProcess)) setSuspicion(d, id, pick, true);
}

