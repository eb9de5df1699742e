/**
 * What each seat may know. A process sees its own state, the messages delivered to it and its
 * own detector's output: never another process's state, the network, GST, the crash schedule,
 * the adversary's choices or the seed. The adversary sees the network, every process's state
 * and the protected process it must spare. After the run, everything is revealed.
 */
import { checkRun, historyFromState, type Verdict } from "./checker";
import { announcedToAdversary, announcedToProcesses as announcedToProcessesImport, inboxFrame as inboxFrameImport, type ProcessAnnouncedParams } from "./disclosure";
import type { ConsensusParams } from "./params";
import { coordinatorOf as coordinatorOfImport, majority as majorityImport, processSeat as processSeatImport, seatProcess } from "./terms";
import { detectorOutput as detectorOutputImport, firstOpinions as firstOpinionsImport, firstReplies as firstRepliesImport, legalMoves as legalMovesImport } from "./process";
import { ADVERSARY_SEAT } from "./reducer";
import { scoreConsensus } from "./scoring";
import type { Bit, ConsensusState, HeardList, Message, Payload } from "./types";

// The server runs module by module (tsx), and V8 does not inline calls through an imported
// binding on these hot paths: bound once at load, generals games run about twice as fast
// (the headless bench, HEADLESS_ENGINE=tsx). A bundle (the bench's own run) needs none of this.
const legalMoves = legalMovesImport;
const firstReplies = firstRepliesImport;
const firstOpinions = firstOpinionsImport;
const detectorOutput = detectorOutputImport;
const coordinatorOf = coordinatorOfImport;
const majority = majorityImport;
const processSeat = processSeatImport;
const inboxFrame = inboxFrameImport;
const announcedToProcesses = announcedToProcessesImport;

export interface ConsensusReveal {
  outcome: "decided" | "undecided";
  verdict: Verdict;
  scores: Record<string, number>;
  processes: { id: number; input: Bit; decided: { value: Bit; round: number; tick: number } | null; crashedAt: number | null }[];
  /** Null for P and ◇P, which protect every live process rather than one. */
  protectedProcess: number | null;
  gst: number;
}

export interface ProcessView {
  scenario: "consensus";
  role: "process";
  seat: string;
  me: number;
  tick: number;
  phase: "running" | "finished";
  /** What every process is told (disclosure.ts). */
  params: ProcessAnnouncedParams;
  input: Bit;
  value: Bit;
  ts: number;
  round: number;
  coordinator: number;
  opined: boolean;
  crashed: boolean;
  /** The output it acts on: with the relay layer, the transformed one. */
  suspects: number[];
  /**
   * The weak→strong completeness layer, when on: its own module's output (`module`, what it relays
   * to all every Δ ticks) and the latest list heard from each other process. Null when off.
   */
  relay: { module: number[]; heard: HeardList[] } | null;
  /** Messages delivered to it in this round and the one before, and any DECIDE; `id` is the n-th message it received. */
  inbox: { id: number; from: number; at: number; payload: Payload }[];
  /** Rounds this process coordinates that are still open: opinions and replies gathered. */
  coordinating: { round: number; opinions: number; suggestion: Bit | null; acks: number; nacks: number }[];
  decided: { value: Bit; round: number; tick: number } | null;
  can: { opinion: boolean; suggest: Bit[]; ack: boolean; nack: boolean; decide: boolean; relay: boolean };
  reveal: ConsensusReveal | null;
}

export interface AdversaryView {
  scenario: "consensus";
  role: "adversary";
  seat: "adversary";
  tick: number;
  phase: "running" | "finished";
  params: ConsensusParams;
  /** The process the detector must spare (classes S, ◇S, W, ◇W), which may not be crashed. */
  protectedProcess: number | null;
  processes: { id: number; round: number; coordinator: number; value: Bit; ts: number; opined: boolean; decided: Bit | null; crashed: boolean; suspects: number[]; output: number[] | null }[];
  /** Protocol messages and, with the relay layer, the relayed suspect lists (`kind: "suspicions"`). */
  inFlight: { id: number; from: number; to: number; sentAt: number; deliverAt: number; deadline: number; payload: Message }[];
  crashesLeft: number;
  reveal: ConsensusReveal | null;
}

export type ConsensusView = ProcessView | AdversaryView;

export function consensusView(state: ConsensusState, seat: string): ConsensusView {
  return seat === ADVERSARY_SEAT ? adversaryView(state) : processView(state, seatProcess(seat) ?? 1);
}

function processView(state: ConsensusState, id: number): ProcessView {
  const p = state.procs[id - 1];
  const { n, sandbox } = state.params;
  const running = state.phase === "running";
  const own = buildOwnParts(p, n, sandbox, running);
  return {
    scenario: "consensus",
    role: "process",
    seat: processSeat(id),
    me: id,
    tick: state.tick,
    phase: state.phase,
    params: processParams(state.params),
    input: p.input,
    value: p.value,
    ts: p.ts,
    round: p.round,
    coordinator: own.coordinator,
    opined: p.opined,
    crashed: p.crashedAt !== null,
    suspects: own.suspects,
    relay: own.relay,
    inbox: own.inbox,
    coordinating: own.coordinating,
    decided: own.decided,
    can: own.can,
    reveal: running ? null : consensusReveal(state),
  };
}

/** The processes' announcement of the last params seen: one copy a run, not one a view. */
let announced: { params: ConsensusParams; copy: ProcessAnnouncedParams } | null = null;

function processParams(params: ConsensusParams): ProcessAnnouncedParams {
  if (announced?.params !== params) announced = { params, copy: announcedToProcesses(params) };
  return announced.copy;
}

/** The parts of a process's view drawn from its own state alone (and n, sandbox). */
type OwnParts = Pick<ProcessView, "coordinator" | "suspects" | "relay" | "inbox" | "coordinating" | "decided" | "can">;

export function buildOwnParts(p: ConsensusState["procs"][number], n: number, sandbox: boolean, running: boolean): OwnParts {
  const legal = running ? legalMoves(p, n, sandbox) : null;
  const coordinating: ProcessView["coordinating"] = [];
  for (const c of p.coordinated) {
    if (c.concluded) continue;
    const replies = firstReplies(p, c.round, n);
    let acks = 0;
    for (const m of replies) if (m.payload.kind === "ack") acks++;
    coordinating.push({ round: c.round, opinions: majority(n), suggestion: c.suggestion, acks, nacks: replies.length - acks });
  }
  const coordinator = coordinatorOf(p.round, n);
  if (coordinator === p.id && p.decided === null && !coordinates(p, p.round)) {
    coordinating.push({ round: p.round, opinions: firstOpinions(p, p.round, n).length, suggestion: null, acks: 0, nacks: 0 });
  }
  return {
    coordinator,
    suspects: detectorOutput(p).slice(),
    relay: p.output ? { module: p.suspects.slice(), heard: p.heard.map((h) => ({ from: h.from, suspects: h.suspects.slice(), at: h.at })) } : null,
    inbox: recentInbox(p),
    coordinating,
    decided: p.decided ? { value: p.decided.value, round: p.decided.round, tick: p.decided.tick } : null,
    can: legal
      ? { opinion: legal.opinion, suggest: legal.suggest.slice(), ack: legal.ack, nack: legal.nack, decide: legal.decide !== null, relay: legal.relay }
      : { opinion: false, suggest: [], ack: false, nack: false, decide: false, relay: false },
  };
}

function coordinates(p: ConsensusState["procs"][number], round: number): boolean {
  for (const c of p.coordinated) if (c.round === round) return true;
  return false;
}

/**
 * The messages of this round and the one before, and any DECIDE: older rounds no longer matter
 * to the protocol. Numbered in the order this process received them, never by the run's message
 * ids (their gaps would count the messages sent elsewhere), and without send times (which would
 * show the adversary's delays).
 */
function recentInbox(p: ConsensusState["procs"][number]): ProcessView["inbox"] {
  const out: ProcessView["inbox"] = [];
  for (const { id, item: m } of inboxFrame(p)) {
    if (m.payload.round >= p.round - 1 || m.payload.kind === "decide") out.push({ id, from: m.from, at: m.at, payload: m.payload });
  }
  return out;
}

function adversaryView(state: ConsensusState): AdversaryView {
  const { params } = state;
  const scheduledLeft = params.crashes.filter((c) => state.procs[c.process - 1].crashedAt === null).length;
  return {
    scenario: "consensus",
    role: "adversary",
    seat: "adversary",
    tick: state.tick,
    phase: state.phase,
    params: announcedToAdversary(params),
    protectedProcess: state.protectedProcess,
    processes: state.procs.map((p) => processSeen(p, params.n)),
    inFlight: state.inFlight.map((m) => ({ id: m.id, from: m.from, to: m.to, sentAt: m.sentAt, deliverAt: m.deliverAt, deadline: m.deadline, payload: m.payload })),
    crashesLeft: Math.max(0, params.f - state.crashCount - scheduledLeft),
    reveal: state.phase === "running" ? null : consensusReveal(state),
  };
}

type ProcessSeen = AdversaryView["processes"][number];

/** A process as the adversary sees it. */
function processSeen(p: ConsensusState["procs"][number], n: number): ProcessSeen {
  const seen: ProcessSeen = {
    id: p.id, round: p.round, coordinator: coordinatorOf(p.round, n), value: p.value, ts: p.ts, opined: p.opined,
    decided: p.decided?.value ?? null, crashed: p.crashedAt !== null, suspects: p.suspects.slice(), output: p.output ? p.output.slice() : null,
  };
  return seen;
}

export function consensusReveal(state: ConsensusState): ConsensusReveal {
  return {
    outcome: state.outcome ?? "undecided",
    verdict: checkRun(historyFromState(state), state.params.detector),
    scores: scoreConsensus(state),
    processes: state.procs.map((p) => ({ id: p.id, input: p.input, decided: p.decided ? { ...p.decided } : null, crashedAt: p.crashedAt })),
    protectedProcess: state.protectedProcess,
    gst: state.params.gst,
  };
}
