/**
 * A replayer for consensus runs written from docs/trace-format.md ("When consensus draws") alone.
 * Like docReplayer.testing.ts (whose generator it shares), it imports nothing from the engine: if
 * it reproduces the engine's events, the docs are enough for an outsider to check a run.
 */
import { DocGenerator } from "./docReplayer.testing";

type Json = Record<string, unknown>;
type Payload = Json & { kind: string };

interface Flight {
  id: number;
  from: number;
  to: number;
  payload: Payload;
  deliverAt: number;
  deadline: number;
}

interface Process {
  input: number;
  v: number;
  t: number;
  r: number;
  inbox: { from: number; payload: Payload }[];
  suggested: { round: number; value: number }[];
  decision: { round: number; value: number } | null;
  crashed: boolean;
  detectBy: number;
  suspects: Set<number>;
  output: Set<number>;
}

const ascending = (s: Set<number>) => [...s].sort((a, b) => a - b);

/** A consensus trace's events, numbered, from (params, seed, inputs). */
export function replayConsensusFromDocs(params: Json, seed: number, inputs: readonly Json[]): Json[] {
  const n = params.n as number;
  const delta = params.maxDelay as number;
  const gst = params.gst as number;
  const cls = params.detector as string;
  const crashes = params.crashes as { process: number; tick: number }[];
  const layer = params.strongCompleteness === true;
  const noAdversary = params.adversary === "none";
  const majority = Math.floor(n / 2) + 1;
  const coordinator = (r: number) => (r % n) + 1;

  const rng = new DocGenerator(seed);
  const int = (a: number, b: number) => a + Math.floor(rng.float() * (b - a + 1));
  const events: Json[] = [{ type: "start", tick: 0 }];

  // Creation: inputs, then the protected process (drawn for every class).
  const given = params.inputs as number[] | undefined;
  const bits: number[] = [];
  for (let i = 0; i < n; i++) bits.push(given ? given[i] : rng.float() < 0.5 ? 0 : 1);
  const spared: number[] = [];
  for (let p = 1; p <= n; p++) if (!crashes.some((c) => c.process === p)) spared.push(p);
  const k = int(0, spared.length - 1);
  const protectedProcess = ["S", "ES", "W", "EW"].includes(cls) ? spared[k] : null;

  const procs: Process[] = bits.map((input) => ({
    input, v: input, t: 0, r: 1, inbox: [], suggested: [], decision: null, crashed: false, detectBy: 0, suspects: new Set(), output: new Set(),
  }));
  const P = (id: number) => procs[id - 1];
  let tick = 0;
  let nextId = 1;
  let flights: Flight[] = [];

  const mayBeSuspected = (q: number): boolean => {
    switch (cls) {
      case "P": return false;
      case "EP": return tick < gst;
      case "S": case "W": return q !== protectedProcess;
      default: return tick < gst || q !== protectedProcess; // ES, EW
    }
  };

  const deliverProtocol = (to: number, id: number, from: number, payload: Payload) => {
    events.push({ type: "deliver", tick, messageId: id, to });
    const q = P(to);
    q.inbox.push({ from, payload });
    if (payload.kind === "decide" && !q.decision) {
      q.decision = { round: payload.round as number, value: payload.value as number };
      events.push({ type: "decide", tick, process: to, round: payload.round, value: payload.value });
    }
  };

  const send = (from: number, to: number, payload: Payload) => {
    const id = nextId++;
    events.push({ type: "send", tick, messageId: id, from, to, payload });
    if (from === to) return deliverProtocol(to, id, from, payload);
    const d = int(1, delta);
    flights.push({ id, from, to, payload, deliverAt: tick + d, deadline: Math.max(tick, gst) + delta });
  };

  const deliver = (m: Flight) => {
    const q = P(m.to);
    if (q.crashed) return void events.push({ type: "drop", tick, messageId: m.id, to: m.to });
    if (m.payload.kind !== "suspicions") return deliverProtocol(m.to, m.id, m.from, m.payload);
    events.push({ type: "deliver", tick, messageId: m.id, to: m.to });
    for (const x of m.payload.suspects as number[]) {
      if (x === m.to || q.output.has(x)) continue;
      q.output.add(x);
      events.push({ type: "output-suspect", tick, process: m.to, target: x, from: m.from });
    }
    if (q.output.delete(m.from)) events.push({ type: "output-unsuspect", tick, process: m.to, target: m.from, from: m.from });
  };

  const setSuspect = (p: number, q: number, on: boolean) => {
    if (on) P(p).suspects.add(q);
    else P(p).suspects.delete(q);
    events.push({ type: on ? "suspect" : "unsuspect", tick, process: p, target: q });
  };

  const crash = (p: number) => {
    P(p).crashed = true;
    P(p).detectBy = tick + delta;
    events.push({ type: "crash", tick, process: p });
  };

  const toOthers = (from: number, payload: Payload) => {
    for (let q = 1; q <= n; q++) if (q !== from) send(from, q, payload);
  };

  const clock = (): boolean => {
    tick++;
    // 1. Scheduled crashes.
    for (const c of crashes) if (c.tick === tick && !P(c.process).crashed) crash(c.process);
    // 2. Deliveries.
    const due = flights.filter((m) => m.deliverAt <= tick).sort((a, b) => a.deliverAt - b.deliverAt || a.id - b.id);
    flights = flights.filter((m) => m.deliverAt > tick);
    for (const m of due) deliver(m);
    // 3. Detectors.
    for (let p = 1; p <= n; p++) {
      const me = P(p);
      if (me.crashed) continue;
      for (let q = 1; q <= n; q++) {
        if (q === p) continue;
        const other = P(q);
        const strong = ["P", "EP", "S", "ES"].includes(cls);
        if (other.crashed) {
          if (!me.suspects.has(q) && tick >= other.detectBy && (strong || p === protectedProcess)) setSuspect(p, q, true);
        } else if (me.suspects.has(q) && !mayBeSuspected(q)) setSuspect(p, q, false);
      }
      if (noAdversary && tick < gst && !me.decision) {
        for (const q of ascending(me.suspects)) {
          if (P(q).crashed) continue;
          if (rng.float() < 0.4) setSuspect(p, q, false);
        }
        if (rng.float() < (params.mistakeRate as number)) {
          const k = int(1, n);
          if (k !== p && !P(k).crashed && !me.suspects.has(k) && mayBeSuspected(k)) setSuspect(p, k, true);
        }
      }
    }
    // 4. The relay layer.
    if (layer && tick % delta === 0) {
      for (let p = 1; p <= n; p++) {
        const me = P(p);
        if (me.crashed) continue;
        const list = ascending(me.suspects);
        for (const x of list) {
          if (me.output.has(x)) continue;
          me.output.add(x);
          events.push({ type: "output-suspect", tick, process: p, target: x, from: p });
        }
        for (let q = 1; q <= n; q++) if (q !== p) send(p, q, { kind: "suspicions", suspects: list });
      }
    }
    // 5. The end.
    const decided = procs.every((x) => x.crashed || x.decision);
    if (decided || tick >= (params.maxTicks as number)) {
      events.push({ type: "end", tick, outcome: decided ? "decided" : "undecided", inputs: bits, protectedProcess });
      return true;
    }
    return false;
  };

  const move = (input: Json) => {
    const seat = input.seat as string;
    if (seat === "adversary") {
      switch (input.type) {
        case "delay":
        case "rush": {
          const m = flights.find((x) => x.id === input.messageId)!;
          m.deliverAt = input.type === "delay" ? m.deliverAt + 1 : tick + 1;
          events.push({ type: "delay", tick, messageId: m.id, deliverAt: m.deliverAt });
          return;
        }
        case "suspect":
        case "unsuspect":
          return setSuspect(input.process as number, input.target as number, input.type === "suspect");
        case "crash":
          return crash(input.process as number);
      }
      throw new Error(`unknown adversary move ${String(input.type)}`);
    }
    const p = Number(seat.slice(1));
    const me = P(p);
    const r = me.r;
    switch (input.type) {
      case "opinion":
        return send(p, coordinator(r), { kind: "opinion", round: r, value: me.v, ts: me.t });
      case "suggest": {
        const w = input.value as number;
        me.suggested.push({ round: r, value: w });
        events.push({ type: "suggest", tick, process: p, round: r, value: w });
        for (let q = 1; q <= n; q++) send(p, q, { kind: "suggest", round: r, value: w });
        return;
      }
      case "reply": {
        const c = coordinator(r);
        if (input.ack) {
          const s = me.inbox.find((m) => m.payload.kind === "suggest" && m.payload.round === r && m.from === c)!;
          me.v = s.payload.value as number;
          me.t = r;
        }
        send(p, c, { kind: input.ack ? "ack" : "nack", round: r });
        me.r = r + 1;
        return;
      }
      case "decide": {
        const chosen = me.suggested.find(({ round }) => {
          const replies = me.inbox.filter((m) => (m.payload.kind === "ack" || m.payload.kind === "nack") && m.payload.round === round).slice(0, majority);
          return replies.length === majority && replies.every((m) => m.payload.kind === "ack");
        })!;
        me.decision = { round: chosen.round, value: chosen.value };
        events.push({ type: "decide", tick, process: p, round: chosen.round, value: chosen.value });
        return toOthers(p, { kind: "decide", round: chosen.round, value: chosen.value });
      }
      case "relay":
        return toOthers(p, { kind: "decide", round: me.decision!.round, value: me.decision!.value });
    }
    throw new Error(`unknown process move ${String(input.type)}`);
  };

  for (const input of inputs) {
    if (input.type === "tick") {
      if (clock()) break;
    } else move(input);
  }
  return events.map((e, seq) => ({ seq, ...e }));
}
