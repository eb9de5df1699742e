/**
 * The replay's layer lanes as positions: each layer's true-state segments and the operator's acts,
 * cut at the replay's moment (nothing after it is drawn, as on the rest of the replay page), in
 * percent of the game, and an axis in whole seconds that stays readable on a phone.
 */
import type { FalconHistory } from "@/server/engine/falcon/history";
import type { LayerStatus } from "@/server/engine/falcon/model";
import type { Layer } from "@/server/engine/falcon/types";

/** What a lane's colour says: the layer serves; it is alive but silent for a while; it has failed; the operator killed it. */
export const SHADES = ["up", "silent", "failed", "killed"] as const;
export type Shade = (typeof SHADES)[number];

const SHADE: Record<LayerStatus, Shade> = { up: "up", slow: "silent", partitioned: "silent", crashed: "failed", hung: "failed", panic: "failed", stopped: "failed", down: "failed", killed: "killed", fenced: "killed" };

export const shadeOf = (status: LayerStatus): Shade => SHADE[status];

export interface LaneSegment {
  status: LayerStatus;
  shade: Shade;
  fromMs: number;
  toMs: number;
  /** Percent of the game. */
  left: number;
  width: number;
}

/** A layer's segments up to `nowMs` (the last one cut there), in percent of `lengthMs`. */
export function laneSegments(history: FalconHistory, layer: Layer, nowMs: number, lengthMs: number): LaneSegment[] {
  const pct = (ms: number) => (100 * ms) / lengthMs;
  return history.layers[layer]
    .filter((s) => s.fromMs < nowMs || (nowMs === 0 && s.fromMs === 0))
    .map((s) => {
      const toMs = Math.min(s.toMs, nowMs);
      return { status: s.status, shade: shadeOf(s.status), fromMs: s.fromMs, toMs, left: pct(s.fromMs), width: pct(toMs - s.fromMs) };
    });
}

/** The seconds to label on an axis of `lengthMs`: a round step giving at most `most` gaps (6 fit a phone). */
export function axisSeconds(lengthMs: number, most = 6): number[] {
  const seconds = lengthMs / 1000;
  const step = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300].find((s) => seconds / s <= most) ?? Math.ceil(seconds / most);
  const marks: number[] = [];
  for (let s = 0; s <= seconds + 1e-9; s += step) marks.push(s);
  return marks;
}
