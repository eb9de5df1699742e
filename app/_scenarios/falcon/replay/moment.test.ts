import { describe, expect, it } from "vitest";
import { falconHistory } from "@/server/engine/falcon/history";
import type { FalconEvent } from "@/server/engine/falcon/types";
import { operatorAt, truthAt } from "./moment";

// Two heartbeats, a VM stop at 2 s, the VM spy's answer at 3.1 s, a failover at 4 s.
const events: FalconEvent[] = [
  { type: "arrive", tick: 6, atMs: 520, incarnation: 1, seq: 1, sentAtMs: 500 },
  { type: "arrive", tick: 11, atMs: 1_030, incarnation: 1, seq: 2, sentAtMs: 1_000 },
  { type: "fault", tick: 20, atMs: 2_000, kind: "vmStop", durationMs: null, by: "timeline", effect: "injected", fault: 0 },
  { type: "answer", tick: 32, atMs: 3_100, request: 1, layer: "vm", kind: "query", answer: "down" },
  { type: "declare", tick: 40, atMs: 4_000, falseSuspicion: false, fault: 0, detectionMs: 2_000 },
];
const history = falconHistory(events, 10_000);

describe("a Falcon replay at one moment", () => {
  it("shows the operator only what had reached it by then", () => {
    expect(operatorAt(history, 1_000)).toEqual({ heartbeats: 1, lastHeartbeatMs: 520, answers: [], declarations: [], kills: [] });
    const later = operatorAt(history, 5_000);
    expect(later.heartbeats).toBe(2);
    expect(later.answers).toEqual([{ layer: "vm", kind: "query", answer: "down", atMs: 3_100 }]);
    expect(later.declarations).toEqual([{ atMs: 4_000, falseSuspicion: false, detectionMs: 2_000 }]);
  });

  it("gives each layer's truth: the VM stopped drags the layers above it down, until the failover", () => {
    expect(truthAt(history, 3_000)).toEqual([
      { layer: "app", status: "down" },
      { layer: "os", status: "down" },
      { layer: "vm", status: "stopped" },
      { layer: "switch", status: "up" },
    ]);
    expect(truthAt(history, 4_000).every((l) => l.status === "up")).toBe(true);
  });
});
