"use client";
/** Each game a mark: messages sent across, knowledge depth up, its colour and shape the outcome (with the numbers as a table). */
import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { ClassChartProps } from "@/app/_scenarios/classUi";
import { CHART_AXIS, CLASS_COLORS, CLASS_ORDER, classOf, type OutcomeClass } from "./aggregate";
import { ChartTable } from "./ChartTable";

/** Not colour alone: each outcome class its own shape too. */
const SHAPES: Record<OutcomeClass, "circle" | "square" | "cross"> = { success: "circle", neither: "square", unsafe: "cross" };

export function DepthScatter({ metrics, words }: ClassChartProps) {
  const counts = new Map<string, { messages: number; depth: number; cls: OutcomeClass; games: number }>();
  for (const m of metrics) {
    const row = { messages: m.messages, depth: m.depth ?? 0, cls: classOf(m) };
    const key = `${row.messages}/${row.depth}/${row.cls}`;
    counts.set(key, { ...row, games: (counts.get(key)?.games ?? 0) + 1 });
  }
  const rows = [...counts.values()].sort((a, b) => a.messages - b.messages || a.depth - b.depth);
  return (
    <>
      <ResponsiveContainer width="100%" height={200}>
        <ScatterChart margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="messages" name="messages" allowDecimals={false} tick={CHART_AXIS} />
          <YAxis type="number" dataKey="depth" name="depth" allowDecimals={false} tick={CHART_AXIS} />
          <ZAxis range={[60, 60]} />
          <Tooltip cursor={{ strokeDasharray: "3 3" }} />
          {CLASS_ORDER.map((c) => (
            <Scatter key={c} name={words[c]} data={metrics.filter((m) => classOf(m) === c).map((m) => ({ messages: m.messages, depth: m.depth ?? 0 }))} fill={CLASS_COLORS[c]} shape={SHAPES[c]} isAnimationActive={false} />
          ))}
          <Legend wrapperStyle={{ fontSize: 11 }} />
        </ScatterChart>
      </ResponsiveContainer>
      <ChartTable caption="Games by messages sent and knowledge depth" head={["Messages", "Depth", "Outcome", "Games"]} rows={rows.map((r) => [r.messages, r.depth, words[r.cls], r.games])} />
    </>
  );
}
