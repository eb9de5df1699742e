/**
 * Bot lovers. Each plays one of the generals' strategies on what its own phone shows: its view
 * is read back into the shape a bot general reads, and nothing else.
 */
import { generalBotMoves, type GeneralStrategy } from "../generals/bots";
import type { GeneralView } from "../generals/view";
import { toGeneral, toLoversDecision, toMessageKind, toSmsKind } from "./names";
import type { LoverView } from "./view";
import type { LoversDecision, SmsKind } from "./types";

export type LoversMove = { type: "send"; kind: SmsKind } | { type: "decide"; decision: LoversDecision };

/** Lovers' strategy names, and the general's strategy each plays. */
const AS_GENERAL = {
  eager: "bold",
  acknowledged: "acknowledged",
  "chain-3": "chain-3",
  "chain-4": "chain-4",
  homebody: "timid",
} as const satisfies Record<string, GeneralStrategy>;

export type LoversStrategy = keyof typeof AS_GENERAL;
export const LOVERS_STRATEGIES = Object.keys(AS_GENERAL) as LoversStrategy[];

export const LOVERS_STRATEGY_DESCRIPTIONS: Record<LoversStrategy, string> = {
  eager: "Shows up without waiting: Alice always, Bob as soon as the proposal arrives.",
  acknowledged: "Shows up only once one of its own SMS has been acknowledged.",
  "chain-3": "Shows up once the chain of SMS reaches depth 3 at its end.",
  "chain-4": "Shows up once the chain of SMS reaches depth 4 at its end.",
  homebody: "Keeps texting but always stays home.",
};

export function loversBotMoves(view: LoverView, strategy: string): LoversMove[] {
  if (!Object.hasOwn(AS_GENERAL, strategy)) return [];
  const moves = generalBotMoves(asGeneralView(view), AS_GENERAL[strategy as LoversStrategy]);
  return moves.flatMap((m): LoversMove[] =>
    m.type === "send" ? [{ type: "send", kind: toSmsKind(m.kind) }] : m.type === "commit" ? [{ type: "decide", decision: toLoversDecision(m.decision) }] : [],
  );
}

function asGeneralView(view: LoverView): GeneralView {
  const seat = toGeneral(view.seat);
  return {
    scenario: "generals",
    seat,
    tick: view.tick,
    phase: view.phase,
    reveal: null,
    params: { captureProbability: view.params.lossProbability, crossingTicks: 1, dawnTick: view.params.hours, enemy: "none" },
    sent: view.sent.map((m) => ({ id: m.id, kind: toMessageKind(m.kind), acked: m.acked, sentAt: m.sentAt })),
    received: view.received.map((m) => ({ id: m.id, kind: toMessageKind(m.kind), acked: m.acked, sentAt: m.sentAt, arrivedAt: m.arrivedAt })),
    commitment: null,
    knowledge: { depth: view.knowledge.depth, sentence: view.knowledge.sentence, rungs: [] },
    can: { sendPlan: view.can.propose, sendAck: view.can.ack, commit: view.can.decide },
  };
}
