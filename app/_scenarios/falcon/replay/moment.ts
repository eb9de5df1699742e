/**
 * A Falcon replay at one moment, from the history the engine rebuilt (history.ts): what had
 * reached the operator by then, and each layer's true state, which only the server knew.
 */
import { statusAt, type FalconHistory } from "@/server/engine/falcon/history";
import type { LayerStatus } from "@/server/engine/falcon/model";
import { LAYERS, type Layer } from "@/server/engine/falcon/types";

export interface OperatorAt {
  heartbeats: number;
  lastHeartbeatMs: number | null;
  /** The latest answer from each layer's spy or kill, top layer first (layers never asked are left out). */
  answers: { layer: Layer; kind: "query" | "kill"; answer: string; atMs: number }[];
  declarations: { atMs: number; falseSuspicion: boolean }[];
  kills: { atMs: number; layer: Layer; executed: boolean; unnecessary: boolean }[];
}

export function operatorAt(history: FalconHistory, nowMs: number): OperatorAt {
  const seen = history.seen.filter((s) => s.atMs <= nowMs);
  const beats = seen.filter((s) => s.what === "heartbeat");
  const answers = LAYERS.flatMap((layer) => {
    const last = seen.findLast((s) => s.what === "answer" && s.layer === layer);
    return last && last.what === "answer" ? [{ layer, kind: last.kind, answer: last.answer, atMs: last.atMs }] : [];
  });
  return {
    heartbeats: beats.length,
    lastHeartbeatMs: beats.length > 0 ? beats[beats.length - 1].atMs : null,
    answers,
    declarations: history.declarations.filter((d) => d.atMs <= nowMs),
    kills: history.kills.filter((k) => k.atMs <= nowMs),
  };
}

/** Each layer's true state at `nowMs`, top layer first. */
export const truthAt = (history: FalconHistory, nowMs: number): { layer: Layer; status: LayerStatus }[] => LAYERS.map((layer) => ({ layer, status: statusAt(history, layer, nowMs) }));
