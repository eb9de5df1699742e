"use client";
/**
 * After a round: the class's charts, every group with its outcome, the scenario's own figure and
 * a replay link, and what the scenario's classroom part adds (two worlds taken from one of the
 * class's own games, a word on the runs that failed the checker).
 */
import Link from "next/link";
import type { GameMetrics } from "@/server/protocol/classroom";
import type { Skin } from "@/server/protocol/skins";
import { outcomeShort, outcomeTone, seatTitle, skinTitle } from "@/app/components/outcome";
import { showsMessages } from "@/app/_scenarios/classUi";
import { scenarioUi } from "@/app/_scenarios/registry";
import { LazyClassCharts } from "./LazyClassCharts";
import { scenarioTitle } from "./words";

export interface DebriefGame {
  gameId: string;
  group: number;
  /** `studentBot`: a student's Bot API bot (the live dashboard says; a stored round's seat kind is "bot"). */
  seats: { seat: string; name: string; kind: string; studentBot?: boolean }[];
  metrics: GameMetrics | null;
}

/** `skin`: the round's telling (server/protocol/skins.ts): the debrief tells it the same way. */
export function RoundDebrief({ number, scenario, games, charts = true, skin }: { number: number; scenario: string; games: DebriefGame[]; charts?: boolean; skin?: Skin }) {
  const finished = games.filter((g) => g.metrics);
  // What the scenario adds (two worlds, the checker's failures) reads the students' own games only.
  const counted = finished.filter((g) => g.metrics?.botFinished !== true);
  const ui = scenarioUi(scenario)?.classroom;
  const messages = showsMessages(ui);
  return (
    <section className="grid gap-4" aria-label={`Debrief of round ${number}`} data-testid="round-debrief">
      <h2 className="text-2xl font-bold">Debrief · round {number} · {skinTitle(skin) ?? scenarioTitle(scenario)}</h2>
      {charts && <LazyClassCharts scenario={scenario} metrics={finished.map((g) => g.metrics as GameMetrics)} groups={finished.map((g) => g.group)} skin={skin} />}
      <div className="card overflow-x-auto relative" tabIndex={0} role="region" aria-label={`Games of round ${number}, scrollable`}>
        <table className="w-full text-sm" aria-label={`Games of round ${number}`}>
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-1 pr-3 font-medium">Group</th>
              <th className="py-1 pr-3 font-medium">Players</th>
              <th className="py-1 pr-3 font-medium">Outcome</th>
              {messages && <th className="py-1 pr-3 font-medium">Messages</th>}
              {ui && <th className="py-1 pr-3 font-medium">{ui.figure.column}</th>}
              <th className="py-1"><span className="sr-only">Replay</span></th>
            </tr>
          </thead>
          <tbody>
            {games.map((g) => (
              <tr key={g.gameId} className="border-t border-slate-100">
                <td className="py-1.5 pr-3">{g.group}</td>
                <td className="py-1.5 pr-3">
                  {g.seats.map((s) => `${seatTitle(s.seat, skin)}: ${s.name}${s.studentBot ? " (student's bot)" : s.kind === "bot" ? " (bot)" : ""}`).join(" · ")}
                </td>
                <td className="py-1.5 pr-3">
                  {g.metrics ? <span className={`rounded-full ring-1 px-2 py-0.5 text-xs font-semibold ${outcomeTone(g.metrics.outcome)}`}>{outcomeShort(g.metrics.outcome, skin)}</span> : "unfinished"}
                  {g.metrics?.botFinished && <span className="ml-1.5 text-xs text-slate-600" data-testid="bot-finished">finished by bots</span>}
                </td>
                {messages && <td className="py-1.5 pr-3 tabular-nums">{g.metrics?.messages ?? "–"}</td>}
                {ui && <td className="py-1.5 pr-3 tabular-nums">{(g.metrics ? ui.figure.of(g.metrics) : null) ?? "–"}</td>}
                <td className="py-1.5 text-right">
                  {g.metrics && <Link href={`/games/${g.gameId}`} target="_blank" className="font-semibold text-indigo-700 underline">Replay</Link>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ui && <ui.Debrief finished={counted} />}
    </section>
  );
}
