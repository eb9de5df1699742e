"use client";
/** Consensus on the class debrief: the checker's verdicts as a pie, and a word when some run failed it. */
import { Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import { CLASS_COLORS, tally } from "@/app/class/_ui/aggregate";
import { ChartTable, classFill } from "@/app/class/_ui/ChartTable";
import type { DebriefGame } from "@/app/class/_ui/RoundDebrief";
import type { ClassChartProps } from "../classUi";

/** Runs whose checker found every property held, against runs where one failed (hatched, not only red), with its table. */
export function VerdictPie({ metrics }: ClassChartProps) {
  const t = tally(metrics);
  return (
    <>
      <ResponsiveContainer width="100%" height={200}>
        <PieChart>
          <Pie
            data={[
              { name: "All properties hold", value: t.verdictsOk, fill: CLASS_COLORS.success },
              { name: "A property failed", value: t.verdicts - t.verdictsOk, fill: classFill("unsafe") },
            ].filter((d) => d.value > 0)}
            dataKey="value"
            nameKey="name"
            innerRadius={45}
            outerRadius={75}
            isAnimationActive={false}
            label={({ value }) => String(value)}
          />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} />
        </PieChart>
      </ResponsiveContainer>
      <ChartTable caption="The checker's verdicts" head={["Verdict", "Runs"]} rows={[["All properties hold", t.verdictsOk], ["A property failed", t.verdicts - t.verdictsOk]]} />
    </>
  );
}

/** After the table of runs: send the class to the replays of the runs that failed the checker. */
export function CheckerNote({ finished }: { finished: DebriefGame[] }) {
  if (!finished.some((g) => g.metrics?.verdictOk === false)) return null;
  return <p className="card text-sm">Some runs failed the checker: open their replays above and find the moment agreement broke.</p>;
}
