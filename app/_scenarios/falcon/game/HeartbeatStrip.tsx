/**
 * The operator's last ten seconds: each heartbeat as it arrived, the silence since the last one
 * (amber, red once the timeout has fired), and the timeout as a dashed line that far back from
 * now: a silence reaching past it has fired the timeout. HTML with a fixed height, so the gaps
 * read the same on a phone as on a desktop.
 */
import type { OperatorView } from "@/server/engine/falcon/views";
import { sec } from "../falconWords";

const WINDOW_MS = 10_000;

export function HeartbeatStrip({ view }: { view: OperatorView }) {
  const from = view.nowMs - WINDOW_MS;
  const x = (ms: number) => `${(100 * Math.max(0, ms - from)) / WINDOW_MS}%`;
  const shown = view.heartbeats.filter((h) => h.arrivedAtMs >= from);
  const silentFrom = view.lastHeartbeatMs ?? view.instanceSinceMs;
  return (
    <div className="grid gap-1">
      <div
        className="relative h-16 rounded-lg bg-slate-50 ring-1 ring-slate-200 overflow-hidden"
        role="img"
        aria-label={`Heartbeats of the last 10 seconds: ${shown.length}; silent for ${sec(view.silentMs)}; your timeout ${sec(view.timeoutMs)}`}
        data-testid="falcon-heartbeats"
      >
        <span className="absolute inset-x-0 top-1/2 h-px bg-slate-300" />
        <span
          className={`absolute inset-y-2 right-0 rounded ${view.suspecting ? "bg-rose-200" : "bg-amber-100"}`}
          style={{ left: x(silentFrom) }}
        />
        {view.timeoutMs < WINDOW_MS && (
          <span className="absolute inset-y-0 border-l-2 border-dashed border-slate-500" style={{ left: x(view.nowMs - view.timeoutMs) }}>
            <span className="absolute top-0 left-1 text-[11px] leading-4 text-slate-600 whitespace-nowrap">timeout</span>
          </span>
        )}
        {shown.map((h) => (
          <span
            key={`${h.incarnation}-${h.seq}`}
            className={`absolute top-1/2 h-9 w-1.5 -translate-x-1/2 -translate-y-1/2 rounded-full ${h.incarnation === view.incarnation ? "bg-green-600" : "bg-slate-400"}`}
            style={{ left: x(h.arrivedAtMs) }}
          />
        ))}
      </div>
      <div className="flex justify-between text-xs text-slate-600" aria-hidden>
        <span>−10 s</span>
        <span>−5 s</span>
        <span>now</span>
      </div>
    </div>
  );
}
