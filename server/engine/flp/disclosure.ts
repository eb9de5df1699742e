/**
 * What each FLP seat may know, in one place.
 *
 * Parameters: the scheduler (the adversary of the proof) is told everything: the model gives it
 * the whole configuration. A process is told only n and the protocol it runs.
 * Seats: a process sees the other processes but not the scheduler's seat (it cannot tell a
 * scheduler from a slow network); the scheduler sees every seat.
 * Ids: a process numbers what it sent and what reached it 1, 2, 3… in its own order (it sees
 * nothing of the buffer). The scheduler keeps the game-wide message ids: it sees every message.
 */
import type { Disclosure, SeatVisibility } from "../disclosure";
import type { FlpParams } from "./params";
import { SCHEDULER_SEAT } from "./terms";

/** What a process is told: how many processes there are and the protocol it runs. (A student not seated is told what the scheduler, the player seat, is.) */
export type FlpProcessParams = { n: number; protocol: FlpParams["protocol"] };

export function announcedFlpParams(params: FlpParams, seat: string | null): FlpParams | FlpProcessParams {
  return seat === SCHEDULER_SEAT || seat === null ? params : { n: params.n, protocol: params.protocol };
}

export function flpSeatVisibility(_params: FlpParams, viewer: string, other: string): SeatVisibility {
  return viewer !== SCHEDULER_SEAT && other === SCHEDULER_SEAT ? "hidden" : "strategy";
}

export const flpDisclosure: Disclosure<FlpParams, string> = {
  announcedParams: announcedFlpParams,
  seatVisibility: flpSeatVisibility,
};
