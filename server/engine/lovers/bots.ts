/**
 * Bot lovers. Each plays one of the generals' strategies on what its own phone shows: its view
 * is read back into the shape a bot general reads, and nothing else.
 */
import { generalBotMoves } from "../generals/bots";
import type { GeneralView } from "../generals/view";
import { toGeneral, toLoversDecision, toMessageKind, toSmsKind } from "./names";
import type { LoverView } from "./view";
import type { LoversDecision, SmsKind } from "./types";
import { AS_GENERAL, type LoversStrategy } from "./strategies";

export { LOVERS_STRATEGIES, LOVERS_STRATEGY_DESCRIPTIONS, type LoversStrategy } from "./strategies";

export type LoversMove = { type: "send"; kind: SmsKind } | { type: "decide"; decision: LoversDecision };

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
