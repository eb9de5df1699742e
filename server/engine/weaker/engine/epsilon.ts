/**
 * ε-agreement (DOMAIN.md §6, weaker agreement): real inputs in a known range [lo, hi]; every live
 * process decides, decisions are within ε of each other and within [min input, max input]. Solvable
 * in the asynchronous model with f < n/2 crashes, by rounds of averaging:
 *
 *   round r: send (r, v) to all; wait for n − f values of round r (the first to arrive);
 *            v := the midpoint of the smallest and the largest of them.
 *   After R rounds, decide v, where R is the least with (hi − lo) / 2^R ≤ ε.
 *
 * Why R rounds are enough. Let the round-r values (of every process that sent one) lie in [m, M].
 * Any two processes' sets of n − f values, out of at most n senders, share at least n − 2f ≥ 1
 * value c (f < n/2). A process's new value is (min + max)/2 with min in [m, c] and max in [c, M],
 * so it lies in [(m + c)/2, (c + M)/2], an interval of width (M − m)/2 that is the same for every
 * process. So each round at least halves the spread, and never leaves [m, M] (validity). The
 * spread starts at most hi − lo, so after R rounds it is at most (hi − lo)/2^R ≤ ε. Every live
 * process gets n − f values each round (n − f processes never crash), so every one finishes R.
 * epsilon.test.ts checks the halving on every choice of sets the adversary has (n = 3, 4).
 *
 * Why the midpoint and not the mean of a trimmed set: with crash failures (no lying values) the
 * midpoint needs only the one shared value for its halving, for any n and f < n/2, and a student
 * can check it on the screen from the two extremes; trimming is the remedy for Byzantine values,
 * which this model does not have, and the plain mean's guarantee depends on n − f and on how many
 * values two sets share.
 *
 * Adversary moves, as for Ben-Or: deliver a message (by id; the order of arrival chooses which
 * n − f values each process sees) or crash a process (at most f). Every message goes through the
 * buffer, a process's message to itself included. No randomness: a seed only draws the inputs.
 */
import { nextFloat, seedRng } from "../../prng";
import { refuseWays, type WaysResult } from "../../flp/waysResult";

export interface EpsilonParams {
  /** 3 or 4; default 3. */
  n?: number;
  /** Default 1 (f < n/2). */
  f?: number;
  /** Default 1. */
  epsilon?: number;
  /** The input range every process knows; default [0, 100]. */
  lo?: number;
  hi?: number;
  /** Default drawn from the seed (one decimal). */
  inputs?: readonly number[];
}

export interface EpsilonMessage {
  id: number;
  from: number;
  to: number;
  round: number;
  value: number;
  /** The adversary step count when it was sent. */
  sentAt: number;
}

export interface EpsilonProcess {
  input: number;
  /** Its value now: the one it sent (or will send) for `round`. */
  value: number;
  /** The round whose values it waits for (1-based); R + 1 once decided. */
  round: number;
  /** Its value at the start of each round: history[r − 1] for round r. */
  history: number[];
  decided: number | null;
  /** Every message delivered to it, in arrival order. */
  received: { from: number; round: number; value: number }[];
}

export interface EpsilonState {
  n: number;
  f: number;
  epsilon: number;
  lo: number;
  hi: number;
  /** Rounds before deciding: the least R with (hi − lo)/2^R ≤ ε. */
  rounds: number;
  inputs: number[];
  processes: EpsilonProcess[];
  buffer: EpsilonMessage[];
  crashed: number[];
  nextId: number;
  steps: number;
}

export type EpsilonMove = { type: "deliver"; id: number } | { type: "crash"; pid: number };

export type EpsilonEvent =
  | { type: "delivered"; id: number; from: number; to: number }
  | { type: "sent"; id: number; from: number; to: number; round: number; value: number; sentAt: number }
  | { type: "averaged"; pid: number; round: number; from: number[]; value: number }
  | { type: "decided"; pid: number; value: number }
  | { type: "crashed"; pid: number };

/** The least R with (hi − lo)/2^R ≤ ε: the halving argument's round count. */
export function roundsNeeded(lo: number, hi: number, epsilon: number): number {
  let rounds = 0;
  while ((hi - lo) / 2 ** rounds > epsilon) rounds++;
  return rounds;
}

/** The averaging rule: the midpoint of the smallest and the largest value. */
export function midpoint(values: readonly number[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return (lo + hi) / 2;
}

export function createEpsilon(params: EpsilonParams, seed: number): EpsilonState {
  const n = params.n ?? 3;
  const f = params.f ?? 1;
  const epsilon = params.epsilon ?? 1;
  const lo = params.lo ?? 0;
  const hi = params.hi ?? 100;
  if (!Number.isInteger(n) || n < 3 || n > 7) throw new Error(`ε-agreement here takes 3..7 processes, not ${n}`);
  if (!Number.isInteger(f) || f < 0 || 2 * f >= n) throw new Error(`ε-agreement needs f < n/2 (n = ${n}, f = ${f})`);
  if (!(epsilon > 0) || !(hi >= lo) || !Number.isFinite(hi - lo)) throw new Error("ε-agreement needs ε > 0 and a finite range lo ≤ hi");
  let inputs: number[];
  if (params.inputs) {
    if (params.inputs.length !== n || params.inputs.some((v) => !(v >= lo && v <= hi))) throw new Error(`ε-agreement needs one input per process, each in [${lo}, ${hi}]`);
    inputs = [...params.inputs];
  } else {
    let rng = seedRng(seed);
    inputs = [];
    for (let i = 0; i < n; i++) {
      const [u, next] = nextFloat(rng);
      rng = next;
      inputs.push(Math.min(hi, Math.round((lo + u * (hi - lo)) * 10) / 10));
    }
  }
  const rounds = roundsNeeded(lo, hi, epsilon);
  const state: EpsilonState = {
    n,
    f,
    epsilon,
    lo,
    hi,
    rounds,
    inputs,
    processes: inputs.map((input) => ({ input, value: input, round: 1, history: [], decided: null, received: [] })),
    buffer: [],
    crashed: [],
    nextId: 1,
    steps: 0,
  };
  const ignored: EpsilonEvent[] = [];
  state.processes.forEach((p, pid) => {
    if (rounds === 0) {
      // The range is already within ε: decide the input at once.
      p.decided = p.input;
      p.round = 1;
    } else start(state, pid, ignored);
  });
  return state;
}

/** Process pid begins its current round: records its value and sends it to all. Mutates a fresh state. */
function start(s: EpsilonState, pid: number, events: EpsilonEvent[]): void {
  const p = s.processes[pid];
  p.history = [...p.history, p.value];
  for (let to = 0; to < s.n; to++) {
    const m: EpsilonMessage = { id: s.nextId++, from: pid, to, round: p.round, value: p.value, sentAt: s.steps };
    s.buffer.push(m);
    events.push({ type: "sent", ...m });
  }
}

const crashedNow = (s: EpsilonState, pid: number) => s.crashed.includes(pid);

export function deliverableEpsilon(s: EpsilonState): EpsilonMessage[] {
  return s.crashed.length === 0 ? s.buffer : s.buffer.filter((m) => !crashedNow(s, m.to));
}

export function allLiveDecidedEpsilon(s: EpsilonState): boolean {
  return s.processes.every((p, pid) => p.decided !== null || crashedNow(s, pid));
}

export function applyEpsilon(s: EpsilonState, move: EpsilonMove): WaysResult<EpsilonState, EpsilonEvent> {
  if (move.type === "crash") {
    const pid = move.pid;
    if (!Number.isInteger(pid) || pid < 0 || pid >= s.n) return refuseWays("NO_SUCH_PROCESS", `There is no process p${pid + 1}`);
    if (crashedNow(s, pid)) return refuseWays("PROCESS_CRASHED", `p${pid + 1} has already crashed`);
    if (s.crashed.length >= s.f) return refuseWays("TOO_MANY_CRASHES", `At most ${s.f} crash${s.f === 1 ? "" : "es"}`);
    return { ok: true, state: { ...s, crashed: [...s.crashed, pid].sort((a, b) => a - b), steps: s.steps + 1 }, events: [{ type: "crashed", pid }] };
  }
  const at = s.buffer.findIndex((m) => m.id === move.id);
  if (at < 0) return refuseWays("NO_SUCH_MESSAGE", `No message #${move.id} is in flight`);
  const m = s.buffer[at];
  if (crashedNow(s, m.to)) return refuseWays("PROCESS_CRASHED", `p${m.to + 1} has crashed: it receives nothing`);
  const next: EpsilonState = { ...s, buffer: [...s.buffer.slice(0, at), ...s.buffer.slice(at + 1)], processes: s.processes.slice(), steps: s.steps + 1 };
  const events: EpsilonEvent[] = [{ type: "delivered", id: m.id, from: m.from, to: m.to }];
  const pid = m.to;
  const p: EpsilonProcess = { ...s.processes[pid], received: [...s.processes[pid].received, { from: m.from, round: m.round, value: m.value }] };
  next.processes[pid] = p;
  const quorum = s.n - s.f;
  while (p.decided === null) {
    const these = p.received.filter((r) => r.round === p.round).slice(0, quorum);
    if (these.length < quorum) break;
    p.value = midpoint(these.map((r) => r.value));
    events.push({ type: "averaged", pid, round: p.round, from: these.map((r) => r.from), value: p.value });
    p.round++;
    if (p.round > s.rounds) {
      p.decided = p.value;
      events.push({ type: "decided", pid, value: p.value });
    } else start(next, pid, events);
  }
  return { ok: true, state: next, events };
}

/** The adversary sees everything (there is nothing hidden here: no coins). */
export const epsilonAdversaryView = (s: EpsilonState): EpsilonState => s;

/** What process `pid` knows: its own state and its received messages numbered 1..k in arrival order. */
export function epsilonProcessView(s: EpsilonState, pid: number) {
  const p = s.processes[pid];
  return {
    pid,
    n: s.n,
    f: s.f,
    epsilon: s.epsilon,
    lo: s.lo,
    hi: s.hi,
    rounds: s.rounds,
    crashed: crashedNow(s, pid),
    input: p.input,
    value: p.value,
    round: p.round,
    decided: p.decided,
    received: p.received.map((r, i) => ({ n: i + 1, ...r })),
  };
}

/** Tolerance for floating-point rounding in the checker (the argument is exact over the reals). */
const SLACK = 1e-9;

export interface EpsilonVerdict {
  /** max − min of the decisions ≤ ε. */
  closeness: { ok: boolean; spread: number };
  /** Every decision within [min input, max input]. */
  validity: { ok: boolean; outside: number[] };
  termination: { ok: boolean; undecided: number[] };
  ok: boolean;
}

export function checkEpsilon(s: EpsilonState): EpsilonVerdict {
  const decisions = s.processes.flatMap((p) => (p.decided === null ? [] : [p.decided]));
  const spread = decisions.length ? Math.max(...decisions) - Math.min(...decisions) : 0;
  const [lo, hi] = [Math.min(...s.inputs), Math.max(...s.inputs)];
  const outside = decisions.filter((d) => d < lo - SLACK || d > hi + SLACK);
  const undecided = s.processes.flatMap((p, pid) => (p.decided === null && !crashedNow(s, pid) ? [pid] : []));
  const closeness = { ok: spread <= s.epsilon + SLACK, spread };
  const validity = { ok: outside.length === 0, outside };
  const termination = { ok: undecided.length === 0, undecided };
  return { closeness, validity, termination, ok: closeness.ok && validity.ok && termination.ok };
}
