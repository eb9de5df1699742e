/**
 * What each weaker-agreement seat may know, in one place.
 *
 * Parameters: the adversary is told everything (the model gives it the whole configuration). A
 * process is told the problem, n and f, and k (k-set) or ε and the input range (ε): what its
 * protocol needs, never the others' inputs, the bound or the bot.
 * Seats: a process sees the other processes but not the adversary's seat (it cannot tell an
 * adversary from a slow network); the adversary sees every seat.
 * Ids: the adversary keeps game-wide message ids (it sees every message); a process numbers what
 * reached it 1, 2, 3… in arrival order.
 */
import type { Disclosure, SeatVisibility } from "../disclosure";
import type { WeakerParams } from "./params";
import { ADVERSARY_SEAT } from "./terms";

/** What a process is told. (A student not seated is told what the adversary, the player seat, is.) */
export type WeakerProcessParams = { problem: "kset"; n: number; k: number; f: number } | { problem: "epsilon"; n: number; f: number; epsilon: number; lo: number; hi: number };

export function announcedWeakerParams(params: WeakerParams, seat: string | null): WeakerParams | WeakerProcessParams {
  if (seat === ADVERSARY_SEAT || seat === null) return params;
  return params.problem === "kset" ? { problem: "kset", n: params.n, k: params.k, f: params.f } : { problem: "epsilon", n: params.n, f: params.f, epsilon: params.epsilon, lo: params.lo, hi: params.hi };
}

export function weakerSeatVisibility(_params: WeakerParams, viewer: string, other: string): SeatVisibility {
  return viewer !== ADVERSARY_SEAT && other === ADVERSARY_SEAT ? "hidden" : "strategy";
}

export const weakerDisclosure: Disclosure<WeakerParams, string> = {
  announcedParams: announcedWeakerParams,
  seatVisibility: weakerSeatVisibility,
};
