/**
 * Plain end-to-end timeouts, the detectors of "choosing your poison": once no heartbeat has
 * arrived for the timeout, declare the service failed and power its VM off (a remote kill: the
 * suspicion is made true). The short one is fast and loses accuracy (and kills what was only
 * slow); the long one is accurate more often and slow.
 */
import type { OperatorMove } from "../moves";
import type { OperatorView } from "../views";

export const SHORT_TIMEOUT_MS = 1_000;
export const LONG_TIMEOUT_MS = 8_000;

export function timeoutMoves(view: OperatorView, timeoutMs: number): OperatorMove[] {
  if (view.timeoutMs !== timeoutMs) return [{ type: "setTimeout", timeoutMs }];
  if (view.silentMs < timeoutMs) return [];
  const killing = view.pending.some((p) => p.kind === "kill" && p.layer === "vm");
  return killing ? [{ type: "declare" }] : [{ type: "kill", layer: "vm" }, { type: "declare" }];
}
