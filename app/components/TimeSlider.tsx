"use client";
/**
 * The time slider of the replay and of the end screens' diagram: one tick a step, a tall track
 * for a thumb, the moment spoken as a clock time. The diagram beside it follows the same tick.
 */
import { clockLabel } from "./clock";
import type { Timeline } from "@/server/engine/timeline";

export function TimeSlider({ timeline, tick, onChange, showTime = true }: { timeline: Timeline; tick: number; onChange: (tick: number) => void; showTime?: boolean }) {
  const at = clockLabel(timeline.clock, tick);
  return (
    <div className="flex items-center gap-3">
      <input
        type="range"
        min={0}
        max={timeline.endTick}
        step={1}
        value={tick}
        onChange={(e) => onChange(Number(e.target.value))}
        aria-label="Time"
        aria-valuetext={at}
        className="h-10 w-full min-w-0 accent-amber-500 cursor-pointer"
      />
      {showTime && <output className="shrink-0 font-mono text-sm w-24 text-right" data-testid="diagram-time">{at}</output>}
    </div>
  );
}
