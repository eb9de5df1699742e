/**
 * The Two Generals rule book: (state, action) -> new state and trace events, or a refusal.
 * Pure: no I/O, no clock, randomness only from the PRNG state carried in the game state.
 */
import { nextFloat as nextFloatImport, seedRng } from "../prng";
import { refuse, type ReduceResult } from "../result";
import type { LadderRung } from "./knowledge";
import type { GeneralsParams } from "./params";
import type {
  Commitment,
  General,
  GeneralsAction,
  GeneralsEvent,
  GeneralsSeat,
  GeneralsState,
  Messenger,
  Outcome,
} from "./types";

// The server runs module by module (tsx), and V8 does not inline calls through an imported
// binding on these hot paths: bound once at load, generals games run about twice as fast
// (the headless bench, HEADLESS_ENGINE=tsx). A bundle (the bench's own run) needs none of this.
const nextFloat = nextFloatImport;

export type GeneralsResult = ReduceResult<GeneralsState, GeneralsEvent>;

export function createGeneralsGame(params: GeneralsParams, seed: number): GeneralsState {
  return {
    scenario: "generals",
    params,
    tick: 0,
    phase: "running",
    rng: seedRng(seed),
    messengers: [],
    nextMessengerId: 1,
    commitments: { A: null, B: null },
    lastSendTick: { A: -1, B: -1 },
    outcome: null,
    ladder: [],
  };
}

export function reduceGenerals(state: GeneralsState, action: GeneralsAction): GeneralsResult {
  if (state.phase === "finished") return refuse("GAME_OVER", "Dawn has broken: the game is over.");
  switch (action.type) {
    case "tick":
      return advanceTick(state);
    case "send":
      return send(state, action.seat, action.kind);
    case "commit":
      return commit(state, action.seat, action.decision);
    case "capture":
      return capture(state, action.seat, action.messengerId);
  }
}

function isGeneral(seat: GeneralsSeat): seat is General {
  return seat === "A" || seat === "B";
}

/** Messengers of the other side that have reached `general` so far. */
export function arrivedAt(state: GeneralsState, general: General): number {
  let n = 0;
  for (const m of state.messengers) if (m.to === general && m.fate === "delivered") n++;
  return n;
}

function send(state: GeneralsState, seat: GeneralsSeat, kind: "plan" | "ack"): GeneralsResult {
  if (!isGeneral(seat)) return refuse("NOT_YOUR_SEAT", "Only a general can send a messenger.");
  if (state.lastSendTick[seat] === state.tick) {
    return refuse("TOO_SOON", "One messenger per tick: wait for the next tick.");
  }
  if (kind === "plan" && seat !== "A") return refuse("NOT_ALLOWED", "Only General A has the plan to send.");
  const acked = arrivedAt(state, seat);
  if (kind === "ack" && acked === 0) {
    return refuse("NOT_ALLOWED", "Nothing has arrived yet, so there is nothing to acknowledge.");
  }
  const to: General = seat === "A" ? "B" : "A";
  const messenger: Messenger = {
    id: state.nextMessengerId,
    from: seat,
    to,
    kind,
    acked,
    sentAt: state.tick,
    arrivesAt: state.tick + state.params.crossingTicks,
    fate: "pending",
    settledAt: null,
    capturedBy: null,
  };
  return {
    ok: true,
    state: withChanges(state, {
      messengers: [...state.messengers, messenger],
      nextMessengerId: messenger.id + 1,
      lastSendTick: seat === "A" ? { A: state.tick, B: state.lastSendTick.B } : { A: state.lastSendTick.A, B: state.tick },
    }),
    events: [
      { type: "send", tick: state.tick, messengerId: messenger.id, from: seat, to, kind, acked, arrivesAt: messenger.arrivesAt },
    ],
  };
}

function commit(state: GeneralsState, seat: GeneralsSeat, decision: "attack" | "hold"): GeneralsResult {
  if (!isGeneral(seat)) return refuse("NOT_YOUR_SEAT", "Only a general can commit to a decision.");
  if (state.commitments[seat]) return refuse("ALREADY_DECIDED", "You have already committed.");
  const commitment: Commitment = { decision, tick: state.tick, byDefault: false };
  return {
    ok: true,
    state: withChanges(state, { commitments: seat === "A" ? { A: commitment, B: state.commitments.B } : { A: state.commitments.A, B: commitment } }),
    events: [{ type: "commit", tick: state.tick, general: seat, decision, byDefault: false }],
  };
}

function capture(state: GeneralsState, seat: GeneralsSeat, messengerId: number): GeneralsResult {
  if (seat !== "enemy" || state.params.enemy === "none") {
    return refuse("NOT_YOUR_SEAT", "Only the Enemy in the valley can capture messengers.");
  }
  const index = state.messengers.findIndex((m) => m.id === messengerId && m.fate === "pending");
  if (index < 0) return refuse("UNKNOWN_MESSENGER", `No messenger ${messengerId} is crossing the valley.`);
  const messengers = state.messengers.slice();
  messengers[index] = settle(messengers[index], "captured", state.tick, "enemy");
  return {
    ok: true,
    state: withChanges(state, { messengers }),
    events: [{ type: "capture", tick: state.tick, messengerId, by: "enemy" }],
  };
}

/** The clock: deliver (or lose) what arrives this tick; at dawn, settle everything. */
function advanceTick(state: GeneralsState): GeneralsResult {
  const tick = state.tick + 1;
  const events: GeneralsEvent[] = [];
  let rng = state.rng;
  const dawn = tick >= state.params.dawnTick;
  const chance = state.params.enemy === "none";
  let messengers = state.messengers;
  let ladder = state.ladder;
  let copied = false;
  for (let i = 0; i < messengers.length; i++) {
    const m = messengers[i];
    if (m.fate !== "pending") continue;
    let settled: Messenger | null = null;
    if (dawn) {
      // Arriving at dawn or later is too late to change any decision.
      settled = settle(m, "late", tick, m.capturedBy);
      events.push({ type: "late", tick, messengerId: m.id });
    } else if (m.arrivesAt === tick) {
      let lost = false;
      if (chance && state.params.captureProbability > 0) {
        const [u, next] = nextFloat(rng);
        rng = next;
        lost = u < state.params.captureProbability;
      }
      if (lost) {
        settled = settle(m, "captured", tick, "chance");
        events.push({ type: "capture", tick, messengerId: m.id, by: "chance" });
      } else {
        settled = settle(m, "delivered", tick, m.capturedBy);
        events.push({ type: "deliver", tick, messengerId: m.id, to: m.to });
        ladder = climb(ladder, m, tick);
      }
    }
    if (settled) {
      if (!copied) {
        messengers = messengers.slice();
        copied = true;
      }
      messengers[i] = settled;
    }
  }
  let next = withChanges(state, { tick, rng, messengers, ladder });
  if (dawn) next = breakDawn(next, events);
  return { ok: true, state: next, events };
}

/**
 * `m` with its fate settled, written out field by field so that every messenger has the one
 * shape `send` gives it (spread copies get other hidden classes, and every view reading them
 * went megamorphic).
 */
function settle(m: Messenger, fate: Messenger["fate"], settledAt: number, capturedBy: Messenger["capturedBy"]): Messenger {
  return { id: m.id, from: m.from, to: m.to, kind: m.kind, acked: m.acked, sentAt: m.sentAt, arrivesAt: m.arrivesAt, fate, settledAt, capturedBy };
}

/** The ladder after `m` arrives at `tick`: one rung higher if `m` is the next link. */
function climb(ladder: LadderRung[], m: Messenger, tick: number): LadderRung[] {
  const top = ladder[ladder.length - 1];
  const nextSender: General = top ? top.knower : "A";
  if (m.from !== nextSender || (top && m.sentAt < top.tick)) return ladder;
  return [...ladder, { level: ladder.length + 1, knower: m.to, tick }];
}

function breakDawn(state: GeneralsState, events: GeneralsEvent[]): GeneralsState {
  const commitments = { ...state.commitments };
  for (const general of ["A", "B"] as const) {
    if (!commitments[general]) {
      commitments[general] = { decision: "hold", tick: state.tick, byDefault: true };
      events.push({ type: "commit", tick: state.tick, general, decision: "hold", byDefault: true });
    }
  }
  const outcome = outcomeOf(commitments.A!.decision === "attack", commitments.B!.decision === "attack");
  events.push({ type: "dawn", tick: state.tick, outcome });
  return withChanges(state, { commitments, phase: "finished", outcome });
}

/**
 * A copy of the state with some fields replaced. Written out field by field because spreading
 * game states is slow in V8 (their shapes vary): this made the reducer five times faster.
 */
function withChanges(state: GeneralsState, changes: Partial<GeneralsState>): GeneralsState {
  // `??` is safe: no field is ever changed to null or undefined.
  return {
    scenario: "generals",
    params: state.params,
    tick: changes.tick ?? state.tick,
    phase: changes.phase ?? state.phase,
    rng: changes.rng ?? state.rng,
    messengers: changes.messengers ?? state.messengers,
    nextMessengerId: changes.nextMessengerId ?? state.nextMessengerId,
    commitments: changes.commitments ?? state.commitments,
    lastSendTick: changes.lastSendTick ?? state.lastSendTick,
    outcome: changes.outcome ?? state.outcome,
    ladder: changes.ladder ?? state.ladder,
  };
}

export function outcomeOf(aAttacks: boolean, bAttacks: boolean): Outcome {
  if (aAttacks && bAttacks) return "victory";
  if (aAttacks) return "defeat-A";
  if (bAttacks) return "defeat-B";
  return "no-battle";
}
