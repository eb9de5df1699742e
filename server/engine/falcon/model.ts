/**
 * The ground truth of the monitored service: each layer's state, derived from the current
 * instance's failure, kill and temporary fault (types.ts Truth). Server-side only.
 *
 * - switch: "fenced" (the operator cut the host's port), "partitioned" (the switch drops the
 *   host's traffic both ways until the partition heals), or "up".
 * - vm: "killed" (powered off by the operator), "stopped" (the VM-stop fault), or "up".
 * - os: "down" when the VM is not up; else "killed" (the operator terminated the VM's guest),
 *   "panic" (kernel panic), or "up".
 * - app: "down" when the OS is not up; else "killed" (signalled by the operator), "crashed",
 *   "hung" (alive, not serving, for ever), "slow" (a long pause that recovers), or "up".
 *
 * The instance is *alive* while no failure is in force and nothing is killed: slow and
 * partitioned instances are alive (they will serve again unaided). A hung one is not.
 */
import { FAULT_LAYER, LAYERS, type Layer, type Truth } from "./types";

export type LayerStatus = "up" | "crashed" | "hung" | "slow" | "panic" | "stopped" | "killed" | "down" | "partitioned" | "fenced";

/** Depth of a layer: app 0 … switch 3 (a higher depth is lower in the stack). */
export const depth = (layer: Layer): number => LAYERS.indexOf(layer);

export function freshTruth(incarnation: number, startedAtMs: number): Truth {
  return { incarnation, startedAtMs, failure: null, killed: null, temporary: null };
}

const killedAt = (t: Truth, layer: Layer) => t.killed !== null && t.killed.layer === layer;

export function layerStatus(t: Truth, layer: Layer): LayerStatus {
  switch (layer) {
    case "switch":
      if (killedAt(t, "switch")) return "fenced";
      return t.temporary?.kind === "partition" ? "partitioned" : "up";
    case "vm":
      if (killedAt(t, "vm")) return "killed";
      return t.failure?.kind === "vmStop" ? "stopped" : "up";
    case "os":
      if (layerStatus(t, "vm") !== "up") return "down";
      if (killedAt(t, "os")) return "killed";
      return t.failure?.kind === "panic" ? "panic" : "up";
    case "app":
      if (layerStatus(t, "os") !== "up") return "down";
      if (killedAt(t, "app")) return "killed";
      if (t.failure?.kind === "crash") return "crashed";
      if (t.failure?.kind === "hang") return "hung";
      return t.temporary?.kind === "slow" ? "slow" : "up";
  }
}

/** Alive: no failure in force and nothing killed (a slow or partitioned instance is alive). */
export const alive = (t: Truth): boolean => t.failure === null && t.killed === null;

/** The app composes heartbeats: alive and not paused. */
export const composing = (t: Truth): boolean => alive(t) && t.temporary?.kind !== "slow";

/** The host is reachable from the monitor through the switch. */
export const hostReachable = (t: Truth): boolean => layerStatus(t, "switch") === "up";

/** The smallest layer whose failure explains the failure in force (for oversized kills). */
export const failedLayer = (t: Truth): Layer | null => (t.failure ? FAULT_LAYER[t.failure.kind] : null);
