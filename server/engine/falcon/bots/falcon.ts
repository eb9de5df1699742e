/**
 * The Falcon bot: the operator following the paper's rules (Leners et al., SOSP 2011), reading
 * only its own view. Stateless between ticks: everything it remembers is in its view (its
 * requests, answers and declarations).
 *
 * While heartbeats flow it does nothing. Once none has arrived for SUSPECT_AFTER past the
 * period (its e2e timeout, short: it only starts the spies), it asks the deployed spies bottom-up,
 * one at a time (switch, VM, OS, application), each answer fresh for RECHECK_MS:
 * - a spy says "down": trusted, declare;
 * - the application spy says "hung": kill the application (an OS signal, the smallest
 *   component), and declare once the kill is confirmed;
 * - the switch says "partitioned", or the lowest deployed spy cannot tell (the host is cut off):
 *   a partition; wait, and ask again later (Falcon waits rather than guess);
 * - a spy cannot tell while the one below it is older: ask the one below again (lower spies
 *   watch higher spies);
 * - the application spy says "up": alive, only slow; wait.
 * Fallback, when no spy can speak for the application (none deployed, or it cannot tell while
 * the layers below are up): an end-to-end timeout of FALLBACK_MS, longer than any pause the
 * system allows (params.maxPauseMs ≤ 8 s), counted from the last heartbeat or the last word of a
 * partition, backed by a remote kill of the smallest layer that can be killed for certain, then
 * declare once the kill is confirmed. With no spy at all this is a plain long timeout with a
 * kill, and a partition longer than FALLBACK_MS fools it.
 */
import type { OperatorMove } from "../moves";
import { LAYERS_BOTTOM_UP, type AnswerSeen, type Layer } from "../types";
import type { OperatorView } from "../views";

export const SUSPECT_AFTER_MS = 300;
export const RECHECK_MS = 1_000;
export const FALLBACK_MS = 10_000;

const BELOW: Record<Layer, Layer | null> = { app: "os", os: "vm", vm: "switch", switch: null };

export const falconTimeout = (view: OperatorView) => view.params.heartbeatMs + SUSPECT_AFTER_MS;

/** The answer of that kind from that layer to the latest request asked at or after `since` (answers arrive out of order). */
function latest(view: OperatorView, layer: Layer, kind: "query" | "kill", since: number): AnswerSeen | null {
  let best: AnswerSeen | null = null;
  for (const a of view.answers) {
    if (a.layer === layer && a.kind === kind && a.askedAtMs >= since && (!best || a.askedAtMs >= best.askedAtMs)) best = a;
  }
  return best;
}

const pendingOn = (view: OperatorView, layer: Layer, kind: "query" | "kill") => view.pending.some((p) => p.layer === layer && p.kind === kind);

export function falconMoves(view: OperatorView): OperatorMove[] {
  const timeout = falconTimeout(view);
  if (view.timeoutMs !== timeout) return [{ type: "setTimeout", timeoutMs: timeout }];
  if (view.silentMs < timeout) return [];
  const since = view.lastHeartbeatMs ?? view.instanceSinceMs;
  const fresh = (a: AnswerSeen) => view.nowMs - a.answeredAtMs <= RECHECK_MS;
  // A kill of ours confirmed in this silence: the suspicion is now certain.
  for (const layer of LAYERS_BOTTOM_UP) {
    if (latest(view, layer, "kill", since)?.answer === "killed") return [{ type: "declare" }];
  }
  if (view.pending.some((p) => p.kind === "kill")) return [];
  const spies = LAYERS_BOTTOM_UP.filter((l) => view.params.spies.includes(l));
  let appAlive = false;
  let unexplained = false;
  for (const layer of spies) {
    if (pendingOn(view, layer, "query")) return [];
    const a = latest(view, layer, "query", since);
    if (!a || !fresh(a)) return [{ type: "query", layer }];
    switch (a.answer) {
      case "down":
        return [{ type: "declare" }];
      case "hung": {
        const kill = latest(view, "app", "kill", a.askedAtMs);
        return kill ? [] : [{ type: "kill", layer: "app" }]; // a kill that could not be confirmed: wait for a fresh look
      }
      case "partitioned":
        return [];
      case "cant-tell": {
        if (layer === spies[0]) return []; // the lowest spy cannot reach the host: a partition
        const below = BELOW[layer];
        const lower = below && spies.includes(below) ? latest(view, below, "query", since) : null;
        if (lower && lower.answeredAtMs < a.answeredAtMs) return [{ type: "query", layer: below! }];
        unexplained = true;
        break;
      }
      case "up":
        if (layer === "app") appAlive = true;
        break;
    }
  }
  if (appAlive && !unexplained) return [];
  // The fallback's clock starts at the last heartbeat, or later at the last word of a partition.
  let quietSince = since;
  for (const a of view.answers) {
    if (a.askedAtMs >= since && (a.answer === "partitioned" || (a.answer === "cant-tell" && a.layer === spies[0]))) quietSince = Math.max(quietSince, a.answeredAtMs);
  }
  if (view.nowMs - quietSince < FALLBACK_MS) return [];
  // The fallback: kill the smallest layer we know can be killed (the app needs its OS up).
  const osUp = spies.includes("os") && latest(view, "os", "query", since)?.answer === "up";
  return [{ type: "kill", layer: osUp ? "app" : "vm" }];
}
