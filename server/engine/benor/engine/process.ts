/**
 * One Ben-Or process (Ben-Or 1983; DOMAIN.md §6), as a pure function of its local state and the
 * message it receives. Binary inputs, n processes, at most f < n/2 crashes. Round r:
 *
 *  R. send (R, r, x) to all and wait for n − f R-messages of round r; if more than n/2 of them
 *     carry the same v, send (P, r, v), else send (P, r, ?).
 *  P. wait for n − f P-messages of round r; if at least f + 1 carry the same v, decide v; else if
 *     one carries v, set x := v; else set x to a fair coin flip. Then round r + 1.
 *
 * "Wait for n − f" means: the process acts on the first n − f messages of that phase and round, in
 * the order they arrived; later ones of the same phase are kept but change nothing. A message of a
 * later phase or round is kept until the process gets there (so a delivery can complete several
 * phases at once); one of an earlier phase or round changes nothing.
 *
 * A process that decides in round r keeps x = v and takes part in round r + 1 (its R-message and its
 * P-message), so that the others can decide, then halts. Messages to a halted process change nothing.
 *
 * Every message goes through the buffer, a process's message to itself included: the adversary
 * controls every delivery (it is a stronger adversary than one that must hand a process its own
 * message at once; Ben-Or's proof does not need that help).
 */
import type { Bit } from "../../flp/model";

export type Phase = "R" | "P";

/** A message as its receiver sees it. `value` null is the "?" of a P-message. */
export interface Received {
  from: number;
  kind: Phase;
  round: number;
  value: Bit | null;
}

export interface BenOrProcess {
  input: Bit;
  /** The preference x. */
  x: Bit;
  /** The round it is in (1-based) and the phase whose messages it is waiting for. */
  round: number;
  phase: Phase;
  decided: Bit | null;
  decidedRound: number | null;
  /** Done: it decided and took part in one more round. */
  halted: boolean;
  /** Every message delivered to it, in arrival order. */
  received: readonly Received[];
}

/** What a process does after a delivery, in order; `send` is a broadcast to every process. */
export type ProcessAction =
  | { type: "send"; kind: Phase; round: number; value: Bit | null }
  | { type: "decide"; round: number; value: Bit }
  | { type: "adopt"; round: number; value: Bit }
  | { type: "coin"; round: number; value: Bit }
  | { type: "halt"; round: number };

export interface Sizes {
  n: number;
  f: number;
}

export function initialProcess(input: Bit): BenOrProcess {
  return { input, x: input, round: 1, phase: "R", decided: null, decidedRound: null, halted: false, received: [] };
}

/** Its first act, before any delivery: (R, 1, x) to all. */
export function openingSend(p: BenOrProcess): ProcessAction {
  return { type: "send", kind: "R", round: 1, value: p.x };
}

/** The values of the first n − f messages of this phase and round that it has received (fewer while it waits). */
export function phaseValues(p: BenOrProcess, kind: Phase, round: number, quorum: number): (Bit | null)[] {
  const values: (Bit | null)[] = [];
  for (const m of p.received) {
    if (m.kind === kind && m.round === round) {
      values.push(m.value);
      if (values.length === quorum) break;
    }
  }
  return values;
}

/** How many of these values are 0 and how many are 1 ("?" counts for neither). */
function tally(values: readonly (Bit | null)[]): [number, number] {
  const c: [number, number] = [0, 0];
  for (const v of values) if (v !== null) c[v]++;
  return c;
}

/** The P-value a process sends on these R-values: v if more than n/2 carry v, else "?". */
export function proposal(values: readonly (Bit | null)[], n: number): Bit | null {
  const [c0, c1] = tally(values);
  return 2 * c0 > n ? 0 : 2 * c1 > n ? 1 : null;
}

/** What these P-values make a process do: decide v (f + 1 carry v), adopt v (one does), or flip a coin. */
export function verdict(values: readonly (Bit | null)[], f: number): { type: "decide" | "adopt"; value: Bit } | { type: "coin" } {
  const c = tally(values);
  for (const v of [0, 1] as const) if (c[v] >= f + 1) return { type: "decide", value: v };
  for (const v of [0, 1] as const) if (c[v] >= 1) return { type: "adopt", value: v };
  return { type: "coin" };
}

/**
 * The process receiving `message`: its new state and what it did. `coin` is called only when the
 * process needs a coin, at that moment (the caller draws it from the game's PRNG then).
 */
export function receive(p: BenOrProcess, message: Received, sizes: Sizes, coin: () => Bit): { process: BenOrProcess; actions: ProcessAction[] } {
  if (p.halted) return { process: p, actions: [] };
  const next: BenOrProcess = { ...p, received: [...p.received, message] };
  const actions: ProcessAction[] = [];
  // Only a message of the phase it waits for can let it act; then later phases may follow at once.
  if (message.kind !== p.phase || message.round !== p.round) return { process: next, actions };
  const quorum = sizes.n - sizes.f;
  for (;;) {
    const values = phaseValues(next, next.phase, next.round, quorum);
    if (values.length < quorum) break;
    if (next.phase === "R") {
      actions.push({ type: "send", kind: "P", round: next.round, value: proposal(values, sizes.n) });
      next.phase = "P";
      if (next.decidedRound !== null && next.round === next.decidedRound + 1) {
        next.halted = true;
        actions.push({ type: "halt", round: next.round });
        break;
      }
    } else {
      const v = verdict(values, sizes.f);
      if (v.type === "decide") {
        next.decided = v.value;
        next.decidedRound = next.round;
        next.x = v.value;
        actions.push({ type: "decide", round: next.round, value: v.value });
      } else if (v.type === "adopt") {
        next.x = v.value;
        actions.push({ type: "adopt", round: next.round, value: v.value });
      } else {
        next.x = coin();
        actions.push({ type: "coin", round: next.round, value: next.x });
      }
      next.round++;
      next.phase = "R";
      actions.push({ type: "send", kind: "R", round: next.round, value: next.x });
    }
  }
  return { process: next, actions };
}

/**
 * What delivering `message` would make the process do first, without drawing a coin: what an
 * adversary can foresee (it sees every local state and message, but not the coins).
 * "wait" when the message completes no phase, "ignored" when it changes nothing.
 */
export type Foresight = "ignored" | "wait" | "propose?" | "propose" | "adopt" | "coin" | "decide";

export function foresee(p: BenOrProcess, message: Received, sizes: Sizes): Foresight {
  if (p.halted) return "ignored";
  if (message.kind !== p.phase || message.round !== p.round) {
    return message.round < p.round || (message.round === p.round && message.kind === "R") ? "ignored" : "wait";
  }
  const quorum = sizes.n - sizes.f;
  const values = phaseValues(p, p.phase, p.round, quorum);
  if (values.length >= quorum) return "ignored";
  if (values.length + 1 < quorum) return "wait";
  values.push(message.value);
  if (p.phase === "R") return proposal(values, sizes.n) === null ? "propose?" : "propose";
  return verdict(values, sizes.f).type;
}
