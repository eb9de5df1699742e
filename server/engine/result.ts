/** What every scenario's reducer returns: a new state and its trace events, or a typed refusal. */
import type { ENGINE_ERROR_CODES } from "./scenarios";

/**
 * Why the engine refused an action, in words any scenario may use. Stable codes: clients and
 * docs rely on them. A scenario's own codes live in its folder (`Scenario.errorCodes`); the
 * registry (scenarios.ts) lists them all as ENGINE_ERROR_CODES.
 */
export const SHARED_ENGINE_ERROR_CODES = ["GAME_OVER", "NOT_YOUR_SEAT", "NOT_ALLOWED", "TOO_SOON", "ALREADY_DECIDED"] as const;
export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

export interface EngineError {
  code: EngineErrorCode;
  message: string;
}

export type ReduceResult<S, E> =
  | { ok: true; state: S; events: E[] }
  | { ok: false; error: EngineError };

export function refuse(code: EngineErrorCode, message: string): { ok: false; error: EngineError } {
  return { ok: false, error: { code, message } };
}
