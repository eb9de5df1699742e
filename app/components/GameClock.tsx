/** The clock to the end of the game (dawn, midnight): a bar that fills as time passes. */
import type { Timeline } from "@/server/engine/timeline";
import { clockLabel } from "@/app/components/clock";

export interface GameClockProps {
  tick: number;
  endTick: number;
  tickMs: number;
  finished: boolean;
  clock: Timeline["clock"];
  endLabel: string;
}

export function GameClock({ tick, endTick, tickMs, finished, clock, endLabel }: GameClockProps) {
  const left = Math.max(0, endTick - tick);
  const unit = clock === "hour" ? "hours" : "ticks";
  const now = clock === "hour" ? clockLabel(clock, tick) : `Tick ${tick} of ${endTick}`;
  return (
    <div className="grid gap-1" role="timer" aria-live="off" aria-label={finished ? `${endLabel} has come` : now}>
      <div className="flex justify-between text-sm">
        <span className="font-medium">{finished ? `${endLabel.charAt(0).toUpperCase()}${endLabel.slice(1)}: the game is over` : now}</span>
        <span className="text-slate-600">{finished ? "" : `${endLabel} in ${left} ${unit} (about ${Math.ceil((left * tickMs) / 1000)} s)`}</span>
      </div>
      <div className="h-2.5 rounded-full bg-slate-200 overflow-hidden">
        <div
          className="h-full rounded-full bg-gradient-to-r from-indigo-700 via-orange-400 to-amber-300"
          style={{ width: `${Math.min(1, tick / endTick) * 100}%`, transition: `width ${tickMs}ms linear` }}
        />
      </div>
    </div>
  );
}
