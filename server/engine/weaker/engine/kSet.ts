/**
 * k-set agreement (DOMAIN.md §6, weaker agreement): decisions come from at most k distinct input
 * values, each some process's input, and every live process decides. With f < k crashes a trivial
 * protocol solves it, asynchrony and all: the k chosen processes p1..pk each broadcast their input
 * and decide it; every other process decides the first input it receives.
 *
 * Why it works: at most k values are ever sent, so at most k are decided; at least one chosen
 * process never crashes (f < k), so its broadcast happens and reaches every live process. With
 * k = 1 this is consensus, and one crash of the chosen process before it sends blocks everyone:
 * FLP's wall again.
 *
 * The adversary's moves, as for Ben-Or: deliver a message (by id), crash a process (at most f),
 * and here also `step`: a chosen process that has not yet broadcast takes its step (FLP's λ), so the
 * adversary chooses whether a chosen process crashes before or after it sends. A broadcast is one
 * step: all its messages enter the buffer together.
 */
import { nextInt, type RngState } from "../../prng";
import { refuseWays, type WaysResult } from "../../flp/waysResult";

export interface KSetParams {
  /** Default 3. */
  n?: number;
  /** How many chosen processes (and distinct decisions allowed); default 2. */
  k?: number;
  /** Crashes the adversary may make; default k − 1 (the largest the protocol tolerates). A larger f shows it fail. */
  f?: number;
  inputs: readonly number[];
}

export interface KSetMessage {
  id: number;
  from: number;
  to: number;
  value: number;
}

export interface KSetProcess {
  input: number;
  chosen: boolean;
  /** A chosen process: whether it has taken its step (broadcast). */
  sent: boolean;
  decided: number | null;
}

export interface KSetState {
  n: number;
  k: number;
  f: number;
  processes: KSetProcess[];
  buffer: KSetMessage[];
  crashed: number[];
  nextId: number;
  steps: number;
}

export type KSetMove = { type: "step"; pid: number } | { type: "deliver"; id: number } | { type: "crash"; pid: number };

export type KSetEvent =
  | { type: "sent"; id: number; from: number; to: number; value: number }
  | { type: "delivered"; id: number; from: number; to: number }
  | { type: "decided"; pid: number; value: number }
  | { type: "crashed"; pid: number };

export function createKSet(params: KSetParams): KSetState {
  const n = params.n ?? 3;
  const k = params.k ?? 2;
  const f = params.f ?? k - 1;
  if (!Number.isInteger(n) || n < 2 || n > 7) throw new Error(`k-set agreement here takes 2..7 processes, not ${n}`);
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error(`k must be 1..n (k = ${k})`);
  if (!Number.isInteger(f) || f < 0 || f >= n) throw new Error(`f must be 0..n − 1 (f = ${f})`);
  if (params.inputs.length !== n || params.inputs.some((v) => !Number.isFinite(v))) throw new Error("k-set agreement needs one input per process");
  return {
    n,
    k,
    f,
    processes: params.inputs.map((input, pid) => ({ input, chosen: pid < k, sent: false, decided: null })),
    buffer: [],
    crashed: [],
    nextId: 1,
    steps: 0,
  };
}

const crashedNow = (s: KSetState, pid: number) => s.crashed.includes(pid);

/** Every move the adversary may make now. */
export function kSetMoves(s: KSetState): KSetMove[] {
  const moves: KSetMove[] = [];
  s.processes.forEach((p, pid) => {
    if (p.chosen && !p.sent && !crashedNow(s, pid)) moves.push({ type: "step", pid });
  });
  for (const m of s.buffer) if (!crashedNow(s, m.to)) moves.push({ type: "deliver", id: m.id });
  if (s.crashed.length < s.f) for (let pid = 0; pid < s.n; pid++) if (!crashedNow(s, pid)) moves.push({ type: "crash", pid });
  return moves;
}

/** Whether the run is over: no step or delivery is left (a crash changes nothing then). */
export function kSetQuiet(s: KSetState): boolean {
  return !kSetMoves(s).some((m) => m.type !== "crash");
}

export function applyKSet(s: KSetState, move: KSetMove): WaysResult<KSetState, KSetEvent> {
  if (move.type === "step" || move.type === "crash") {
    const pid = move.pid;
    if (!Number.isInteger(pid) || pid < 0 || pid >= s.n) return refuseWays("NO_SUCH_PROCESS", `There is no process p${pid + 1}`);
    if (crashedNow(s, pid)) return refuseWays("PROCESS_CRASHED", `p${pid + 1} has crashed`);
    if (move.type === "crash") {
      if (s.crashed.length >= s.f) return refuseWays("TOO_MANY_CRASHES", `At most ${s.f} crash${s.f === 1 ? "" : "es"}`);
      return { ok: true, state: { ...s, crashed: [...s.crashed, pid].sort((a, b) => a - b), steps: s.steps + 1 }, events: [{ type: "crashed", pid }] };
    }
    const p = s.processes[pid];
    if (!p.chosen) return refuseWays("NOT_ALLOWED", `p${pid + 1} is not one of the k chosen processes: it only waits for a message`);
    if (p.sent) return refuseWays("NOT_ALLOWED", `p${pid + 1} has already sent its input`);
    const processes = s.processes.slice();
    processes[pid] = { ...p, sent: true, decided: p.input };
    const buffer = s.buffer.slice();
    const events: KSetEvent[] = [];
    let nextId = s.nextId;
    for (let to = 0; to < s.n; to++) {
      if (to === pid) continue;
      const m = { id: nextId++, from: pid, to, value: p.input };
      buffer.push(m);
      events.push({ type: "sent", ...m });
    }
    events.push({ type: "decided", pid, value: p.input });
    return { ok: true, state: { ...s, processes, buffer, nextId, steps: s.steps + 1 }, events };
  }
  const at = s.buffer.findIndex((m) => m.id === move.id);
  if (at < 0) return refuseWays("NO_SUCH_MESSAGE", `No message #${move.id} is in flight`);
  const m = s.buffer[at];
  if (crashedNow(s, m.to)) return refuseWays("PROCESS_CRASHED", `p${m.to + 1} has crashed: it receives nothing`);
  const events: KSetEvent[] = [{ type: "delivered", id: m.id, from: m.from, to: m.to }];
  const processes = s.processes.slice();
  const p = processes[m.to];
  // A chosen process decides its own input when it takes its step: what reaches it changes nothing.
  if (p.decided === null && !p.chosen) {
    processes[m.to] = { ...p, decided: m.value };
    events.push({ type: "decided", pid: m.to, value: m.value });
  }
  return { ok: true, state: { ...s, processes, buffer: [...s.buffer.slice(0, at), ...s.buffer.slice(at + 1)], steps: s.steps + 1 }, events };
}

export interface KSetVerdict {
  /** At most k distinct decided values. */
  kAgreement: { ok: boolean; values: number[] };
  validity: { ok: boolean; invalid: number[] };
  termination: { ok: boolean; undecided: number[] };
  ok: boolean;
}

/** The three properties over a final state (decisions of crashed processes count for the first two). */
export function checkKSet(s: KSetState): KSetVerdict {
  const values = [...new Set(s.processes.flatMap((p) => (p.decided === null ? [] : [p.decided])))].sort((a, b) => a - b);
  const inputs = s.processes.map((p) => p.input);
  const invalid = values.filter((v) => !inputs.includes(v));
  const undecided = s.processes.flatMap((p, pid) => (p.decided === null && !crashedNow(s, pid) ? [pid] : []));
  const kAgreement = { ok: values.length <= s.k, values };
  const validity = { ok: invalid.length === 0, invalid };
  const termination = { ok: undecided.length === 0, undecided };
  return { kAgreement, validity, termination, ok: kAgreement.ok && validity.ok && termination.ok };
}

/** What process `pid` knows: its own state (a process keeps nothing of what it receives but its decision: the first value, unless it is chosen). */
export function kSetProcessView(s: KSetState, pid: number): { pid: number; crashed: boolean } & KSetProcess {
  return { pid, crashed: crashedNow(s, pid), ...s.processes[pid] };
}

/** A bot adversary: any legal move, uniformly, from its own seeded PRNG state (null when the run is quiet). */
export function kSetRandomMove(s: KSetState, rng: RngState): { move: KSetMove; rng: RngState } | null {
  if (kSetQuiet(s)) return null;
  const moves = kSetMoves(s);
  const [i, next] = nextInt(rng, 0, moves.length - 1);
  return { move: moves[i], rng: next };
}
