/**
 * The Falcon game: create(params, seed) and reduce(state, action). Pure and deterministic.
 *
 * A move is made at the state's time, tick·TICK_MS. The tick action then moves time on by one
 * tick, handling what happens at the time it leaves, T, in this order:
 *  1. temporary faults whose end is ≤ T heal (a slow app sends the heartbeat it held back);
 *  2. timeline faults at T strike (seeded mode; in chaos mode its moves at T came before);
 *  3. the heartbeat of slot T/heartbeatMs, if T is one: composed if the app is alive and not
 *     paused (held back if paused), lost if the switch is partitioned or fenced;
 *  4. heartbeats arriving by T + TICK_MS reach the monitor, in arrival order;
 *  5. spy answers due by T + TICK_MS, in due order (then request order), from the truth now;
 *  6. time is T + TICK_MS: the e2e timeout fires if nothing arrived for timeoutMs ("suspect");
 *     downtime counts the tick if the instance was not alive; the game ends at lengthMs.
 * The operator's declaration fails the service over at once to a fresh instance (all faults
 * cleared, heartbeats in flight from the old one dropped, the next heartbeat at the next slot).
 */
import { seedRng } from "../prng";
import { SPY_COST, heartbeatDelay, spyLatency } from "./delays";
import { classActive, drawTimeline, timelineRng } from "./faults";
import { alive, composing, depth, failedLayer, freshTruth, hostReachable } from "./model";
import { durationRange, type FalconParams } from "./params";
import { refuse, type ReduceResult } from "../result";
import { outcomeOf } from "./scoring";
import { killResult, spyAnswer } from "./spies";
import {
  CHAOS_SEAT,
  OPERATOR_SEAT,
  TICK_MS,
  VIEW_RECENT,
  isPermanent,
  type FalconAction,
  type FalconEvent,
  type FalconState,
  type Fault,
  type Layer,
  type Request,
} from "./types";

export type Result = ReduceResult<FalconState, FalconEvent>;

/** The network's seed for a game seed (heartbeat delays: delays.ts). */
export const netSeedOf = (seed: number) => (seed ^ 0x5bd1e995) >>> 0;
/** The game's seed, back from its network's (the side-by-side replays the game's network: compare.ts). */
export const gameSeedOf = (state: Pick<FalconState, "netSeed">) => (state.netSeed ^ 0x5bd1e995) >>> 0;
/** The spies' generator for a game seed. */
export const spyRngOf = (seed: number) => seedRng((seed ^ 0x165667b1) >>> 0);

export interface CreateOptions {
  /** Play this fault timeline instead of drawing one (compare.ts; ignored when chaos plays). */
  timeline?: readonly Fault[];
}

export function createFalconGame(params: FalconParams, seed: number, options: CreateOptions = {}): FalconState {
  const timeline = params.chaosPlays ? [] : options.timeline ? [...options.timeline] : drawTimeline(params.chaosBot, params, timelineRng((params.faultSeed ?? seed) >>> 0));
  return {
    params,
    tick: 0,
    phase: "playing",
    outcome: null,
    timeline,
    nextFault: 0,
    truth: freshTruth(1, 0),
    inFlight: [],
    seq: 0,
    deferred: null,
    netSeed: netSeedOf(seed >>> 0),
    spyRng: spyRngOf(seed >>> 0),
    operator: { timeoutMs: params.timeoutMs, requests: [], nextRequest: 1, heartbeats: [], heartbeatsReceived: 0, answers: [], answersReceived: 0, declarations: [], suspecting: false, lastArrivalMs: null },
    chaos: { budgetLeft: params.chaosPlays ? params.budget : 0, injected: [] },
    failovers: [],
    ledger: { faults: [], declarations: [], kills: [], spyCost: 0, timeoutSuspicions: 0, downtimeMs: 0 },
  };
}

const nowOf = (s: FalconState) => s.tick * TICK_MS;

/** A shallow copy, field by field (a literal of one shape: several times faster than a spread on the hot path). */
function copy(s: FalconState): FalconState {
  return {
    params: s.params,
    tick: s.tick,
    phase: s.phase,
    outcome: s.outcome,
    timeline: s.timeline,
    nextFault: s.nextFault,
    truth: s.truth,
    inFlight: s.inFlight,
    seq: s.seq,
    deferred: s.deferred,
    netSeed: s.netSeed,
    spyRng: s.spyRng,
    operator: s.operator,
    chaos: s.chaos,
    failovers: s.failovers,
    ledger: s.ledger,
  };
}
const bounded = <T>(items: T[]): T[] => (items.length > VIEW_RECENT ? items.slice(-VIEW_RECENT) : items);

/** Sends a heartbeat composed at `sentAtMs` for `slot`, at `atMs`: into the network, or lost at the switch. */
function send(s: FalconState, seq: number, sentAtMs: number, slot: number, atMs: number, events: FalconEvent[]): void {
  const incarnation = s.truth.incarnation;
  if (!hostReachable(s.truth)) {
    events.push({ type: "heartbeat", tick: s.tick, atMs, incarnation, seq, arriveAtMs: null });
    return;
  }
  const arriveAtMs = atMs + heartbeatDelay(s.netSeed, slot, s.params.netMedianMs, s.params.netSigma);
  events.push({ type: "heartbeat", tick: s.tick, atMs, incarnation, seq, arriveAtMs });
  const hb = { incarnation, seq, sentAtMs, arriveAtMs };
  let i = s.inFlight.length;
  while (i > 0 && s.inFlight[i - 1].arriveAtMs > arriveAtMs) i--;
  s.inFlight = [...s.inFlight.slice(0, i), hb, ...s.inFlight.slice(i)];
}

/** Heals the temporary fault in force if it has ended by `t`. Mutates the (already copied) state. */
function heal(s: FalconState, t: number, events: FalconEvent[]): void {
  const temp = s.truth.temporary;
  if (!temp || temp.untilMs > t) return;
  s.truth = { ...s.truth, temporary: null };
  events.push({ type: "heal", tick: s.tick, atMs: temp.untilMs, kind: temp.kind, fault: temp.fault });
  if (temp.kind === "slow" && s.deferred) {
    const d = s.deferred;
    s.deferred = null;
    if (composing(s.truth)) send(s, d.seq, d.sentAtMs, d.slot, temp.untilMs, events);
  }
}

/** Applies a fault at `t` (the class rule: one permanent and one temporary at a time per instance). */
function strike(s: FalconState, fault: Fault, by: "timeline" | "chaos", t: number, events: FalconEvent[]): void {
  heal(s, t, events);
  const incarnation = s.truth.incarnation;
  const effect = classActive(s.chaos.injected, incarnation, t, fault.kind) ? "fizzled" : "injected";
  const index = s.ledger.faults.length;
  const durationMs = fault.durationMs ?? null;
  s.ledger = { ...s.ledger, faults: [...s.ledger.faults, { atMs: t, kind: fault.kind, durationMs, by, effect, incarnation, detectedAtMs: null }] };
  s.chaos = { ...s.chaos, injected: [...s.chaos.injected, { atMs: t, kind: fault.kind, durationMs, effect, incarnation }] };
  events.push({ type: "fault", tick: s.tick, atMs: t, kind: fault.kind, durationMs, by, effect, fault: index });
  if (effect === "fizzled") return;
  if (isPermanent(fault.kind)) {
    s.truth = { ...s.truth, failure: { kind: fault.kind, atMs: t, fault: index } };
    s.deferred = null;
  } else {
    s.truth = { ...s.truth, temporary: { kind: fault.kind as "slow" | "partition", atMs: t, untilMs: t + (fault.durationMs ?? 0), fault: index } };
  }
}

function finish(s: FalconState, events: FalconEvent[]): Result {
  const outcome = outcomeOf(s);
  events.push({ type: "end", tick: s.tick, atMs: nowOf(s), outcome });
  return { ok: true, state: { ...s, phase: "finished", outcome }, events };
}

function tick(state: FalconState): Result {
  const t = nowOf(state);
  const next = t + TICK_MS;
  // Every event of a tick carries the tick it leads to (the tick at which it can be seen).
  const s = copy(state);
  s.tick = state.tick + 1;
  const events: FalconEvent[] = [];
  // 1, 2: heals, then the timeline's faults at t.
  heal(s, t, events);
  while (s.nextFault < s.timeline.length && s.timeline[s.nextFault].atMs <= t) {
    strike(s, s.timeline[s.nextFault], "timeline", t, events);
    s.nextFault++;
  }
  // 3: the heartbeat slot at t.
  const hbMs = s.params.heartbeatMs;
  if (t > 0 && t % hbMs === 0) {
    const slot = t / hbMs;
    if (composing(s.truth)) {
      s.seq++;
      send(s, s.seq, t, slot, t, events);
    } else if (alive(s.truth) && !s.deferred) {
      s.seq++;
      s.deferred = { seq: s.seq, sentAtMs: t, slot };
    }
  }
  const alivedDuring = alive(s.truth);
  // 4: arrivals.
  let op = s.operator;
  if (s.inFlight.length > 0 && s.inFlight[0].arriveAtMs <= next) {
    const heartbeats = op.heartbeats.slice();
    let lastArrivalMs = op.lastArrivalMs;
    let suspecting = op.suspecting;
    let k = 0;
    for (; k < s.inFlight.length && s.inFlight[k].arriveAtMs <= next; k++) {
      const hb = s.inFlight[k];
      heartbeats.push({ incarnation: hb.incarnation, seq: hb.seq, sentAtMs: hb.sentAtMs, arrivedAtMs: hb.arriveAtMs });
      events.push({ type: "arrive", tick: s.tick, atMs: hb.arriveAtMs, incarnation: hb.incarnation, seq: hb.seq, sentAtMs: hb.sentAtMs });
      lastArrivalMs = hb.arriveAtMs;
      if (suspecting) {
        suspecting = false;
        events.push({ type: "trust", tick: s.tick, atMs: hb.arriveAtMs });
      }
    }
    s.inFlight = s.inFlight.slice(k);
    op = { ...op, heartbeats: bounded(heartbeats), heartbeatsReceived: op.heartbeatsReceived + k, lastArrivalMs, suspecting };
  }
  // 5: answers.
  if (op.requests.length > 0 && op.requests.some((r) => r.answerAtMs <= next)) {
    const due = op.requests.filter((r) => r.answerAtMs <= next).sort((a, b) => a.answerAtMs - b.answerAtMs || a.id - b.id);
    const answers = op.answers.slice();
    for (const r of due) {
      const answer = r.kind === "kill" ? r.killResult! : spyAnswer(s.truth, r.layer);
      answers.push({ id: r.id, layer: r.layer, kind: r.kind, answer, askedAtMs: r.askedAtMs, answeredAtMs: r.answerAtMs });
      events.push({ type: "answer", tick: s.tick, atMs: r.answerAtMs, request: r.id, layer: r.layer, kind: r.kind, answer });
    }
    op = { ...op, answers: bounded(answers), answersReceived: op.answersReceived + due.length, requests: op.requests.filter((r) => r.answerAtMs > next) };
  }
  // 6: time moves on.
  const heardAt = op.lastArrivalMs ?? s.truth.startedAtMs;
  if (!op.suspecting && next - heardAt >= op.timeoutMs) {
    op = { ...op, suspecting: true };
    events.push({ type: "suspect", tick: s.tick, atMs: next });
    if (alive(s.truth)) s.ledger = { ...s.ledger, timeoutSuspicions: s.ledger.timeoutSuspicions + 1 };
  }
  s.operator = op;
  if (!alivedDuring) s.ledger = { ...s.ledger, downtimeMs: s.ledger.downtimeMs + TICK_MS };
  if (next >= s.params.lengthMs) return finish(s, events);
  return { ok: true, state: s, events };
}

function request(state: FalconState, layer: Layer, kind: "query" | "kill"): Result {
  const t = nowOf(state);
  const op = state.operator;
  if (op.requests.some((r) => r.layer === layer && r.kind === kind)) {
    return refuse("SPY_BUSY", kind === "query" ? `The ${layer} spy has not answered your last question yet` : `Your last kill of the ${layer} layer is not confirmed yet`);
  }
  if (kind === "query" && !state.params.spies.includes(layer)) return refuse("NO_SPY", `No spy is deployed in the ${layer} layer`);
  const [latency, spyRng] = spyLatency(state.spyRng, layer);
  const r: Request = { id: op.nextRequest, layer, kind, askedAtMs: t, answerAtMs: t + latency };
  const s: FalconState = { ...state, spyRng, operator: { ...op, nextRequest: op.nextRequest + 1, requests: [...op.requests, r] } };
  if (kind === "query") {
    const cost = SPY_COST[layer];
    s.ledger = { ...s.ledger, spyCost: s.ledger.spyCost + cost };
    return { ok: true, state: s, events: [{ type: "query", tick: s.tick, atMs: t, request: r.id, layer, answerAtMs: r.answerAtMs, cost }] };
  }
  const result = killResult(s.truth, layer);
  r.killResult = result;
  const executed = result === "killed";
  const wasAlive = alive(s.truth);
  const failed = failedLayer(s.truth);
  const unnecessary = executed && wasAlive;
  const oversized = executed && failed !== null && depth(layer) > depth(failed);
  if (executed) {
    const lowest = s.truth.killed && depth(s.truth.killed.layer) >= depth(layer) ? s.truth.killed : { layer, atMs: t };
    s.truth = { ...s.truth, killed: lowest };
    s.deferred = null;
  }
  s.ledger = { ...s.ledger, kills: [...s.ledger.kills, { atMs: t, layer, executed, unnecessary, oversized }] };
  return { ok: true, state: s, events: [{ type: "kill", tick: s.tick, atMs: t, request: r.id, layer, executed, unnecessary, answerAtMs: r.answerAtMs }] };
}

function declare(state: FalconState): Result {
  const t = nowOf(state);
  if (state.truth.startedAtMs === t && state.truth.incarnation > 1) return refuse("TOO_SOON", "A fresh instance has just taken over: nothing to declare yet");
  const failure = state.truth.failure;
  const falseSuspicion = failure === null;
  const detectionMs = failure ? t - failure.atMs : null;
  const faults = failure ? state.ledger.faults.map((f, i) => (i === failure.fault ? { ...f, detectedAtMs: t } : f)) : state.ledger.faults;
  const s: FalconState = {
    ...state,
    truth: freshTruth(state.truth.incarnation + 1, t),
    inFlight: [],
    seq: 0,
    deferred: null,
    operator: { ...state.operator, declarations: [...state.operator.declarations, t], suspecting: false, lastArrivalMs: null },
    failovers: [...state.failovers, t],
    ledger: { ...state.ledger, faults, declarations: [...state.ledger.declarations, { atMs: t, incarnation: state.truth.incarnation, falseSuspicion, fault: failure?.fault ?? null }] },
  };
  return { ok: true, state: s, events: [{ type: "declare", tick: s.tick, atMs: t, falseSuspicion, fault: failure?.fault ?? null, detectionMs }] };
}

function inject(state: FalconState, kind: Fault["kind"], durationMs: number | undefined): Result {
  const { params } = state;
  const t = nowOf(state);
  if (!params.chaosPlays) return refuse("NOT_ALLOWED", "The fault timeline is drawn from the seed in this game: chaos watches");
  if (!params.kinds.includes(kind)) return refuse("FAULT_NOT_ALLOWED", `Faults of kind ${kind} are not allowed in this game`);
  if (state.chaos.budgetLeft <= 0) return refuse("NO_BUDGET_LEFT", "Chaos has spent its whole budget");
  if (t >= params.horizonMs) return refuse("PAST_HORIZON", "No fault may start this late in the game");
  if (isPermanent(kind) ? durationMs !== undefined : durationMs === undefined) {
    return refuse("NOT_ALLOWED", isPermanent(kind) ? `A ${kind} lasts until a failover: it takes no duration` : `A ${kind} needs a duration`);
  }
  if (durationMs !== undefined) {
    const [lo, hi] = durationRange(params, kind as "slow" | "partition");
    if (durationMs < lo || durationMs > hi || durationMs % TICK_MS !== 0) return refuse("NOT_ALLOWED", `A ${kind} lasts ${lo}–${hi} ms, in steps of ${TICK_MS}`);
  }
  const s = copy(state);
  const events: FalconEvent[] = [];
  heal(s, t, events);
  if (classActive(s.chaos.injected, s.truth.incarnation, t, kind)) {
    return refuse("FAULT_ACTIVE", isPermanent(kind) ? "This instance has failed already: wait for a failover" : "A partition or a pause is still in force");
  }
  strike(s, { atMs: t, kind, durationMs }, "chaos", t, events);
  s.chaos = { ...s.chaos, budgetLeft: s.chaos.budgetLeft - 1 };
  return { ok: true, state: s, events };
}

export function reduceFalcon(state: FalconState, action: FalconAction): Result {
  if (state.phase === "finished") return refuse("GAME_OVER", "The game is over");
  if (action.type === "tick") return tick(state);
  if (action.type === "inject") {
    if (action.seat !== CHAOS_SEAT) return refuse("NOT_YOUR_SEAT", "Only chaos injects faults");
    return inject(state, action.kind, action.durationMs);
  }
  if (action.seat !== OPERATOR_SEAT) return refuse("NOT_YOUR_SEAT", "Only the operator watches and acts on the service");
  const t = nowOf(state);
  switch (action.type) {
    case "setTimeout":
      if (!Number.isInteger(action.timeoutMs) || action.timeoutMs < TICK_MS || action.timeoutMs > 60_000 || action.timeoutMs % TICK_MS !== 0) {
        return refuse("NOT_ALLOWED", `A timeout is ${TICK_MS}–60000 ms, in steps of ${TICK_MS}`);
      }
      return {
        ok: true,
        state: { ...state, operator: { ...state.operator, timeoutMs: action.timeoutMs } },
        events: [{ type: "timeout", tick: state.tick, atMs: t, timeoutMs: action.timeoutMs }],
      };
    case "query":
      return request(state, action.layer, "query");
    case "kill":
      return request(state, action.layer, "kill");
    case "declare":
      return declare(state);
    case "wait":
      return { ok: true, state, events: [{ type: "wait", tick: state.tick, atMs: t }] };
  }
}
