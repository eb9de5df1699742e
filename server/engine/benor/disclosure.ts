/**
 * What each Ben-Or seat may know, in one place.
 *
 * Parameters: the adversary is told everything (the model gives it the whole configuration). A
 * process is told only n and f.
 * Seats: a process sees the other processes but not the adversary's seat (it cannot tell an
 * adversary from a slow network); the adversary sees every seat.
 * The coins: nobody sees a coin before it is flipped. The PRNG state that will draw them is in
 * no view; a flipped coin is shown to the adversary (it sees every process's state), and to its
 * own process. The adversary keeps game-wide message ids (it sees every message); a process
 * numbers what reached it 1, 2, 3… in arrival order.
 */
import type { Disclosure, SeatVisibility } from "../disclosure";
import type { BenorParams } from "./params";
import { ADVERSARY_SEAT } from "./terms";

/** What a process is told. (A student not seated is told what the adversary, the player seat, is.) */
export type BenorProcessParams = { n: number; f: number };

export function announcedBenorParams(params: BenorParams, seat: string | null): BenorParams | BenorProcessParams {
  return seat === ADVERSARY_SEAT || seat === null ? params : { n: params.n, f: params.f };
}

export function benorSeatVisibility(_params: BenorParams, viewer: string, other: string): SeatVisibility {
  return viewer !== ADVERSARY_SEAT && other === ADVERSARY_SEAT ? "hidden" : "strategy";
}

export const benorDisclosure: Disclosure<BenorParams, string> = {
  announcedParams: announcedBenorParams,
  seatVisibility: benorSeatVisibility,
};
