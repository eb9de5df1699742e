/**
 * What each Falcon seat may know, in one place.
 *
 * Parameters: the operator is told what a real operator knows of its own system: the game's
 * length, the heartbeat period, its starting timeout, where its spies are, and the network's
 * delay distribution. Not chaos's rules (kinds, budget, horizon, pause and partition bounds),
 * not whether chaos is a seat or a seeded timeline, not chaos's bot. Chaos is told everything.
 * Seats: each sees the other as an occupant (a human's nickname), never a bot's strategy.
 * The truth (each layer's state, the fault timeline, the seed, the network's and spies' draws)
 * reaches no seat before the end; then both see the reveal (views.ts).
 */
import type { Disclosure, SeatVisibility } from "../disclosure";
import type { FalconParams } from "./params";
import { CHAOS_SEAT, type FalconSeat } from "./types";

export type OperatorParams = Pick<FalconParams, "lengthMs" | "heartbeatMs" | "timeoutMs" | "spies" | "netMedianMs" | "netSigma">;

const announced = new WeakMap<FalconParams, OperatorParams>();

/** The operator's parameters (one object per game's params: views are built every tick). */
export function operatorParams(p: FalconParams): OperatorParams {
  let o = announced.get(p);
  if (!o) {
    o = { lengthMs: p.lengthMs, heartbeatMs: p.heartbeatMs, timeoutMs: p.timeoutMs, spies: p.spies, netMedianMs: p.netMedianMs, netSigma: p.netSigma };
    announced.set(p, o);
  }
  return o;
}

/** A student not seated is told what the operator (the player seat) is. */
export function announcedFalconParams(params: FalconParams, seat: FalconSeat | null): FalconParams | OperatorParams {
  return seat === CHAOS_SEAT ? params : operatorParams(params);
}

export const falconSeatVisibility = (): SeatVisibility => "occupant";

export const falconDisclosure: Disclosure<FalconParams, FalconSeat> = {
  announcedParams: announcedFalconParams,
  seatVisibility: falconSeatVisibility,
};
