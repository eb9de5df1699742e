/**
 * What each Two Generals seat may know, in one place.
 *
 * Parameters: p, d, T and whether there is an Enemy (and who plays it) are announced to every
 * seat; the seed and the fates are not parameters and never leave the server before dawn.
 * Seats: everyone sees every seat (the Enemy's presence is announced by `params.enemy`), but a
 * general does not see which strategy a bot Enemy plays. The other general's strategy is shown:
 * they play on the same side.
 * Ids: a general sees its sends numbered 1..k in send order and its arrivals 1..m in arrival
 * order, never the game-wide messenger ids (their gaps would count the other side's messengers
 * still crossing or captured). The Enemy keeps the game-wide ids: every messenger crosses its
 * valley, so it sees every send and the counter tells it nothing new, and its `capture` move
 * names messengers by those ids.
 */
import { inSeatFrame, type Disclosure, type Framed, type SeatVisibility } from "../disclosure";
import type { GeneralsParams } from "./params";
import type { General, GeneralsSeat, Messenger } from "./types";

/** Every parameter is announced to every seat (copied field by field: nothing else leaves). */
export function announcedGeneralsParams(params: GeneralsParams, _seat: GeneralsSeat | null): GeneralsParams {
  return { captureProbability: params.captureProbability, crossingTicks: params.crossingTicks, dawnTick: params.dawnTick, enemy: params.enemy };
}

/** The Enemy sees everyone in full; a general sees its partner in full and a bot Enemy without its strategy. */
export function generalsSeatVisibility(_params: GeneralsParams, viewer: GeneralsSeat, other: GeneralsSeat): SeatVisibility {
  return viewer !== "enemy" && other === "enemy" ? "occupant" : "strategy";
}

export const generalsDisclosure: Disclosure<GeneralsParams, GeneralsSeat> = {
  announcedParams: announcedGeneralsParams,
  seatVisibility: generalsSeatVisibility,
};

/** A general's own messengers, numbered 1..k in the order it sent them. */
export function sendFrame(messengers: readonly Messenger[], seat: General): Framed<Messenger>[] {
  // Messengers are appended as they are sent, so their order is send order; ids break no tie.
  return inSeatFrame(messengers.filter((m) => m.from === seat).sort((a, b) => a.sentAt - b.sentAt || a.id - b.id));
}

/** The messengers that reached a general, numbered 1..m in the order they arrived. */
export function arrivalFrame(messengers: readonly Messenger[], seat: General): Framed<Messenger>[] {
  const arrived = messengers.filter((m) => m.to === seat && m.fate === "delivered");
  // Same-tick arrivals (none today: one send a tick, one crossing time) keep the order they left in.
  return inSeatFrame(arrived.sort((a, b) => (a.settledAt as number) - (b.settledAt as number) || a.sentAt - b.sentAt || a.id - b.id));
}
