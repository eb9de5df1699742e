/** Translating between the Lovers' words and the generals' rules they run on. */
import type { Decision, General, GeneralsEvent, MessageKind, Outcome } from "../generals/types";
import type { Lover, LoversDecision, LoversEvent, LoversOutcome, SmsKind } from "./types";

export const toGeneral = (lover: Lover): General => (lover === "alice" ? "A" : "B");
export const toLover = (general: General): Lover => (general === "A" ? "alice" : "bob");
export const toMessageKind = (kind: SmsKind): MessageKind => (kind === "proposal" ? "plan" : "ack");
export const toSmsKind = (kind: MessageKind): SmsKind => (kind === "plan" ? "proposal" : "ack");
export const toDecision = (d: LoversDecision): Decision => (d === "show" ? "attack" : "hold");
export const toLoversDecision = (d: Decision): LoversDecision => (d === "attack" ? "show" : "stay");

const OUTCOMES: Record<Outcome, LoversOutcome> = {
  victory: "date",
  "no-battle": "nothing",
  "defeat-A": "stood-up-alice",
  "defeat-B": "stood-up-bob",
};
export const toLoversOutcome = (o: Outcome): LoversOutcome => OUTCOMES[o];

export function toLoversEvent(e: GeneralsEvent): LoversEvent {
  switch (e.type) {
    case "start":
      return e;
    case "send":
      return { type: "send", tick: e.tick, smsId: e.messengerId, from: toLover(e.from), to: toLover(e.to), kind: toSmsKind(e.kind), acked: e.acked, arrivesAt: e.arrivesAt };
    case "deliver":
      return { type: "deliver", tick: e.tick, smsId: e.messengerId, to: toLover(e.to) };
    case "capture":
      return { type: "lose", tick: e.tick, smsId: e.messengerId };
    case "late":
      return { type: "late", tick: e.tick, smsId: e.messengerId };
    case "commit":
      return { type: "decide", tick: e.tick, lover: toLover(e.general), decision: toLoversDecision(e.decision), byDefault: e.byDefault };
    case "dawn":
      return { type: "midnight", tick: e.tick, outcome: toLoversOutcome(e.outcome) };
  }
}
