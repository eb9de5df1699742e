/**
 * What the "ways around FLP" engines (../benor/engine/, ../weaker/engine/) return: a new state and its
 * events, or a refusal with a code and a reason, shaped like result.ts's ReduceResult, so that a
 * scenario's reducer can map each code onto its own refusal codes (the Ben-Or scenario does).
 */
export const WAYS_ERROR_CODES = ["NO_SUCH_MESSAGE", "NO_SUCH_PROCESS", "PROCESS_CRASHED", "TOO_MANY_CRASHES", "UNFAIR", "NOT_ALLOWED"] as const;
export type WaysErrorCode = (typeof WAYS_ERROR_CODES)[number];

export type WaysRefusal = { ok: false; error: { code: WaysErrorCode; message: string } };
export type WaysResult<S, E> = { ok: true; state: S; events: E[] } | WaysRefusal;

export function refuseWays(code: WaysErrorCode, message: string): WaysRefusal {
  return { ok: false, error: { code, message } };
}
