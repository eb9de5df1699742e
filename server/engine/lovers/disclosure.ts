/**
 * What each lover may know, in one place.
 *
 * Parameters: the announced loss probability and the length of the night; never `luckyNight`
 * (revealed at midnight). Seats: each lover sees the other in full (they play on the same side).
 * Ids: the generals' frames (generals/disclosure.ts), since a lover's view is built from the
 * general's view of the same seat: its SMS 1..k in send order, what reached it 1..m in arrival
 * order, never the game-wide SMS ids (Alice's gaps would be exactly Bob's lost texts).
 */
import type { Disclosure, SeatVisibility } from "../disclosure";
import { NIGHT_HOURS, type LoversParams } from "./params";
import type { Lover } from "./types";

/** What both lovers are told before the night. */
export type LoversAnnouncedParams = { lossProbability: number; hours: number };

export function announcedLoversParams(params: LoversParams, _seat: Lover | null): LoversAnnouncedParams {
  return { lossProbability: params.lossProbability, hours: NIGHT_HOURS };
}

export function loversSeatVisibility(_params: LoversParams, _viewer: Lover, _other: Lover): SeatVisibility {
  return "strategy";
}

export const loversDisclosure: Disclosure<LoversParams, Lover> = {
  announcedParams: announcedLoversParams,
  seatVisibility: loversSeatVisibility,
};
