/**
 * A consensus run's clock: the tick against the limit, and for the adversary, who knows it, GST
 * (processes are never told when it comes).
 */
export function ConsensusClock({ tick, maxTicks, tickMs, finished, gst }: { tick: number; maxTicks: number; tickMs: number; finished: boolean; gst?: number }) {
  const f = (t: number) => `${Math.min(1, t / maxTicks) * 100}%`;
  const beforeGst = gst !== undefined && tick < gst;
  return (
    <div className="grid gap-1" role="timer" aria-live="off" aria-label={finished ? `The run ended at tick ${tick}` : `Tick ${tick} of at most ${maxTicks}`}>
      <div className="flex flex-wrap justify-between gap-x-3 text-sm">
        <span className="font-medium" data-testid="consensus-tick">{finished ? `The run ended at tick ${tick}` : `Tick ${tick}`}</span>
        <span className="text-slate-600">
          {gst !== undefined && !finished && (
            <span className={beforeGst ? "text-rose-700 font-medium" : "text-emerald-700 font-medium"} data-testid="gst-status">
              {beforeGst ? `GST at tick ${gst}, in ${gst - tick}: mistakes allowed until then` : `after GST (tick ${gst}): the class's promise holds`}
              {" · "}
            </span>
          )}
          limit: tick {maxTicks}
        </span>
      </div>
      <div className="relative h-2.5 rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-gradient-to-r from-sky-600 to-indigo-500" style={{ width: f(tick), transition: `width ${tickMs}ms linear` }} />
        {gst !== undefined && gst <= maxTicks && (
          <div className="absolute -top-1 -bottom-1 w-0.5 bg-rose-600" style={{ left: f(gst) }} aria-hidden="true" title={`GST: tick ${gst}`} />
        )}
      </div>
    </div>
  );
}
