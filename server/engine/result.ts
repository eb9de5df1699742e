/** What every scenario's reducer returns: a new state and its trace events, or a typed refusal. */

/** Why the engine refused an action. Stable codes: clients and docs rely on them. */
export const ENGINE_ERROR_CODES = [
  "GAME_OVER",
  "NOT_YOUR_SEAT",
  "NOT_ALLOWED",
  "TOO_SOON",
  "ALREADY_DECIDED",
  "UNKNOWN_MESSENGER",
  "UNKNOWN_MESSAGE",
  "CLASS_VIOLATION",
] as const;
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
