"use client";
/** A bot's rating after each of its matches in one scenario, with par (1500) drawn across. */
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const AXIS = { fontSize: 11, fill: "#475569" };

/** A y range that holds the points and par with some room, so a flat line does not fill the chart with decimals. */
function rangeOf(points: readonly { rating: number }[]): [number, number] {
  const ratings = points.map((p) => p.rating);
  const low = Math.min(1500, ...ratings);
  const high = Math.max(1500, ...ratings);
  return [Math.floor((low - 25) / 50) * 50, Math.ceil((high + 25) / 50) * 50];
}

/** Round ticks across the range: every 50 points, or every 100 or more on a wide one. */
function ticksOf([low, high]: [number, number]): number[] {
  const step = Math.max(50, Math.ceil((high - low) / 5 / 50) * 50);
  const ticks: number[] = [];
  for (let t = Math.ceil(low / step) * step; t <= high; t += step) ticks.push(t);
  return ticks;
}

export function RatingChart({ points, label }: { points: { match: number; rating: number }[]; label: string }) {
  const range = rangeOf(points);
  return (
    <div role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={160}>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="match" type="number" domain={["dataMin", "dataMax"]} allowDecimals={false} tick={AXIS} />
          <YAxis domain={range} ticks={ticksOf(range)} allowDecimals={false} tick={AXIS} width={52} tickFormatter={(v: number) => String(Math.round(v))} />
          <ReferenceLine y={1500} stroke="#94a3b8" strokeDasharray="4 4" label={{ value: "par", position: "insideTopLeft", fontSize: 10, fill: "#64748b" }} />
          <Tooltip itemStyle={{ color: "#0f172a" }} formatter={(v) => [Math.round(Number(v)), "rating"]} labelFormatter={(m) => `match ${m}`} />
          <Line type="monotone" dataKey="rating" stroke="#d97706" strokeWidth={2} dot={points.length <= 30} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
