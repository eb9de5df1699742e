/**
 * Rounds to decide over many seeded runs against the splitter, as bars (a server component: the
 * numbers come from server/engine/benor/chart.ts), with the same numbers as a table for screen
 * readers and anyone who prefers one (the class charts' ChartTable).
 */
import type { RoundsDistribution } from "@/server/engine/benor/engine/runs";
import { ChartTable } from "@/app/class/_ui/ChartTable";

/** Rounds 1..SHOWN each get a bar; later rounds share the last one. */
const SHOWN = 10;

export function RoundsChart({ data, caption }: { data: RoundsDistribution; caption: string }) {
  const bars = Array.from({ length: SHOWN }, (_, i) => (i + 1 < SHOWN ? (data.histogram[i + 1] ?? 0) : data.histogram.slice(SHOWN).reduce((a, b) => a + b, 0)));
  const labels = bars.map((_, i) => (i + 1 < SHOWN ? String(i + 1) : `${SHOWN}+`));
  const top = Math.max(1, ...bars);
  const W = 320;
  const H = 140;
  const bw = W / SHOWN;
  const share = (k: number) => `${((100 * k) / data.runs).toFixed(1)}%`;
  return (
    <figure className="grid gap-2" data-testid="benor-rounds-chart">
      <svg viewBox={`0 0 ${W} ${H + 20}`} className="w-full max-w-md" role="img" aria-label={`${caption}. Most runs decide in round 1 (${share(bars[0])}); the mean is ${data.mean.toFixed(2)} rounds and the longest took ${data.max}.`}>
        {bars.map((k, i) => {
          const h = Math.max(k > 0 ? 1 : 0, (k / top) * (H - 14));
          return (
            <g key={i}>
              <rect x={i * bw + 3} y={H - h} width={bw - 6} height={h} className="fill-amber-500" />
              <text x={i * bw + bw / 2} y={H - h - 3} textAnchor="middle" className="fill-slate-600 text-[9px]">{k}</text>
              <text x={i * bw + bw / 2} y={H + 13} textAnchor="middle" className="fill-slate-700 text-[10px]">{labels[i]}</text>
            </g>
          );
        })}
        <line x1={0} x2={W} y1={H} y2={H} className="stroke-slate-400" />
      </svg>
      <figcaption className="text-sm text-slate-600">
        {caption}: the round of the last decision (horizontal), how many runs (bars). Mean {data.mean.toFixed(2)} rounds; longest {data.max}; every run decided.
      </figcaption>
      <ChartTable caption={caption} head={["Last decision in round", "Runs", "Share"]} rows={bars.map((k, i) => [labels[i], k, share(k)])} />
    </figure>
  );
}
