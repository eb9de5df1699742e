/** A page of a bot's games: scenario and seat, its score (against par in the arena), what went wrong, the replay. */
import Link from "next/link";
import { Failures } from "@/app/arena/ArenaTable";
import { outcomeShort, seatTitle, signed } from "@/app/components/outcome";
import { scenarioUi } from "@/app/_scenarios/registry";
import type { BotGameRow } from "@/server/read/arena";

export function BotGames({ rows, empty }: { rows: BotGameRow[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((g) => (
        <li key={`${g.gameId}/${g.seat}`}>
          <Link href={`/games/${g.gameId}`} className="-mx-2 grid gap-1 rounded-lg px-2 py-2 hover:bg-slate-50 sm:grid-cols-[7rem_1fr_auto_8rem] sm:items-center sm:gap-3">
            <span className="text-sm font-semibold">{outcomeShort(g.outcome)}</span>
            <span className="text-sm text-slate-700">
              {scenarioUi(g.scenario)?.title ?? g.scenario} · {seatTitle(g.seat)}
              {g.arena ? (
                <span className="ml-2 inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">arena, night {g.arena.night + 1}</span>
              ) : (
                <span className="ml-2 inline-block rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">friendly</span>
              )}
              {(g.timeouts > 0 || g.refused > 0 || g.arena?.unsafe) && (
                <span className="ml-2 text-xs">
                  <Failures timeouts={g.timeouts} refused={g.refused} unsafe={g.arena?.unsafe ?? false} />
                </span>
              )}
            </span>
            <span className="font-mono text-sm whitespace-nowrap">
              {signed(g.score)} pts{g.arena && <span className="text-slate-500"> vs par {signed(g.arena.parScore)}</span>}
            </span>
            <time className="text-xs whitespace-nowrap text-slate-500 sm:text-right" dateTime={g.finishedAt.toISOString()}>
              {g.finishedAt.toISOString().slice(0, 16).replace("T", " ")}
            </time>
          </Link>
        </li>
      ))}
    </ul>
  );
}
