/**
 * The two engines (engine/kSet.ts, engine/epsilon.ts) behind one face for the scenario: create
 * from the params and seed, the fairness obligations, a move, the end, the checker.
 */
import { nextInt, seedRng } from "../prng";
import type { WaysResult } from "../flp/waysResult";
import { allLiveDecidedEpsilon, applyEpsilon, checkEpsilon, createEpsilon, deliverableEpsilon, type EpsilonEvent } from "./engine/epsilon";
import { applyKSet, checkKSet, createKSet, kSetQuiet, type KSetEvent } from "./engine/kSet";
import type { WeakerParams } from "./params";
import { defaultBound } from "./terms";
import type { LoggedMessage, WeakerGame } from "./types";

export type GameMove = { type: "deliver"; id: number } | { type: "crash"; pid: number } | { type: "step"; pid: number };

export const fairnessBound = (params: Pick<WeakerParams, "bound" | "n">) => params.bound ?? defaultBound(params.n);

/**
 * k-set inputs drawn from the seed: distinct values from 1..9, p1's first: each an index j in
 * [0, pool − 1] into the values not yet taken, ascending.
 */
export function drawKSetInputs(n: number, seed: number): number[] {
  let rng = seedRng(seed >>> 0);
  const pool = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const inputs: number[] = [];
  for (let i = 0; i < n; i++) {
    const [j, next] = nextInt(rng, 0, pool.length - 1);
    rng = next;
    inputs.push(pool.splice(j, 1)[0]);
  }
  return inputs;
}

export function createGame(params: WeakerParams, seed: number): WeakerGame {
  if (params.problem === "kset") return { problem: "kset", s: createKSet({ n: params.n, k: params.k, f: params.f, inputs: params.inputs ?? drawKSetInputs(params.n, seed) }) };
  return { problem: "epsilon", s: createEpsilon({ n: params.n, f: params.f, epsilon: params.epsilon, lo: params.lo, hi: params.hi, inputs: params.inputs }, seed >>> 0) };
}

export const stepsOf = (g: WeakerGame) => g.s.steps;
export const crashedOf = (g: WeakerGame) => g.s.crashed;
export const inputsOf = (g: WeakerGame) => g.s.processes.map((p) => p.input);

/** An obligation of fairness: a chosen process's step (waiting since step 0) or a message to a live process. */
export type Obligation = { kind: "step"; pid: number; since: number } | { kind: "deliver"; id: number; pid: number; since: number };

/**
 * Every obligation, oldest first: a live chosen process that has not sent (since step 0, by
 * process), then every message in flight to a live process (by id, so by the step it was sent).
 */
export function obligations(g: WeakerGame, messages: readonly LoggedMessage[]): Obligation[] {
  const out: Obligation[] = [];
  if (g.problem === "kset") {
    g.s.processes.forEach((p, pid) => {
      if (p.chosen && !p.sent && !g.s.crashed.includes(pid)) out.push({ kind: "step", pid, since: 0 });
    });
    const sentAt = new Map(messages.map((m) => [m.id, m.sentAt]));
    for (const m of g.s.buffer) if (!g.s.crashed.includes(m.to)) out.push({ kind: "deliver", id: m.id, pid: m.to, since: sentAt.get(m.id) ?? 0 });
  } else {
    for (const m of deliverableEpsilon(g.s)) out.push({ kind: "deliver", id: m.id, pid: m.to, since: m.sentAt });
  }
  return out;
}

/** The obligation the next move must serve (or crash its process), if the oldest has waited `bound` steps. */
export function dueObligation(g: WeakerGame, messages: readonly LoggedMessage[], bound: number): Obligation | null {
  const oldest = obligations(g, messages)[0];
  return oldest && stepsOf(g) - oldest.since >= bound ? oldest : null;
}

export const serves = (o: Obligation, m: GameMove) =>
  (m.type === "crash" && m.pid === o.pid) || (o.kind === "step" ? m.type === "step" && m.pid === o.pid : m.type === "deliver" && m.id === o.id);

export const moveFor = (o: Obligation): GameMove => (o.kind === "step" ? { type: "step", pid: o.pid } : { type: "deliver", id: o.id });

export type EngineEvent = KSetEvent | EpsilonEvent;

export function applyGame(g: WeakerGame, m: GameMove): WaysResult<WeakerGame, EngineEvent> {
  if (g.problem === "kset") {
    const r = applyKSet(g.s, m.type === "deliver" ? m : { type: m.type, pid: m.pid });
    return r.ok ? { ok: true, state: { problem: "kset", s: r.state }, events: r.events } : r;
  }
  if (m.type === "step") return { ok: false, error: { code: "NOT_ALLOWED", message: "ε-agreement has no steps to take: a process sends as soon as its round begins" } };
  const r = applyEpsilon(g.s, m);
  return r.ok ? { ok: true, state: { problem: "epsilon", s: r.state }, events: r.events } : r;
}

export const allLiveDecided = (g: WeakerGame) => (g.problem === "kset" ? g.s.processes.every((p, pid) => p.decided !== null || g.s.crashed.includes(pid)) : allLiveDecidedEpsilon(g.s));

/** No step or delivery is left (k-set once every chosen process crashed unsent, or every message is in). */
export const quiet = (g: WeakerGame) => (g.problem === "kset" ? kSetQuiet(g.s) : deliverableEpsilon(g.s).length === 0);

/** The checker's verdict as a game's summary stores it (processes 1-based). */
export type WeakerChecks =
  | {
      problem: "kset";
      /** At most k distinct decided values (crashed processes' included). */
      agreement: { ok: boolean; values: number[] };
      validity: { ok: boolean; invalid: number[] };
      termination: { ok: boolean; undecided: number[] };
    }
  | {
      problem: "epsilon";
      /** Decisions within ε of each other: `spread` is the largest minus the smallest. */
      agreement: { ok: boolean; spread: number };
      /** Every decision within [min input, max input]. */
      validity: { ok: boolean; outside: number[] };
      termination: { ok: boolean; undecided: number[] };
    };

export function checksOf(g: WeakerGame): WeakerChecks {
  if (g.problem === "kset") {
    const v = checkKSet(g.s);
    return { problem: "kset", agreement: v.kAgreement, validity: v.validity, termination: { ok: v.termination.ok, undecided: v.termination.undecided.map((p) => p + 1) } };
  }
  const v = checkEpsilon(g.s);
  return { problem: "epsilon", agreement: v.closeness, validity: v.validity, termination: { ok: v.termination.ok, undecided: v.termination.undecided.map((p) => p + 1) } };
}

/** Distinct decided values so far (k-set's figure). */
export const distinctDecisions = (g: WeakerGame) => new Set(g.s.processes.flatMap((p) => (p.decided === null ? [] : [p.decided]))).size;

/** The spread (largest − smallest) of the decisions so far, 0 with fewer than two. */
export function decisionSpread(g: WeakerGame): number {
  const d = g.s.processes.flatMap((p) => (p.decided === null ? [] : [p.decided]));
  return d.length ? Math.max(...d) - Math.min(...d) : 0;
}
