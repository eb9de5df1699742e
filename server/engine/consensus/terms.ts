/**
 * Consensus' vocabulary, without zod: detector classes and their names, seats, majorities and
 * coordinators. The parameter schema (params.ts) and the rules use it, and so do the browser's
 * screens, whose bundles must not carry zod.
 */
import type { ConsensusParams } from "./params";

/** Failure-detector classes, from the strongest. "E" stands for ◇ (eventually). */
export const DETECTOR_CLASSES = ["P", "EP", "S", "ES", "W", "EW"] as const;
export type DetectorClass = (typeof DETECTOR_CLASSES)[number];

export const DETECTOR_NAMES: Record<DetectorClass, string> = { P: "P", EP: "◇P", S: "S", ES: "◇S", W: "W", EW: "◇W" };

/** W and ◇W: only weak completeness (some correct process suspects each crash). */
export const weaklyComplete = (c: DetectorClass): boolean => c === "W" || c === "EW";

export const ADVERSARY_MODES = ["none", "bot", "human"] as const;

/**
 * The relay layer's pace: a process sends its suspect list to all every Δ ticks (at ticks that
 * are multiples of Δ), the slowest a message may take once the network is stable.
 */
export const relayPeriod = (p: Pick<ConsensusParams, "maxDelay">): number => p.maxDelay;

/** Is the weak→strong completeness layer on? (Absent, as in traces from before it existed: off.) */
export const relaysSuspicions = (p: Pick<ConsensusParams, "strongCompleteness">): boolean => p.strongCompleteness === true;

/** The smallest majority of n processes: floor(n/2) + 1. */
export const majority = (n: number): number => Math.floor(n / 2) + 1;

/** The coordinator of round r among processes 1..n: (r mod n) + 1. */
export const coordinatorOf = (round: number, n: number): number => (round % n) + 1;

/** Seat names: "p1".."p7" for processes, "adversary" for the scheduler. */
export const processSeat = (p: number): string => PROCESS_SEATS[p] ?? `p${p}`;
/** Built once: every process view names its seat. */
const PROCESS_SEATS: readonly string[] = Array.from({ length: 8 }, (_, p) => `p${p}`);
export const seatProcess = (seat: string): number | null => {
  const digit = seat.length === 2 && seat[0] === "p" ? seat.charCodeAt(1) - 48 : 0;
  return digit >= 1 && digit <= 7 ? digit : null;
};
