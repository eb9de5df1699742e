"use client";
/**
 * After a round: the class's charts, every group with its outcome and a replay link, and the
 * two worlds taken from one of the class's own games (two-party scenarios).
 */
import Link from "next/link";
import type { GameMetrics } from "@/server/protocol/classroom";
import { outcomeShort, outcomeTone, seatTitle } from "@/app/components/outcome";
import { ClassCharts } from "./ClassCharts";
import { TwoWorldsExample } from "./TwoWorldsExample";
import { scenarioTitle } from "./words";

export interface DebriefGame {
  gameId: string;
  group: number;
  seats: { seat: string; name: string; kind: string }[];
  metrics: GameMetrics | null;
}

export function RoundDebrief({ number, scenario, games, charts = true }: { number: number; scenario: string; games: DebriefGame[]; charts?: boolean }) {
  const finished = games.filter((g) => g.metrics);
  return (
    <section className="grid gap-4" aria-label={`Debrief of round ${number}`} data-testid="round-debrief">
      <h2 className="text-2xl font-bold">Debrief · round {number} · {scenarioTitle(scenario)}</h2>
      {charts && <ClassCharts scenario={scenario} metrics={finished.map((g) => g.metrics as GameMetrics)} />}
      <div className="card overflow-x-auto">
        <table className="w-full text-sm" aria-label={`Games of round ${number}`}>
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-1 pr-3 font-medium">Group</th>
              <th className="py-1 pr-3 font-medium">Players</th>
              <th className="py-1 pr-3 font-medium">Outcome</th>
              <th className="py-1 pr-3 font-medium">Messages</th>
              <th className="py-1 pr-3 font-medium">{scenario === "consensus" ? "Round decided" : "Known depth"}</th>
              <th className="py-1" />
            </tr>
          </thead>
          <tbody>
            {games.map((g) => (
              <tr key={g.gameId} className="border-t border-slate-100">
                <td className="py-1.5 pr-3">{g.group}</td>
                <td className="py-1.5 pr-3">
                  {g.seats.map((s) => `${seatTitle(s.seat)}: ${s.name}${s.kind === "bot" ? " (bot)" : ""}`).join(" · ")}
                </td>
                <td className="py-1.5 pr-3">
                  {g.metrics ? <span className={`rounded-full ring-1 px-2 py-0.5 text-xs font-semibold ${outcomeTone(g.metrics.outcome)}`}>{outcomeShort(g.metrics.outcome)}</span> : "unfinished"}
                </td>
                <td className="py-1.5 pr-3 tabular-nums">{g.metrics?.messages ?? "–"}</td>
                <td className="py-1.5 pr-3 tabular-nums">{(scenario === "consensus" ? g.metrics?.roundsToDecide : g.metrics?.depth) ?? "–"}</td>
                <td className="py-1.5 text-right">
                  {g.metrics && <Link href={`/games/${g.gameId}`} target="_blank" className="font-semibold text-indigo-700 underline">Replay</Link>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {scenario !== "consensus" && finished.length > 0 && (
        <div className="grid gap-2">
          <h3 className="text-xl font-semibold">Two worlds, from your class</h3>
          <TwoWorldsExample games={finished} />
        </div>
      )}
      {scenario === "consensus" && finished.some((g) => g.metrics?.verdictOk === false) && (
        <p className="card text-sm">
          Some runs failed the checker: open their replays above and find the moment agreement broke.
        </p>
      )}
    </section>
  );
}
