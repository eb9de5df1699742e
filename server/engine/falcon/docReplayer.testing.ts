/**
 * A Falcon replayer written from docs/trace-format.md alone (its Falcon model, its tables, the
 * order of a tick and "When Falcon draws"), not from the engine: given the parameters, the seed and the accepted inputs, it
 * rebuilds the trace events. docReplayer.test.ts requires them byte for byte equal to the
 * engine's, so the docs say enough to reproduce a game. It imports only the PRNG.
 */
import { nextFloat, nextInt, seedRng } from "../prng";
import type { FalconParams } from "./params";

type Ev = Record<string, unknown> & { type: string; tick: number };
export type Input = { tick: number; seat: "operator" | "chaos"; move: { type: string; [k: string]: unknown } };

const L = ["app", "os", "vm", "switch"];
const PERM = ["crash", "hang", "panic", "vmStop"];
const LAT: Record<string, [number, number]> = { switch: [5, 15], vm: [10, 30], os: [20, 50], app: [150, 100] };
const COST: Record<string, number> = { switch: 1, vm: 2, os: 2, app: 3 };
const normal = (u1: number, u2: number) => Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);

function timeline(p: FalconParams, seed: number) {
  let rng = seedRng(((p.faultSeed ?? seed) ^ 0x27d4eb2f) >>> 0);
  const int = (a: number, b: number) => {
    const [v, r] = nextInt(rng, a, b);
    rng = r;
    return v;
  };
  const ms = (lo: number, hi: number) => int(Math.ceil(lo / 100), Math.floor(hi / 100)) * 100;
  const range = (k: string): [number, number] => (k === "slow" ? [500, p.maxPauseMs] : [1000, p.maxPartitionMs]);
  const dur = (k: string, a: number, b: number) => {
    const [lo, hi] = range(k);
    return ms(Math.max(lo, lo + (hi - lo) * a), lo + (hi - lo) * b);
  };
  const perms = PERM.filter((k) => p.kinds.includes(k as never));
  const out: { atMs: number; kind: string; durationMs?: number }[] = [];
  let t = ms(2000, 5000);
  while (out.length < p.budget && t < p.horizonMs) {
    const left = p.budget - out.length;
    if (p.chaosBot === "slowness" && p.kinds.includes("slow")) {
      if (left === 1 && perms.length > 0) out.push({ atMs: t, kind: perms[int(0, perms.length - 1)] });
      else out.push({ atMs: t, kind: "slow", durationMs: dur("slow", 0.6, 1) });
      t = out[out.length - 1].atMs + (out[out.length - 1].durationMs ?? 0);
    } else if (p.chaosBot === "partition" && p.kinds.includes("partition")) {
      const d = dur("partition", 0.5, 1);
      out.push({ atMs: t, kind: "partition", durationMs: d });
      const start = t;
      t += d;
      const [u, r] = nextFloat(rng);
      rng = r;
      if (u < 0.5 && perms.length > 0 && left > 1) {
        const at = start + Math.max(100, Math.floor(d / 3 / 100) * 100);
        if (at < p.horizonMs) out.push({ atMs: at, kind: perms[int(0, perms.length - 1)] });
      }
    } else {
      const kind = p.kinds[int(0, p.kinds.length - 1)];
      out.push(PERM.includes(kind) ? { atMs: t, kind } : { atMs: t, kind, durationMs: dur(kind, 0, 1) });
      t += out[out.length - 1].durationMs ?? 0;
    }
    t += PERM.includes(out[out.length - 1].kind) ? ms(10000, 15000) : ms(3000, 8000);
  }
  return out;
}

export function replayFromDocs(p: FalconParams, seed: number, inputs: readonly Input[]): Ev[] {
  const ev: Ev[] = [];
  const faults = p.chaosPlays ? [] : timeline(p, seed);
  let next = 0;
  const netSeed = (seed ^ 0x5bd1e995) >>> 0;
  let spy = seedRng((seed ^ 0x165667b1) >>> 0);
  // The truth of the instance.
  let inc = 1, start = 0, failure: string | null = null, killed: string | null = null;
  let temp: { kind: string; until: number; fault: number } | null = null;
  const struck: { kind: string; atMs: number; until: number; inc: number }[] = [];
  let seq = 0, held: { seq: number; sent: number; slot: number } | null = null;
  let flight: { inc: number; seq: number; sent: number; at: number }[] = [];
  let reqs: { id: number; layer: string; kind: string; at: number; result?: string }[] = [];
  let nextReq = 1, timeoutMs = p.timeoutMs, suspecting = false, lastArrival: number | null = null, tick = 0;
  const permFaults: { atMs: number; detected: boolean }[] = [];
  const faultIndexPerm = new Map<number, number>();
  let falseS = 0, unnec = 0, failureFault = -1;

  const alive = () => failure === null && killed === null;
  const status = (l: string): string => {
    if (l === "switch") return killed === "switch" ? "fenced" : temp?.kind === "partition" ? "partitioned" : "up";
    if (l === "vm") return killed === "vm" ? "killed" : failure === "vmStop" ? "stopped" : "up";
    if (l === "os") return status("vm") !== "up" ? "down" : killed === "os" ? "killed" : failure === "panic" ? "panic" : "up";
    return status("os") !== "up" ? "down" : killed === "app" ? "killed" : failure === "crash" ? "crashed" : failure === "hang" ? "hung" : temp?.kind === "slow" ? "slow" : "up";
  };
  const answer = (l: string) => {
    const sw = status("switch");
    if (l === "switch") return sw === "fenced" ? "down" : sw === "partitioned" ? "partitioned" : "up";
    if (sw !== "up") return "cant-tell";
    const host = l === "app" ? "os" : l === "os" ? "vm" : null;
    if (host && status(host) !== "up") return "cant-tell";
    const s = status(l);
    return s === "hung" ? "hung" : s === "up" || s === "slow" ? "up" : "down";
  };
  const send = (s: number, sent: number, slot: number, at: number, t: number) => {
    if (status("switch") !== "up") return void ev.push({ type: "heartbeat", tick: t, atMs: at, incarnation: inc, seq: s, arriveAtMs: null });
    const [u1, r1] = nextFloat(seedRng((netSeed ^ Math.imul(slot + 1, 0x9e3779b1)) >>> 0));
    const [u2] = nextFloat(r1);
    const arr = at + Math.round(5 + p.netMedianMs * Math.exp(p.netSigma * normal(u1, u2)));
    ev.push({ type: "heartbeat", tick: t, atMs: at, incarnation: inc, seq: s, arriveAtMs: arr });
    let i = flight.length;
    while (i > 0 && flight[i - 1].at > arr) i--;
    flight.splice(i, 0, { inc, seq: s, sent, at: arr });
  };
  const heal = (T: number, t: number) => {
    if (!temp || temp.until > T) return;
    const h = temp;
    temp = null;
    ev.push({ type: "heal", tick: t, atMs: h.until, kind: h.kind, fault: h.fault });
    if (h.kind === "slow" && held) {
      const d = held;
      held = null;
      if (alive()) send(d.seq, d.sent, d.slot, h.until, t);
    }
  };
  let count = 0;
  const strike = (f: { kind: string; durationMs?: number }, by: string, T: number, t: number) => {
    heal(T, t);
    const perm = PERM.includes(f.kind);
    const active = struck.some((s) => s.inc === inc && PERM.includes(s.kind) === perm && (perm || s.until > T));
    const index = count++;
    ev.push({ type: "fault", tick: t, atMs: T, kind: f.kind, durationMs: f.durationMs ?? null, by, effect: active ? "fizzled" : "injected", fault: index });
    if (active) return;
    struck.push({ kind: f.kind, atMs: T, until: T + (f.durationMs ?? 0), inc });
    if (perm) {
      failure = f.kind;
      failureFault = index;
      faultIndexPerm.set(index, permFaults.length);
      permFaults.push({ atMs: T, detected: false });
      held = null;
    } else temp = { kind: f.kind, until: T + (f.durationMs ?? 0), fault: index };
  };
  const move = (seat: string, m: Input["move"]) => {
    const T = tick * 100;
    if (seat === "chaos") return strike({ kind: m.kind as string, durationMs: m.durationMs as number | undefined }, "chaos", T, tick);
    if (m.type === "setTimeout") {
      timeoutMs = m.timeoutMs as number;
      ev.push({ type: "timeout", tick, atMs: T, timeoutMs });
    } else if (m.type === "wait") ev.push({ type: "wait", tick, atMs: T });
    else if (m.type === "query" || m.type === "kill") {
      const layer = m.layer as string;
      const [u1, r1] = nextFloat(spy);
      const [u2, r2] = nextFloat(r1);
      spy = r2;
      const due = T + Math.round(LAT[layer][0] + LAT[layer][1] * Math.exp(0.5 * normal(u1, u2)));
      const r = { id: nextReq++, layer, kind: m.type, at: T, due };
      if (m.type === "query") {
        reqs.push({ ...r, at: due });
        ev.push({ type: "query", tick, atMs: T, request: r.id, layer, answerAtMs: due, cost: COST[layer] });
      } else {
        const works = layer === "vm" || layer === "switch" || (status("switch") === "up" && status(layer === "app" ? "os" : "vm") === "up");
        const unnecessary = works && alive();
        if (unnecessary) unnec++;
        if (works && (killed === null || L.indexOf(layer) > L.indexOf(killed))) killed = layer;
        if (works) held = null;
        reqs.push({ ...r, at: due, result: works ? "killed" : "cant-tell" });
        ev.push({ type: "kill", tick, atMs: T, request: r.id, layer, executed: works, unnecessary, answerAtMs: due });
      }
    } else if (m.type === "declare") {
      const fs = failure === null;
      if (fs) falseS++;
      else permFaults[faultIndexPerm.get(failureFault)!].detected = true;
      const f = failure ? failureFault : null;
      ev.push({ type: "declare", tick, atMs: T, falseSuspicion: fs, fault: f, detectionMs: failure ? T - permFaults[faultIndexPerm.get(failureFault)!].atMs : null });
      inc++;
      start = T;
      failure = killed = null;
      temp = null;
      flight = [];
      seq = 0;
      held = null;
      suspecting = false;
      lastArrival = null;
    }
  };
  const byTick = new Map<number, Input[]>();
  for (const i of inputs) byTick.set(i.tick, [...(byTick.get(i.tick) ?? []), i]);
  for (;;) {
    for (const i of byTick.get(tick) ?? []) move(i.seat, i.move);
    const T = tick * 100, N = T + 100;
    tick++;
    heal(T, tick);
    while (next < faults.length && faults[next].atMs <= T) strike(faults[next++], "timeline", T, tick);
    if (T > 0 && T % p.heartbeatMs === 0) {
      const slot = T / p.heartbeatMs;
      if (alive() && (temp as { kind: string } | null)?.kind !== "slow") send(++seq, T, slot, T, tick);
      else if (alive() && !held) held = { seq: ++seq, sent: T, slot };
    }
    while (flight.length > 0 && flight[0].at <= N) {
      const h = flight.shift()!;
      ev.push({ type: "arrive", tick, atMs: h.at, incarnation: h.inc, seq: h.seq, sentAtMs: h.sent });
      lastArrival = h.at;
      if (suspecting) {
        suspecting = false;
        ev.push({ type: "trust", tick, atMs: h.at });
      }
    }
    const due = reqs.filter((r) => r.at <= N).sort((a, b) => a.at - b.at || a.id - b.id);
    reqs = reqs.filter((r) => r.at > N);
    for (const r of due) ev.push({ type: "answer", tick, atMs: r.at, request: r.id, layer: r.layer, kind: r.kind, answer: r.result ?? answer(r.layer) });
    if (!suspecting && N - (lastArrival ?? start) >= timeoutMs) {
      suspecting = true;
      ev.push({ type: "suspect", tick, atMs: N });
    }
    if (N >= p.lengthMs) {
      const missed = permFaults.some((f) => !f.detected);
      // Mean detection over 3 s is "slow" too; the replayer takes the outcome's order from docs/trace-format.md.
      const det = ev.filter((e) => e.type === "declare" && e.detectionMs !== null).map((e) => e.detectionMs as number);
      const slow = missed || (det.length > 0 && Math.round(det.reduce((a, b) => a + b, 0) / det.length) > 3000);
      const outcome = falseS > 0 ? "inaccurate" : unnec > 0 ? "intrusive" : slow ? "slow" : "clean";
      ev.push({ type: "end", tick, atMs: N, outcome });
      return ev;
    }
  }
}
