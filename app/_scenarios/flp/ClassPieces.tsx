"use client";
/**
 * FLP on the class screens: the bivalent runs of the students against those of any bot that
 * scheduled (with its table), and the debrief's word on what the class saw, in FLP's terms.
 */
import Link from "next/link";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { GameMetrics } from "@/server/protocol/classroom";
import { CHART_AXIS, formatMean } from "@/app/class/_ui/aggregate";
import { ChartTable } from "@/app/class/_ui/ChartTable";
import type { DebriefGame } from "@/app/class/_ui/RoundDebrief";
import type { ClassChartProps } from "../classUi";

/** Who scheduled a game: the students, or the bot in the adversary's seat. */
export function schedulerOf(m: GameMetrics): string {
  const bot = m.strategies.adversary;
  return bot ? `bot: ${bot}` : "students";
}

/** Per scheduler, over the scheduler games (those with a bivalent-step figure): games, mean and longest run. */
export function bivalentByScheduler(metrics: readonly GameMetrics[]): { scheduler: string; games: number; mean: number; longest: number }[] {
  const rows = new Map<string, number[]>();
  for (const m of metrics) {
    if (m.depth === null) continue;
    const key = schedulerOf(m);
    rows.set(key, [...(rows.get(key) ?? []), m.depth]);
  }
  return [...rows.entries()]
    .map(([scheduler, xs]) => ({ scheduler, games: xs.length, mean: Math.round((10 * xs.reduce((a, b) => a + b, 0)) / xs.length) / 10, longest: Math.max(...xs) }))
    .sort((a, b) => (a.scheduler === "students" ? -1 : b.scheduler === "students" ? 1 : a.scheduler < b.scheduler ? -1 : 1));
}

export function BivalentBySchedulerChart({ metrics }: ClassChartProps) {
  const rows = bivalentByScheduler(metrics);
  if (rows.length === 0) return <p className="text-sm text-slate-500 py-8 text-center">No scheduler game yet: the puzzle has no bivalent run.</p>;
  return (
    <>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="scheduler" tick={CHART_AXIS} interval={0} />
          <YAxis allowDecimals={false} tick={CHART_AXIS} />
          <Tooltip />
          <Bar dataKey="mean" name="mean bivalent steps" fill="#6366f1" isAnimationActive={false} />
          <Bar dataKey="longest" name="longest bivalent run" fill="#0f766e" isAnimationActive={false} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
        </BarChart>
      </ResponsiveContainer>
      <ChartTable caption="Bivalent steps per scheduler" head={["Scheduler", "Games", "Mean bivalent steps", "Longest"]} rows={rows.map((r) => [r.scheduler, r.games, formatMean(r.mean), r.longest])} />
    </>
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the round's finished games showed, in FLP's terms: the open runs, the forced ones, any disagreement, the puzzle. */
export function FlpClassDebrief({ finished }: { finished: DebriefGame[] }) {
  const games = finished.filter((g): g is DebriefGame & { metrics: GameMetrics } => g.metrics !== null);
  const of = (outcome: string) => games.filter((g) => g.metrics.outcome === outcome);
  const [open, forced, disagreed, timeUp, solved, missed] = ["kept-open", "forced", "disagreement", "time-up", "solved", "missed"].map(of);
  const scheduled = games.filter((g) => g.metrics.depth !== null);
  const longest = scheduled.reduce<(typeof scheduled)[number] | null>((best, g) => (best === null || (g.metrics.depth ?? 0) > (best.metrics.depth ?? 0) ? g : best), null);
  const puzzles = solved.length + missed.length;
  if (scheduled.length === 0 && puzzles === 0) return null;
  return (
    <section className="card grid gap-2 text-sm" aria-label="What the class saw" data-testid="flp-class-debrief">
      <h3 className="font-semibold text-base">What the class saw, in FLP&apos;s terms</h3>
      <ul className="grid gap-1.5 list-disc pl-5">
        {scheduled.length > 0 && (
          <li>
            <strong>{open.length} of {count(scheduled.length, "scheduler run", "scheduler runs")}</strong> stayed bivalent to the target: a fair schedule in which the
            protocol never decides. That is Lemma 3, procrastination: from a bivalent configuration, some fair way forward keeps it bivalent.
          </li>
        )}
        {forced.length > 0 && (
          <li>
            <strong>{count(forced.length, "run was", "runs were")} forced</strong>: at some step every way forward led to one decision. Open a replay: the valency strip
            shows the critical step where the configuration became univalent.
          </li>
        )}
        {disagreed.length > 0 && (
          <li>
            <strong>{count(disagreed.length, "run broke", "runs broke")} Agreement</strong>: two processes decided differently. A protocol that always decides
            despite a crash pays with safety: FLP says it cannot have both.
          </li>
        )}
        {timeUp.length > 0 && <li>{count(timeUp.length, "run", "runs")} ran out of time while still open.</li>}
        {longest && longest.metrics.depth !== null && (
          <li>
            The longest bivalent run: group {longest.group}, {count(longest.metrics.depth, "step", "steps")}.{" "}
            <Link href={`/games/${longest.gameId}`} target="_blank" className="font-semibold text-indigo-700 underline">Replay it</Link>
          </li>
        )}
        {puzzles > 0 && (
          <li>
            <strong>{solved.length} of {count(puzzles, "puzzle", "puzzles")} solved.</strong> Lemma 1: neighbours I_k and I_k+1 differ in one process&apos;s input; a run
            in which that process crashes cannot tell them apart, so a protocol that tolerates the crash has a bivalent start.
          </li>
        )}
      </ul>
    </section>
  );
}
