/**
 * Per-seat views: exactly what a seat may know, built field by field from the true state.
 *
 * Before dawn a general sees its own messengers without their fate, the messengers that
 * reached it, its own commitment and its own rungs of the knowledge ladder. The Enemy sees
 * the valley. Nobody sees the PRNG state or the seed. After dawn everything is revealed.
 */
import { announcedGeneralsParams as announcedGeneralsParamsImport } from "./disclosure";
import { chainDepths, knownDepths } from "./knowledge";
import { generalParts as generalPartsImport, rungView as rungViewImport } from "./viewParts";
import type { ViewMemo } from "../record";
import type { GeneralsParams } from "./params";
import { scoreGenerals, type GeneralsScores } from "./scoring";
import type { Decision, General, GeneralsSeat, GeneralsState, MessageKind, MessengerFate, Outcome } from "./types";

// The server runs module by module (tsx), and V8 does not inline calls through an imported
// binding on these hot paths: bound once at load, generals games run about twice as fast
// (the headless bench, HEADLESS_ENGINE=tsx). A bundle (the bench's own run) needs none of this.
const generalParts = generalPartsImport;
const rungView = rungViewImport;
const announcedGeneralsParams = announcedGeneralsParamsImport;

export interface SentMessengerView {
  /** In this general's own frame: its sends 1..k in send order, its arrivals 1..m in arrival order. */
  id: number;
  kind: MessageKind;
  acked: number;
  sentAt: number;
}

export interface ReceivedMessengerView extends SentMessengerView {
  arrivedAt: number;
}

export interface RungView {
  level: number;
  knower: General;
  tick: number;
  sentence: string;
}

export interface RevealView {
  outcome: Outcome;
  scores: GeneralsScores;
  commitments: Record<General, { decision: Decision; tick: number; byDefault: boolean }>;
  messengers: {
    id: number;
    from: General;
    to: General;
    kind: MessageKind;
    acked: number;
    sentAt: number;
    arrivesAt: number;
    fate: Exclude<MessengerFate, "pending">;
    settledAt: number;
    capturedBy: "chance" | "enemy" | null;
  }[];
  /** The true ladder: every link that got through, in order. */
  ladder: RungView[];
  /** What each general could be sure of at dawn (its view's last knowledge depth). */
  depths: Record<General, number>;
  /** Each general's top rung of the true ladder: messages that got through in a row up to it. */
  chains: Record<General, number>;
}

/** What every seat's view starts with. */
interface ViewBase {
  scenario: "generals";
  tick: number;
  params: GeneralsParams;
  phase: "running" | "finished";
  /** Present once dawn has broken, identical for every seat. */
  reveal: RevealView | null;
}

export interface GeneralView extends ViewBase {
  seat: General;
  sent: SentMessengerView[];
  received: ReceivedMessengerView[];
  commitment: { decision: Decision; tick: number } | null;
  knowledge: { depth: number; sentence: string; rungs: RungView[] };
  can: { sendPlan: boolean; sendAck: boolean; commit: boolean };
}

export interface EnemyValleyMessenger {
  /** The game-wide messenger id: the Enemy sees every messenger, and captures by this id. */
  id: number;
  from: General;
  to: General;
  kind: MessageKind;
  acked: number;
  sentAt: number;
  arrivesAt: number;
}

export interface EnemyView extends ViewBase {
  seat: "enemy";
  crossing: EnemyValleyMessenger[];
  passed: (EnemyValleyMessenger & { arrivedAt: number })[];
  captured: (EnemyValleyMessenger & { capturedAt: number })[];
  can: { capture: boolean };
}

export type GeneralsView = GeneralView | EnemyView;

/** `memo`: the game's own (its record's), where a general's view parts are kept from state to state (viewParts.ts). */
export function generalsView(state: GeneralsState, seat: GeneralsSeat, memo?: ViewMemo): GeneralsView {
  return seat === "enemy" ? enemyView(state, memo) : generalView(state, seat, memo);
}

// Views are written out field by field, never spread from state: what a seat receives is
// exactly what is listed here (and object spreads that add keys are slow in V8).

/** The announced copy of the params (the generals announce all of it to every seat, disclosure.ts), kept in the game's memo: one copy a game, not one a view. */
function announcedParams(params: GeneralsParams, memo: ViewMemo | undefined): GeneralsParams {
  const kept = memo?.generalsAnnounced as { params: GeneralsParams; copy: GeneralsParams } | undefined;
  if (kept?.params === params) return kept.copy;
  const copy = announcedGeneralsParams(params, null);
  if (memo) memo.generalsAnnounced = { params, copy };
  return copy;
}

function generalView(state: GeneralsState, seat: General, memo?: ViewMemo): GeneralView {
  const { sent, received, knowledge } = generalParts(state.messengers, seat, state.params.crossingTicks, memo);
  const running = state.phase === "running";
  const commitment = state.commitments[seat];
  const canDispatch = running && state.lastSendTick[seat] !== state.tick;
  return {
    scenario: "generals",
    tick: state.tick,
    params: announcedParams(state.params, memo),
    phase: state.phase,
    reveal: state.phase === "finished" ? reveal(state) : null,
    seat,
    sent,
    received,
    commitment: commitment ? { decision: commitment.decision, tick: commitment.tick } : null,
    // Shared with the views before it while the parts stand (viewParts.ts).
    knowledge,
    can: generalCan(canDispatch && seat === "A", canDispatch && received.length > 0, running && !commitment),
  };
}

/** The eight possible `can`s, frozen and shared by every view: a view is never mutated, and one object fewer per view. */
const GENERAL_CANS: readonly GeneralView["can"][] = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => Object.freeze({ sendPlan: (k & 1) !== 0, sendAck: (k & 2) !== 0, commit: (k & 4) !== 0 }));

function generalCan(sendPlan: boolean, sendAck: boolean, commit: boolean): GeneralView["can"] {
  return GENERAL_CANS[(sendPlan ? 1 : 0) | (sendAck ? 2 : 0) | (commit ? 4 : 0)];
}

function enemyView(state: GeneralsState, memo: ViewMemo | undefined): EnemyView {
  const crossing: EnemyView["crossing"] = [];
  const passed: EnemyView["passed"] = [];
  const captured: EnemyView["captured"] = [];
  for (const m of state.messengers) {
    const { id, from, to, kind, acked, sentAt, arrivesAt } = m;
    if (m.fate === "pending") crossing.push({ id, from, to, kind, acked, sentAt, arrivesAt });
    else if (m.fate === "delivered") passed.push({ id, from, to, kind, acked, sentAt, arrivesAt, arrivedAt: m.settledAt as number });
    else if (m.fate === "captured") captured.push({ id, from, to, kind, acked, sentAt, arrivesAt, capturedAt: m.settledAt as number });
  }
  return {
    scenario: "generals",
    tick: state.tick,
    params: announcedParams(state.params, memo),
    phase: state.phase,
    reveal: state.phase === "finished" ? reveal(state) : null,
    seat: "enemy",
    crossing,
    passed,
    captured,
    can: { capture: state.phase === "running" && crossing.length > 0 },
  };
}

/** Everything, for after dawn. */
export function reveal(state: GeneralsState): RevealView {
  const ladder = state.ladder;
  const { A, B } = state.commitments;
  if (!A || !B || !state.outcome) throw new Error("reveal: the game has not ended");
  return {
    outcome: state.outcome,
    scores: scoreGenerals(state),
    commitments: { A: { ...A }, B: { ...B } },
    messengers: state.messengers.map((m) => ({
      id: m.id,
      from: m.from,
      to: m.to,
      kind: m.kind,
      acked: m.acked,
      sentAt: m.sentAt,
      arrivesAt: m.arrivesAt,
      fate: m.fate as Exclude<MessengerFate, "pending">,
      settledAt: m.settledAt as number,
      capturedBy: m.capturedBy,
    })),
    ladder: ladder.map((r) => rungView(r)),
    depths: knownDepths(state.messengers),
    chains: chainDepths(ladder),
  };
}
