/** The clock to dawn: a sun that climbs as the ticks pass. */
export function DawnClock({ tick, dawnTick, tickMs, finished }: { tick: number; dawnTick: number; tickMs: number; finished: boolean }) {
  const left = Math.max(0, dawnTick - tick);
  const share = Math.min(1, tick / dawnTick);
  return (
    <div className="grid gap-1" role="timer" aria-live="off" aria-label={finished ? "Dawn has broken" : `Tick ${tick} of ${dawnTick}`}>
      <div className="flex justify-between text-sm">
        <span className="font-medium">{finished ? "Dawn has broken" : `Tick ${tick} of ${dawnTick}`}</span>
        <span className="text-slate-600">{finished ? "the game is over" : `dawn in ${left} ticks (about ${Math.ceil((left * tickMs) / 1000)} s)`}</span>
      </div>
      <div className="h-2.5 rounded-full bg-slate-200 overflow-hidden">
        <div
          className="h-full rounded-full bg-gradient-to-r from-indigo-700 via-orange-400 to-amber-300"
          style={{ width: `${share * 100}%`, transition: `width ${tickMs}ms linear` }}
        />
      </div>
    </div>
  );
}
