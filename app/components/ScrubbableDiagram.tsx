"use client";
/**
 * The end screens' space-time diagram with its own moment: it opens on the whole game, and the
 * slider, a drag on the diagram or the arrow keys step it back through time (as the replay does).
 */
import { useState } from "react";
import type { Timeline } from "@/server/engine/timeline";
import { SpaceTimeDiagram } from "./SpaceTimeDiagram";
import { TimeSlider } from "./TimeSlider";

export function ScrubbableDiagram({ timeline, you }: { timeline: Timeline; you?: string }) {
  const [tick, setTick] = useState(timeline.endTick);
  const go = (t: number) => setTick(Math.max(0, Math.min(timeline.endTick, Math.round(t))));
  return (
    <div className="grid gap-1">
      <SpaceTimeDiagram timeline={timeline} you={you} at={tick} onScrub={go} />
      <TimeSlider timeline={timeline} tick={tick} onChange={go} />
    </div>
  );
}
