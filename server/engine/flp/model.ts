/**
 * The FLP model (Fischer, Lynch and Paterson, 1985; DOMAIN.md §6), as plain data.
 *
 * Processes p1..pn and a message buffer. A step (p, m) takes a message m addressed to p out of the
 * buffer, or the null message λ, which is always applicable; p then changes its local state and
 * adds messages to the buffer. A configuration is every local state plus the buffer. The protocol
 * is deterministic: a configuration and a step fix the next configuration.
 *
 * A crash is not a step: a crashed process simply takes no more steps, so what is reachable from
 * a configuration (its valency) does not depend on who has crashed.
 */

export type Bit = 0 | 1;

/** A message in the buffer: from and to are process indices (0-based; p1 is 0). */
export interface Message<Body> {
  from: number;
  to: number;
  body: Body;
}

/** What a process does in one step: its new local state (which says whether it has decided) and what it sends. */
export interface StepResult<Local, Body> {
  local: Local;
  sends: { to: number; body: Body }[];
}

/**
 * A deterministic protocol for binary consensus. Local states and bodies are plain JSON data, so
 * that a configuration has one canonical key (the oracle memoises by it).
 */
export interface Protocol<Local, Body> {
  id: string;
  title: string;
  /** Two sentences for the screen: what it does, and what it gives up. */
  summary: string;
  /** What its author claims; the tests check every claim by exhaustive search. */
  claims: { safe: boolean; toleratesOneCrash: boolean };
  init(pid: number, n: number, input: Bit): Local;
  /** The step of process `pid` receiving `message`, or λ when `message` is null. */
  step(pid: number, n: number, local: Local, message: { from: number; body: Body } | null): StepResult<Local, Body>;
  /** The value this process has decided, if it has (a decision is final). */
  decision(local: Local): Bit | null;
  /** A message body in a few words for the screen, e.g. "input 1". */
  label(body: Body): string;
  /** A local state as named facts for the screen, e.g. [["lock", "0"], ["locks", "1 : 0"]]. */
  facts(local: Local): [string, string][];
}

export interface Configuration<Local, Body> {
  locals: Local[];
  /** The buffer, kept in canonical order (by key), so equal buffers are equal arrays. */
  buffer: Message<Body>[];
}

/** A step: process p takes the buffer's message at `index`, or λ when `index` is null. */
export interface Step {
  pid: number;
  /** The message's key (messageKey), or null for λ. */
  message: string | null;
}

/** Keys already built: a message is plain immutable data, shared by every configuration that holds it. */
const MESSAGE_KEYS = new WeakMap<object, string>();

export function messageKey<Body>(m: Message<Body>): string {
  let key = MESSAGE_KEYS.get(m);
  if (key === undefined) {
    key = JSON.stringify([m.from, m.to, m.body]);
    MESSAGE_KEYS.set(m, key);
  }
  return key;
}

/** One string per configuration: equal configurations, equal keys. */
export function configurationKey<Local, Body>(c: Configuration<Local, Body>): string {
  return JSON.stringify([c.locals, c.buffer.map(messageKey)]);
}

function sortBuffer<Body>(buffer: Message<Body>[]): Message<Body>[] {
  return buffer
    .map((m) => [messageKey(m), m] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, m]) => m);
}

/** I with these inputs: nobody has taken a step, the buffer is empty. */
export function initialConfiguration<Local, Body>(protocol: Protocol<Local, Body>, inputs: readonly Bit[]): Configuration<Local, Body> {
  return { locals: inputs.map((b, pid) => protocol.init(pid, inputs.length, b)), buffer: [] };
}

/**
 * I_k of Lemma 1: the first k processes start with 1, the others with 0. With `order` (a
 * permutation of the processes), "first" is in that order: any chain of neighbours from all-0 to
 * all-1 carries the lemma's argument.
 */
export function lemmaOneInputs(n: number, k: number, order: readonly number[] = Array.from({ length: n }, (_, i) => i)): Bit[] {
  const inputs: Bit[] = Array.from({ length: n }, () => 0);
  for (const pid of order.slice(0, k)) inputs[pid] = 1;
  return inputs;
}

/**
 * Every step applicable to C: for each process, λ and each distinct message addressed to it.
 * (Two equal messages in the buffer are one choice: taking either leads to the same configuration.)
 */
export function applicableSteps<Local, Body>(c: Configuration<Local, Body>, pids: readonly number[] = c.locals.map((_, i) => i)): Step[] {
  const steps: Step[] = [];
  for (const pid of pids) {
    steps.push({ pid, message: null });
    const seen = new Set<string>();
    for (const m of c.buffer) {
      if (m.to !== pid) continue;
      const key = messageKey(m);
      if (seen.has(key)) continue;
      seen.add(key);
      steps.push({ pid, message: key });
    }
  }
  return steps;
}

/** e(C): the configuration step e leads to. Throws if e is not applicable to C. */
export function applyStep<Local, Body>(protocol: Protocol<Local, Body>, c: Configuration<Local, Body>, e: Step): Configuration<Local, Body> {
  const n = c.locals.length;
  if (!Number.isInteger(e.pid) || e.pid < 0 || e.pid >= n) throw new Error(`No process ${e.pid}`);
  let buffer = c.buffer;
  let received: { from: number; body: Body } | null = null;
  if (e.message !== null) {
    const at = c.buffer.findIndex((m) => m.to === e.pid && messageKey(m) === e.message);
    if (at < 0) throw new Error(`No such message for p${e.pid + 1} in the buffer`);
    received = { from: c.buffer[at].from, body: c.buffer[at].body };
    buffer = [...c.buffer.slice(0, at), ...c.buffer.slice(at + 1)];
  }
  const result = protocol.step(e.pid, n, c.locals[e.pid], received);
  const locals = c.locals.slice();
  locals[e.pid] = result.local;
  const sent = result.sends.map((s) => ({ from: e.pid, to: s.to, body: s.body }));
  return { locals, buffer: sent.length > 0 ? sortBuffer([...buffer, ...sent]) : buffer };
}

/** The values decided in C, as a bit mask (bit v set when some process has decided v). */
export function decidedMask<Local, Body>(protocol: Protocol<Local, Body>, c: Configuration<Local, Body>): number {
  let mask = 0;
  for (const local of c.locals) {
    const d = protocol.decision(local);
    if (d !== null) mask |= 1 << d;
  }
  return mask;
}
