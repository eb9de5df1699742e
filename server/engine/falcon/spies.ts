/**
 * The spies and their weapons. A layer's spy lives in the layer below it (the application's in
 * the OS, the OS's in the hypervisor, the VM's on the physical host) and is reached through the
 * switch; the switch's spy sits on the monitor's side of the switch. A spy answers from the truth
 * at the moment its answer reaches the monitor:
 *
 * - switch spy: "down" if the operator fenced the host, "partitioned" during a partition, else "up".
 * - VM, OS and application spies: "cant-tell" when the host is unreachable (partition, fence) or
 *   the layer the spy lives in (or one below it) is down: lower spies watch higher spies.
 *   Otherwise "down" when their layer is down (VM killed or stopped; OS killed or panicked; app
 *   killed or crashed), the application spy "hung" for a hung application, and "up" otherwise:
 *   a slow application is in the process table and making progress, so its spy says "up".
 *
 * Kills act at once, when the operator sends them; their confirmation comes back with the spy's
 * latency. The application is killed by an OS signal and the OS by terminating the VM's guest:
 * both need the host reachable and the layer below up. The VM is powered off out of band and the
 * host's switch port is disabled at the switch: those always work.
 */
import { hostReachable, layerStatus } from "./model";
import type { KillResult, Layer, SpyAnswer, Truth } from "./types";

const HOST: Record<Layer, Layer | null> = { app: "os", os: "vm", vm: null, switch: null };

export function spyAnswer(t: Truth, layer: Layer): SpyAnswer {
  if (layer === "switch") {
    const s = layerStatus(t, "switch");
    return s === "fenced" ? "down" : s === "partitioned" ? "partitioned" : "up";
  }
  if (!hostReachable(t)) return "cant-tell";
  const host = HOST[layer];
  if (host && layerStatus(t, host) !== "up") return "cant-tell";
  const s = layerStatus(t, layer);
  if (s === "hung") return "hung";
  return s === "up" || s === "slow" ? "up" : "down";
}

/** Whether a kill of `layer` sent now takes effect. */
export function killWorks(t: Truth, layer: Layer): boolean {
  if (layer === "vm" || layer === "switch") return true;
  const host = HOST[layer]!;
  return hostReachable(t) && layerStatus(t, host) === "up";
}

export const killResult = (t: Truth, layer: Layer): KillResult => (killWorks(t, layer) ? "killed" : "cant-tell");
