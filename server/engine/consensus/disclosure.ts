/**
 * What each consensus seat may know, in one place.
 *
 * Parameters: a process is told n, the majority, the detector class, the last tick and whether
 * this is the sandbox; never GST, Δ, the mistake rate, the crash schedule, f, the other inputs or
 * whether an adversary seat exists. The adversary is told everything: it is the network.
 * Seats: a process sees the other processes in full and nothing of the adversary seat (not even
 * that it exists); the adversary sees every seat.
 * Ids: a process numbers what reached it 1, 2, 3… in arrival order (it sees no message before it
 * arrives, so it has no sends to number). The adversary keeps the run's message ids: every
 * message crosses its network, so it sees every send and the counter tells it nothing new, and
 * its `delay` and `rush` moves name messages by those ids.
 */
import { inSeatFrame, type Disclosure, type Framed, type SeatVisibility } from "../disclosure";
import type { ConsensusParams } from "./params";
import { majority, type DetectorClass } from "./terms";
import { ADVERSARY_SEAT as ADVERSARY } from "./reducer";
import type { Delivered, Proc } from "./types";

/** What every process is told before the run. */
export type ProcessAnnouncedParams = { n: number; majority: number; detector: DetectorClass; maxTicks: number; sandbox: boolean };

/** A process's announcement (also for a student not seated this round); the adversary's is the whole of `params`. */
export function announcedConsensusParams(params: ConsensusParams, seat: string | null): ProcessAnnouncedParams | ConsensusParams {
  return seat === ADVERSARY ? announcedToAdversary(params) : announcedToProcesses(params);
}

/** The adversary schedules the network, the detector and the crashes: it is told every parameter. */
export function announcedToAdversary(params: ConsensusParams): ConsensusParams {
  return params;
}

export function announcedToProcesses(params: ConsensusParams): ProcessAnnouncedParams {
  return { n: params.n, majority: majority(params.n), detector: params.detector, maxTicks: params.maxTicks, sandbox: params.sandbox };
}

export function consensusSeatVisibility(_params: ConsensusParams, viewer: string, other: string): SeatVisibility {
  return viewer !== ADVERSARY && other === ADVERSARY ? "hidden" : "strategy";
}

export const consensusDisclosure: Disclosure<ConsensusParams, string> = {
  announcedParams: announcedConsensusParams,
  seatVisibility: consensusSeatVisibility,
};

/** Everything that reached a process, numbered 1, 2, 3… in the order it arrived. */
export function inboxFrame(p: Pick<Proc, "inbox">): Framed<Delivered>[] {
  return inSeatFrame(p.inbox);
}
