/** Words and formats every Falcon screen shares: the layers' names and simulated time in seconds. */
import type { Layer } from "@/server/engine/falcon/types";

export const LAYER_WORDS: Record<Layer, string> = { app: "application", os: "OS", vm: "VM", switch: "switch" };

/** Simulated milliseconds as seconds with one decimal ("—" for none). */
export const sec = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(1)} s`);

/** A game's faults in one line: "crash at 12.0 s, slow 3.0 s at 20.0 s (fizzled)". */
export function faultsInWords(faults: readonly { kind: string; atMs: number; durationMs: number | null; effect: "injected" | "fizzled" }[]): string {
  if (faults.length === 0) return "none";
  return faults.map((f) => `${f.kind}${f.durationMs ? ` ${sec(f.durationMs)}` : ""} at ${sec(f.atMs)}${f.effect === "fizzled" ? " (fizzled)" : ""}`).join(", ");
}
