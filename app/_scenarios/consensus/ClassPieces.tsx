"use client";
/** Consensus on the class debrief: the checker's verdicts as a pie, and a word when some run failed it. */
import { Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import { CLASS_COLORS, tally } from "@/app/class/_ui/aggregate";
import { ChartTable, classFill } from "@/app/class/_ui/ChartTable";
import type { DebriefGame } from "@/app/class/_ui/RoundDebrief";
import type { ClassChartProps } from "../classUi";
import { Correspondences, LensSwitch, useLensChoice } from "./lens";

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

/**
 * After the table of runs: send the class to the replays of the runs that failed the checker,
 * then the round read again in Paxos words (the switch, the correspondences, each replay so named).
 */
export function CheckerNote({ finished }: { finished: DebriefGame[] }) {
  const [lens, setLens] = useLensChoice();
  return (
    <>
      {finished.some((g) => g.metrics?.verdictOk === false) && (
        <p className="card text-sm">Some runs failed the checker: open their replays above and find the moment agreement broke.</p>
      )}
      <section className="card grid gap-2 text-sm" aria-label="The round in Paxos words" data-testid="paxos-debrief">
        <div className="flex flex-wrap items-center gap-3">
          <h3 className="font-semibold">The same round, read as Paxos</h3>
          <LensSwitch lens={lens} onChange={setLens} />
        </div>
        {lens === "paxos" ? (
          <>
            <Correspondences open />
            {finished.length > 0 && (
              <p className="flex flex-wrap gap-x-3 gap-y-1">
                {finished.map((g) => (
                  <a key={g.gameId} href={`/games/${g.gameId}?lens=paxos`} target="_blank" rel="noreferrer" className="text-indigo-700 underline">
                    Group {g.group} in Paxos words
                  </a>
                ))}
              </p>
            )}
            <p className="text-xs text-slate-600">Each replay marks the ballots where the proposer was free to pick, and why that was safe.</p>
          </>
        ) : (
          <p className="text-slate-600">Turn on Paxos words to debrief this round again: rounds become ballots, coordinators proposers and learners.</p>
        )}
      </section>
    </>
  );
}
