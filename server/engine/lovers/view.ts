/**
 * What each lover may know. Built from the generals' view of the same seat (so exactly the
 * same things stay hidden: never the fate of one's own SMS before midnight), renamed field by
 * field. The announced loss probability is shown; whether it was a lucky night is not, until
 * midnight.
 */
import { chainDepths, composeLadderSentence, knownDepths, type LadderWords } from "../generals/knowledge";
import { scoreGenerals } from "../generals/scoring";
import type { General, GeneralsState } from "../generals/types";
import { generalsView, type GeneralView } from "../generals/view";
import type { ViewMemo } from "../record";
import { toGeneral, toLover, toLoversDecision, toLoversOutcome, toSmsKind } from "./names";
import { announcedLoversParams, type LoversAnnouncedParams } from "./disclosure";
import type { Lover, LoversDecision, LoversOutcome, LoversState, SmsFate, SmsKind } from "./types";

export const LOVERS_WORDS: LadderWords = { A: "Alice", B: "Bob", object: "about the date" };

export interface SmsView {
  /** In this lover's own frame: its SMS 1..k in send order, those that reached it 1..m in arrival order. */
  id: number;
  kind: SmsKind;
  /** How many of the other lover's SMS had reached the sender when it was sent. */
  acked: number;
  sentAt: number;
}

export interface ReceivedSmsView extends SmsView {
  arrivedAt: number;
}

export interface LoversRungView {
  level: number;
  knower: Lover;
  tick: number;
  sentence: string;
}

export interface LoversRevealView {
  outcome: LoversOutcome;
  scores: Record<Lover, number>;
  decisions: Record<Lover, { decision: LoversDecision; tick: number; byDefault: boolean }>;
  sms: { id: number; from: Lover; to: Lover; kind: SmsKind; acked: number; sentAt: number; arrivesAt: number; fate: SmsFate; settledAt: number }[];
  /** The true ladder: every link that got through, in order. */
  ladder: LoversRungView[];
  /** What each lover could be sure of at midnight (its view's last knowledge depth). */
  depths: Record<Lover, number>;
  /** Each lover's top rung of the true ladder: texts that got through in a row up to it. */
  chains: Record<Lover, number>;
  /** True if nothing could be lost tonight, whatever was announced. */
  luckyNight: boolean;
}

export interface LoverView {
  scenario: "lovers";
  seat: Lover;
  /** Game hours since noon: 0 is noon, 12 is midnight. */
  tick: number;
  phase: "running" | "finished";
  /** What both lovers were told (disclosure.ts). */
  params: LoversAnnouncedParams;
  sent: SmsView[];
  received: ReceivedSmsView[];
  decision: { decision: LoversDecision; tick: number } | null;
  knowledge: { depth: number; sentence: string; rungs: LoversRungView[] };
  can: { propose: boolean; ack: boolean; decide: boolean };
  reveal: LoversRevealView | null;
}

/** The sentence for a ladder level, read by `you` (or by nobody in particular). */
export function loversSentence(level: number, you?: Lover): string {
  if (level <= 0) return you === "bob" ? "You have heard nothing from Alice yet" : "Alice wants a date; Bob may not know";
  return composeLadderSentence(level, LOVERS_WORDS, you && toGeneral(you));
}

export function loverView(state: LoversState, seat: Lover, memo?: ViewMemo): LoverView {
  const g = generalsView(state.inner, toGeneral(seat), memo) as GeneralView;
  const depth = g.knowledge.depth;
  return {
    scenario: "lovers",
    seat,
    tick: g.tick,
    phase: g.phase,
    params: announcedLoversParams(state.params, seat),
    sent: g.sent.map((m) => ({ id: m.id, kind: toSmsKind(m.kind), acked: m.acked, sentAt: m.sentAt })),
    received: g.received.map((m) => ({ id: m.id, kind: toSmsKind(m.kind), acked: m.acked, sentAt: m.sentAt, arrivedAt: m.arrivedAt })),
    decision: g.commitment ? { decision: toLoversDecision(g.commitment.decision), tick: g.commitment.tick } : null,
    knowledge: {
      depth,
      sentence: loversSentence(depth, seat),
      rungs: g.knowledge.rungs.map((r) => ({ level: r.level, knower: toLover(r.knower), tick: r.tick, sentence: loversSentence(r.level, seat) })),
    },
    can: { propose: g.can.sendPlan, ack: g.can.sendAck, decide: g.can.commit },
    reveal: state.inner.phase === "finished" ? loversReveal(state) : null,
  };
}

/** Everything, for after midnight. */
export function loversReveal(state: LoversState): LoversRevealView {
  const inner: GeneralsState = state.inner;
  const { A, B } = inner.commitments;
  if (!A || !B || !inner.outcome) throw new Error("loversReveal: the night has not ended");
  const scores = scoreGenerals(inner);
  const decision = (c: NonNullable<typeof A>) => ({ decision: toLoversDecision(c.decision), tick: c.tick, byDefault: c.byDefault });
  return {
    outcome: toLoversOutcome(inner.outcome),
    scores: { alice: scores.A ?? 0, bob: scores.B ?? 0 },
    decisions: { alice: decision(A), bob: decision(B) },
    sms: inner.messengers.map((m) => ({
      id: m.id,
      from: toLover(m.from),
      to: toLover(m.to),
      kind: toSmsKind(m.kind),
      acked: m.acked,
      sentAt: m.sentAt,
      arrivesAt: m.arrivesAt,
      fate: m.fate === "captured" ? "lost" : m.fate === "delivered" ? "delivered" : "late",
      settledAt: m.settledAt as number,
    })),
    ladder: inner.ladder.map((r) => ({ level: r.level, knower: toLover(r.knower as General), tick: r.tick, sentence: loversSentence(r.level) })),
    depths: byLover(knownDepths(inner.messengers)),
    chains: byLover(chainDepths(inner.ladder)),
    luckyNight: state.params.luckyNight,
  };
}

function byLover(d: Record<General, number>): Record<Lover, number> {
  return { alice: d.A, bob: d.B };
}

/** The Lovers' scoring table, in their words; the numbers are the generals' (scoring.ts). */
export const LOVERS_SCORING_ROWS: { outcome: string; points: string }[] = [
  { outcome: "Both show up (a date)", points: "+10 each" },
  { outcome: "Both stay home", points: "0 each" },
  { outcome: "One shows up alone (humiliation)", points: "the one who showed −10, the one at home −5" },
];
