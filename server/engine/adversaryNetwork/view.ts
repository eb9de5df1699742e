/** The view pieces an adversary-network scenario shares: a view's clock and outcome, and a buffered message's times. */

interface Clocked<O> {
  tick: number;
  phase: "playing" | "finished";
  outcome: O | null;
}

/** The adversary sees the outcome as it stands. */
export const adversaryClock = <O>(state: Clocked<O>): Clocked<O> => ({ tick: state.tick, phase: state.phase, outcome: state.outcome });

/** A process learns the outcome only at the end. */
export const processClock = <O>(state: Clocked<O>): Clocked<O> => ({ tick: state.tick, phase: state.phase, outcome: state.phase === "finished" ? state.outcome : null });

/** A message in the adversary's buffer: when it was sent and how long it has waited. */
export interface BufferTimes {
  sentAt: number;
  /** Adversary steps it has waited. */
  waiting: number;
  /** Its receiver has crashed: it can never be delivered. */
  dead: boolean;
}
