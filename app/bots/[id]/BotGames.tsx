/** A page of a bot's games: scenario and seat, its score (against par in the arena), what went wrong, the replay (an arena match's once its cycle is over). */
import { Failures } from "@/app/arena/ArenaTable";
import { replayAfter, ReplayLine } from "@/app/components/ReplayLine";
import { outcomeShort, seatTitle, signed } from "@/app/components/outcome";
import { scenarioUi } from "@/app/_scenarios/registry";
import type { BotGameRow } from "@/server/read/botPage";

export function BotGames({ rows, empty }: { rows: BotGameRow[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((g) => (
        <li key={`${g.gameId}/${g.seat}`}>
          <ReplayLine gameId={g.gameId} withheldCycle={g.withheldCycle} className="-mx-2 flex items-start gap-3 rounded-lg px-2 py-2">
            <span className="grid min-w-0 flex-1 gap-1 sm:flex sm:items-center sm:gap-3">
              <span className="text-sm font-semibold sm:w-24 sm:shrink-0">{outcomeShort(g.outcome)}</span>
              <span className="text-sm text-slate-700">
                {scenarioUi(g.scenario)?.title ?? g.scenario} · {seatTitle(g.seat)}
                {g.arena ? (
                  <span className="ml-2 inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">arena, night {g.arena.night + 1}</span>
                ) : (
                  <span className="ml-2 inline-block rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">friendly</span>
                )}
                {(g.timeouts > 0 || g.refused > 0 || g.arena?.unsafe) && (
                  <span className="block text-xs sm:ml-2 sm:inline">
                    <Failures timeouts={g.timeouts} refused={g.refused} unsafe={g.arena?.unsafe ?? false} />
                  </span>
                )}
              </span>
            </span>
            <span className="grid justify-items-end gap-0.5 sm:flex sm:items-center sm:gap-3">
              <span className="text-right font-mono text-sm whitespace-nowrap">
                {signed(g.score)} pts{g.arena && <span className="block text-xs text-slate-500 sm:inline sm:text-sm"> vs par {signed(g.arena.parScore)}</span>}
              </span>
              <time className="text-xs whitespace-nowrap text-slate-500 sm:w-28 sm:text-right" dateTime={g.finishedAt.toISOString()}>
                {g.finishedAt.toISOString().slice(0, 16).replace("T", " ")}
              </time>
              {g.withheldCycle !== null && <span className="text-xs whitespace-nowrap text-slate-500">{replayAfter(g.withheldCycle)}</span>}
            </span>
          </ReplayLine>
        </li>
      ))}
    </ul>
  );
}
