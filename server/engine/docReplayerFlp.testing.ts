/**
 * A replayer for FLP games written from docs/trace-format.md ("Events (FLP)", "When FLP draws")
 * alone: the protocols, the valency search, the fairness rule, message ids and the end. It imports
 * nothing from the engine but the doc-written generator: if it reproduces the engine's events,
 * the docs are enough for an outsider to check an FLP game. (Watched games are not replayed: their
 * steps come from the server's bot, and a checker verifies them instead.)
 */
import { DocGenerator } from "./docReplayer.testing";

type Json = Record<string, unknown>;
type Bit = 0 | 1;
type Local = Json & { input: Bit; started: boolean; decided: Bit | null };
interface Msg {
  from: number;
  to: number;
  body: { kind: string; value: Bit };
}
interface Config {
  locals: Local[];
  buffer: Msg[];
}

const keyOf = (m: Msg) => JSON.stringify([m.from, m.to, m.body]);
const configKey = (c: Config) => JSON.stringify(c);

function init(protocol: string, pid: number, n: number, input: Bit): Local {
  if (protocol === "majority-lock") return { input, started: false, decided: null, lock: null, locks: [0, 0] };
  return { input, started: false, decided: null, heard: Array.from({ length: n }, (_, q) => (q === pid ? input : null)) };
}

/** A process's step, as the docs state each protocol. */
function stepOf(protocol: string, pid: number, n: number, local: Local, m: Msg | null): { local: Local; sends: Msg[] } {
  const sends: Msg[] = [];
  const others = Array.from({ length: n }, (_, q) => q).filter((q) => q !== pid);
  if (protocol === "majority-lock") {
    const next = { ...local, locks: [...(local.locks as number[])] } as Local & { lock: Bit | null; locks: number[] };
    if (!next.started) {
      next.started = true;
      for (const q of others) sends.push({ from: pid, to: q, body: { kind: "input", value: local.input } });
    }
    if (m?.body.kind === "input" && next.lock === null) {
      next.lock = m.body.value;
      next.locks[next.lock] += 1;
      for (const q of others) sends.push({ from: pid, to: q, body: { kind: "lock", value: next.lock } });
    } else if (m?.body.kind === "lock") next.locks[m.body.value] += 1;
    if (next.decided === null) {
      if (next.locks[0] >= 2) next.decided = 0;
      else if (next.locks[1] >= 2) next.decided = 1;
    }
    return { local: next, sends };
  }
  const next = { ...local, heard: [...(local.heard as (Bit | null)[])] } as Local & { heard: (Bit | null)[] };
  if (!next.started) {
    next.started = true;
    for (const q of others) sends.push({ from: pid, to: q, body: { kind: "input", value: local.input } });
  }
  if (m) next.heard[m.from] = m.body.value;
  const known = next.heard.filter((v): v is Bit => v !== null);
  const need = protocol === "wait-all" ? n : n - 1;
  if (next.decided === null && known.length >= need) next.decided = known.filter((v) => v === 1).length * 2 > known.length ? 1 : 0;
  return { local: next, sends };
}

function apply(protocol: string, c: Config, pid: number, key: string | null): Config {
  let buffer = c.buffer;
  let m: Msg | null = null;
  if (key !== null) {
    const at = buffer.findIndex((x) => keyOf(x) === key);
    m = buffer[at];
    buffer = [...buffer.slice(0, at), ...buffer.slice(at + 1)];
  }
  const r = stepOf(protocol, pid, c.locals.length, c.locals[pid], m);
  const locals = c.locals.slice();
  locals[pid] = r.local;
  const all = [...buffer, ...r.sends].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return { locals, buffer: all };
}

function steps(c: Config): { pid: number; key: string | null }[] {
  const out: { pid: number; key: string | null }[] = [];
  c.locals.forEach((_, pid) => {
    out.push({ pid, key: null });
    for (const m of c.buffer) if (m.to === pid) out.push({ pid, key: keyOf(m) });
  });
  return out;
}

/** Decisions reachable from c: a step either takes a message or starts a process, or changes nothing, so the graph has no cycle but self-loops. */
function reachable(protocol: string, c: Config, memo: Map<string, number>): number {
  const key = configKey(c);
  const known = memo.get(key);
  if (known !== undefined) return known;
  let mask = 0;
  for (const l of c.locals) if (l.decided !== null) mask |= 1 << l.decided;
  for (const s of steps(c)) {
    const next = apply(protocol, c, s.pid, s.key);
    if (configKey(next) !== key) mask |= reachable(protocol, next, memo);
  }
  memo.set(key, mask);
  return mask;
}

/** What each protocol's configurations reach, kept across games (a pure function of the configuration). */
const MEMOS = new Map<string, Map<string, number>>();

const valencyOf = (mask: number) => (mask === 3 ? "bivalent" : mask === 2 ? "1" : mask === 1 ? "0" : "none");

function drawInt(rng: DocGenerator, a: number, b: number): number {
  return a + Math.floor(rng.float() * (b - a + 1));
}

/** The events of an FLP game from its params, seed and inputs, with `seq`. */
export function replayFlpFromDocs(params: Json, seed: number, inputs: readonly Json[]): Json[] {
  const protocol = params.protocol as string;
  const n = params.n as number;
  const memo = MEMOS.get(protocol) ?? new Map<string, number>();
  MEMOS.set(protocol, memo);
  const valency = (c: Config) => valencyOf(reachable(protocol, c, memo));
  const initial = (bits: Bit[]): Config => ({ locals: bits.map((b, pid) => init(protocol, pid, n, b)), buffer: [] });
  const all: Bit[][] = Array.from({ length: 1 << n }, (_, x) => Array.from({ length: n }, (_, i) => ((x >> (n - 1 - i)) & 1) as Bit));

  const puzzle = params.mode === "puzzle";
  let startBits: Bit[];
  let order: number[] = [];
  if (puzzle) {
    const rng = new DocGenerator(seed);
    order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = drawInt(rng, 0, i);
      [order[i], order[j]] = [order[j], order[i]];
    }
    startBits = Array.from({ length: n }, () => 0 as Bit);
  } else if (params.inputs) startBits = params.inputs as Bit[];
  else {
    const bivalent = all.filter((bits) => valency(initial(bits)) === "bivalent");
    const pool = bivalent.length ? bivalent : all;
    startBits = pool[drawInt(new DocGenerator(seed), 0, pool.length - 1)];
  }

  let config = initial(startBits);
  const startValency = valency(config);
  let tick = 0;
  let count = 0;
  let crashed: number | null = null;
  const lastStep = Array.from({ length: n }, () => 0);
  const sentAt = new Map<string, number>();
  const ids = new Map<string, number>();
  let nextId = 1;
  const decided = new Set<number>();
  let open = startValency === "bivalent";
  let hintedAt = -1;
  let over = false;
  const events: Json[] = [{ type: "start", tick: 0 }];
  const end = (outcome: string) => {
    events.push({ type: "end", tick, outcome, inputs: startBits, startValency });
    over = true;
  };

  /** The fairness rule: the oldest obligation, if it is overdue. */
  const overdue = (): { pid: number; key: string | null } | null => {
    const obligations: { since: number; kind: number; pid: number; key: string | null }[] = [];
    lastStep.forEach((since, pid) => pid !== crashed && obligations.push({ since, kind: 0, pid, key: null }));
    for (const m of config.buffer) if (m.to !== crashed) obligations.push({ since: sentAt.get(keyOf(m))!, kind: 1, pid: m.to, key: keyOf(m) });
    obligations.sort((a, b) => a.since - b.since || a.kind - b.kind || a.pid - b.pid || ((a.key ?? "") < (b.key ?? "") ? -1 : (a.key ?? "") > (b.key ?? "") ? 1 : 0));
    const o = obligations[0];
    return o && count - o.since >= (params.bound as number) ? o : null;
  };

  for (const input of inputs) {
    if (over) break;
    if (input.type === "tick") {
      tick += 1;
      if (tick >= (params.maxTicks as number)) end(puzzle ? "missed" : "time-up");
      continue;
    }
    if (input.type === "predict") {
      const answers = Array.from({ length: n + 1 }, (_, k) => {
        const bits = Array.from({ length: n }, () => 0 as Bit);
        for (const pid of order.slice(0, k)) bits[pid] = 1;
        return valency(initial(bits));
      });
      const valencies = input.valencies as string[];
      events.push({ type: "predict", tick, valencies, answers });
      end(valencies.every((v, k) => v === answers[k]) ? "solved" : "missed");
      continue;
    }
    if (input.type === "hint") {
      if (hintedAt === count) throw new Error("a second hint for one configuration would have been refused");
      hintedAt = count;
      events.push({ type: "hint", tick, step: count });
      continue;
    }
    if (input.type === "crash") {
      crashed = (input.process as number) - 1;
      hintedAt = -1;
      events.push({ type: "crash", tick, step: count, process: input.process });
      continue;
    }
    // A step: λ for a process, or the delivery of a message by its id.
    let pid: number;
    let key: string | null = null;
    let messageId: number | null = null;
    if (input.type === "step") pid = (input.process as number) - 1;
    else {
      messageId = input.messageId as number;
      key = [...ids].find(([, id]) => id === messageId)![0];
      pid = config.buffer.find((m) => keyOf(m) === key)!.to;
    }
    const due = overdue();
    if (due && !(due.pid === pid && (due.key === null || due.key === key))) throw new Error(`step ${count + 1} breaks the fairness rule`);
    config = apply(protocol, config, pid, key);
    count += 1;
    hintedAt = -1;
    lastStep[pid] = count;
    if (key !== null) sentAt.delete(key);
    const v = valency(config);
    events.push({ type: "step", tick, step: count, process: pid + 1, messageId, valency: v, configuration: config });
    for (const m of config.buffer) {
      const k = keyOf(m);
      if (sentAt.has(k)) continue;
      sentAt.set(k, count);
      ids.set(k, nextId);
      const body = m.body;
      events.push({ type: "send", tick, step: count, messageId: nextId++, from: m.from + 1, to: m.to + 1, label: `${body.kind} ${body.value}` });
    }
    const values = new Set<number>();
    config.locals.forEach((l, p) => {
      if (l.decided === null) return;
      values.add(l.decided);
      if (!decided.has(p)) {
        decided.add(p);
        events.push({ type: "decide", tick, step: count, process: p + 1, value: l.decided });
      }
    });
    open = open && v === "bivalent";
    if (values.size > 1) end("disagreement");
    else if (!open) end("forced");
    else if (count >= (params.target as number)) end("kept-open");
  }
  return events.map((e, seq) => ({ seq, ...e }));
}
