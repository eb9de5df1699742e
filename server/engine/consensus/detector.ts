/**
 * The failure-detector classes as rules the server keeps. Mistakes are false suspicions of
 * a process that has not crashed; completeness is the duty to suspect crashed processes.
 */
import type { DetectorClass } from "./terms";

/** Classes whose accuracy is about one process ("some correct process"): the protected one. */
export const hasProtectedProcess = (c: DetectorClass): boolean => c === "S" || c === "ES" || c === "W" || c === "EW";

/** Strong completeness: every correct process eventually suspects every crashed one. */
export const strongComplete = (c: DetectorClass): boolean => c === "P" || c === "EP" || c === "S" || c === "ES";

/** May a process that has not crashed, `target`, be suspected at `tick`? */
export function mistakeAllowed(c: DetectorClass, tick: number, gst: number, target: number, protectedProcess: number | null): boolean {
  switch (c) {
    case "P":
      return false;
    case "EP":
      return tick < gst;
    case "S":
    case "W":
      return target !== protectedProcess;
    case "ES":
    case "EW":
      return tick < gst || target !== protectedProcess;
  }
}

/**
 * Must `p` suspect the crashed `q` by now? Strong completeness: every live process, from
 * `detectBy`. Weak completeness: the protected process (which never crashes) does.
 */
export function mustSuspect(c: DetectorClass, p: number, tick: number, detectBy: number, protectedProcess: number | null): boolean {
  if (tick < detectBy) return false;
  return strongComplete(c) || p === protectedProcess;
}
