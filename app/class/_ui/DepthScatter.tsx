"use client";
/** Each game a dot: messages sent across, knowledge depth up, coloured by outcome. */
import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { ClassChartProps } from "@/app/_scenarios/classUi";
import { CHART_AXIS, CLASS_COLORS, CLASS_ORDER, classOf } from "./aggregate";

export function DepthScatter({ metrics, words }: ClassChartProps) {
  return (
    <ResponsiveContainer width="100%" height={200}>
      <ScatterChart margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="messages" name="messages" allowDecimals={false} tick={CHART_AXIS} />
        <YAxis type="number" dataKey="depth" name="depth" allowDecimals={false} tick={CHART_AXIS} />
        <ZAxis range={[60, 60]} />
        <Tooltip cursor={{ strokeDasharray: "3 3" }} />
        {CLASS_ORDER.map((c) => (
          <Scatter key={c} name={words[c]} data={metrics.filter((m) => classOf(m) === c).map((m) => ({ messages: m.messages, depth: m.depth ?? 0 }))} fill={CLASS_COLORS[c]} isAnimationActive={false} />
        ))}
        <Legend wrapperStyle={{ fontSize: 11 }} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
