/**
 * The replay's truth: each layer's true state over the game, rebuilt from the trace events alone
 * (fault, heal, kill, declare), beside what the operator saw (heartbeats arriving, answers,
 * its declarations and kills). The debrief draws one lane per layer under the operator's lane.
 */
import { freshTruth, layerStatus, type LayerStatus } from "./model";
import { LAYERS, isPermanent, type FalconEvent, type Layer, type Truth } from "./types";

export interface LayerSegment {
  fromMs: number;
  /** Exclusive; the game's end for the last one. */
  toMs: number;
  status: LayerStatus;
}

export interface FalconHistory {
  layers: Record<Layer, LayerSegment[]>;
  /** What reached the operator, in order: heartbeats and answers, with the ms they arrived. */
  seen: ({ atMs: number; what: "heartbeat"; seq: number; incarnation: number } | { atMs: number; what: "answer"; layer: Layer; kind: "query" | "kill"; answer: string })[];
  declarations: { atMs: number; falseSuspicion: boolean; detectionMs: number | null }[];
  kills: { atMs: number; layer: Layer; executed: boolean; unnecessary: boolean }[];
}

/** Replays the truth through the events, in trace order. */
export function falconHistory(events: readonly FalconEvent[], lengthMs: number): FalconHistory {
  let truth: Truth = freshTruth(1, 0);
  const layers = Object.fromEntries(LAYERS.map((l) => [l, [{ fromMs: 0, toMs: lengthMs, status: "up" as LayerStatus }]])) as Record<Layer, LayerSegment[]>;
  const history: FalconHistory = { layers, seen: [], declarations: [], kills: [] };
  const mark = (atMs: number) => {
    for (const l of LAYERS) {
      const segs = layers[l];
      const last = segs[segs.length - 1];
      const status = layerStatus(truth, l);
      if (status === last.status) continue;
      if (last.fromMs === atMs) last.status = status;
      else {
        last.toMs = atMs;
        segs.push({ fromMs: atMs, toMs: lengthMs, status });
      }
    }
  };
  for (const e of events) {
    switch (e.type) {
      case "fault":
        if (e.effect === "fizzled") break;
        truth = isPermanent(e.kind)
          ? { ...truth, failure: { kind: e.kind, atMs: e.atMs, fault: e.fault } }
          : { ...truth, temporary: { kind: e.kind as "slow" | "partition", atMs: e.atMs, untilMs: e.atMs + (e.durationMs ?? 0), fault: e.fault } };
        mark(e.atMs);
        break;
      case "heal":
        truth = { ...truth, temporary: null };
        mark(e.atMs);
        break;
      case "kill":
        history.kills.push({ atMs: e.atMs, layer: e.layer, executed: e.executed, unnecessary: e.unnecessary });
        if (!e.executed) break;
        if (!truth.killed || LAYERS.indexOf(e.layer) > LAYERS.indexOf(truth.killed.layer)) truth = { ...truth, killed: { layer: e.layer, atMs: e.atMs } };
        mark(e.atMs);
        break;
      case "declare":
        history.declarations.push({ atMs: e.atMs, falseSuspicion: e.falseSuspicion, detectionMs: e.detectionMs });
        truth = freshTruth(truth.incarnation + 1, e.atMs);
        mark(e.atMs);
        break;
      case "arrive":
        history.seen.push({ atMs: e.atMs, what: "heartbeat", seq: e.seq, incarnation: e.incarnation });
        break;
      case "answer":
        history.seen.push({ atMs: e.atMs, what: "answer", layer: e.layer, kind: e.kind, answer: e.answer });
        break;
    }
  }
  return history;
}

/** A layer's true state at `ms` in a history. */
export function statusAt(history: FalconHistory, layer: Layer, ms: number): LayerStatus {
  const segs = history.layers[layer];
  for (let i = segs.length - 1; i >= 0; i--) if (segs[i].fromMs <= ms) return segs[i].status;
  return segs[0].status;
}
