/**
 * The "ways around FLP" engines' refusal codes (flp/waysResult.ts) as a scenario's: the same
 * meanings as FLP's codes. Keyed by the engines' codes; a reducer that indexes it with a code
 * missing here does not compile.
 */
import type { EngineErrorCode } from "../result";

export const WAYS_REFUSALS = {
  NO_SUCH_MESSAGE: "NO_SUCH_MESSAGE",
  NO_SUCH_PROCESS: "NOT_ALLOWED",
  PROCESS_CRASHED: "PROCESS_CRASHED",
  TOO_MANY_CRASHES: "NO_CRASH_LEFT",
  UNFAIR: "UNFAIR",
  NOT_ALLOWED: "NOT_ALLOWED",
} as const satisfies Record<string, EngineErrorCode>;
