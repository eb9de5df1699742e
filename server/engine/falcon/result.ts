/**
 * What the Falcon reducer returns: ../result.ts's ReduceResult with Falcon's codes beside the
 * shared ones. Once FALCON_ERROR_CODES joins ENGINE_ERROR_CODES (scenarios.ts), this type is
 * ReduceResult<FalconState, FalconEvent> and this file can go.
 */
import type { SHARED_ENGINE_ERROR_CODES } from "../result";
import type { FALCON_ERROR_CODES } from "./errors";

export type FalconErrorCode = (typeof SHARED_ENGINE_ERROR_CODES)[number] | (typeof FALCON_ERROR_CODES)[number];
export type FalconRefusal = { ok: false; error: { code: FalconErrorCode; message: string } };
export type FalconResult<S, E> = { ok: true; state: S; events: E[] } | FalconRefusal;

export function refuse(code: FalconErrorCode, message: string): FalconRefusal {
  return { ok: false, error: { code, message } };
}
