import { describe, expect, it } from "vitest";
import { falconHistory } from "@/server/engine/falcon/history";
import type { FalconEvent } from "@/server/engine/falcon/types";
import { axisSeconds, laneSegments } from "./lanes";

// A crash at 2 s, failed over at 5 s, in a 10 s game.
const events: FalconEvent[] = [
  { type: "fault", tick: 20, atMs: 2_000, kind: "crash", durationMs: null, by: "timeline", effect: "injected", fault: 0 },
  { type: "declare", tick: 50, atMs: 5_000, falseSuspicion: false, fault: 0, detectionMs: 3_000 },
];
const history = falconHistory(events, 10_000);

describe("the replay's layer lanes", () => {
  it("cut each layer at the moment: nothing after it is drawn", () => {
    expect(laneSegments(history, "app", 3_000, 10_000).map((s) => [s.status, s.left, s.width])).toEqual([
      ["up", 0, 20],
      ["crashed", 20, 10],
    ]);
    expect(laneSegments(history, "app", 10_000, 10_000).map((s) => [s.shade, s.fromMs, s.toMs])).toEqual([
      ["up", 0, 2_000],
      ["failed", 2_000, 5_000],
      ["up", 5_000, 10_000],
    ]);
    // The layers below the application stayed up.
    expect(laneSegments(history, "os", 10_000, 10_000).map((s) => s.status)).toEqual(["up"]);
  });

  it("at the very start shows the first state, empty", () => {
    expect(laneSegments(history, "app", 0, 10_000)).toEqual([{ status: "up", shade: "up", fromMs: 0, toMs: 0, left: 0, width: 0 }]);
  });

  it("labels the axis in round seconds, six gaps at the most", () => {
    expect(axisSeconds(10_000)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(axisSeconds(60_000)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(axisSeconds(40_000)).toEqual([0, 10, 20, 30, 40]);
    expect(axisSeconds(120_000)).toEqual([0, 20, 40, 60, 80, 100, 120]);
  });
});
