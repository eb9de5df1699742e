"use client";
/** A bot's rating after each of its matches in one scenario, with par (1500) drawn across. */
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const AXIS = { fontSize: 11, fill: "#475569" };

export function RatingChart({ points, label }: { points: { match: number; rating: number }[]; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={160}>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="match" type="number" domain={["dataMin", "dataMax"]} allowDecimals={false} tick={AXIS} />
          <YAxis domain={["auto", "auto"]} allowDecimals={false} tick={AXIS} width={48} />
          <ReferenceLine y={1500} stroke="#94a3b8" strokeDasharray="4 4" label={{ value: "par", position: "insideTopLeft", fontSize: 10, fill: "#64748b" }} />
          <Tooltip formatter={(v) => [Math.round(Number(v)), "rating"]} labelFormatter={(m) => `match ${m}`} />
          <Line type="monotone" dataKey="rating" stroke="#d97706" strokeWidth={2} dot={points.length <= 30} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
