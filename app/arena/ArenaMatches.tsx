/** A scenario's latest arena matches: each bot's score against par, its rating's move, and the replay (once its cycle is over). */
import Link from "next/link";
import { BotName } from "@/app/components/BotName";
import { seatTitle, signed } from "@/app/components/outcome";
import { replayAfter } from "@/app/components/ReplayLine";
import type { ArenaMatchRow } from "@/server/read/arenaBoard";

// A seat that timed out loses whatever its score (docs/bot-api.md): say why.
const RESULT = (e: { result: number; timeouts: number }) =>
  e.timeouts > 0 ? { word: "timed out", tone: "text-rose-700" } : e.result > 0.5 ? { word: "above par", tone: "text-emerald-700" } : e.result === 0.5 ? { word: "at par", tone: "text-slate-600" } : { word: "below par", tone: "text-rose-700" };

export function ArenaMatches({ matches }: { matches: ArenaMatchRow[] }) {
  return (
    <section className="card grid gap-2" aria-label="Recent matches">
      <h2 className="text-lg font-semibold">Recent matches</h2>
      {matches.length === 0 ? (
        <p className="text-sm text-slate-500">No match has been played in this scenario yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {matches.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 sm:grid sm:grid-cols-[9rem_1fr_auto]">
              <span className="flex gap-2 text-xs text-slate-500 sm:grid sm:gap-0">
                <time dateTime={m.finishedAt.toISOString()}>{m.finishedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
                <span>night {m.night + 1}</span>
              </span>
              {/* On a phone the bots get lines of their own, under the time and the replay link. */}
              <ul className="order-last grid basis-full gap-0.5 text-sm sm:order-none sm:basis-auto">
                {m.entries.map((e) => {
                  const result = RESULT(e);
                  const moved = Math.round(e.ratingAfter - e.ratingBefore);
                  return (
                    <li key={e.seat} className="flex flex-wrap items-baseline gap-x-2">
                      <span className="inline-flex min-w-0 items-baseline gap-2">
                        <span className="text-slate-500">{seatTitle(e.seat)}</span>
                        <BotName id={e.botId} name={e.name} />
                      </span>
                      <span className="inline-flex items-baseline gap-2 whitespace-nowrap">
                      <span>
                        <span className="font-mono">{signed(e.score)}</span> <span className="text-slate-500">vs par <span className="font-mono">{signed(e.parScore)}</span></span>
                      </span>
                      <span className={`text-xs ${result.tone}`}>{result.word}</span>
                      <span className={`font-mono text-xs ${moved > 0 ? "text-emerald-700" : moved < 0 ? "text-rose-700" : "text-slate-500"}`} title="Rating change">
                        {signed(moved)}
                      </span>
                      </span>
                    </li>
                  );
                })}
              </ul>
              {m.withheldCycle === null ? (
                <Link href={`/games/${m.id}`} className="ml-auto text-sm underline text-slate-700 hover:text-slate-900 sm:ml-0 sm:justify-self-end">
                  replay
                </Link>
              ) : (
                <span className="ml-auto text-sm text-slate-500 sm:ml-0 sm:justify-self-end">{replayAfter(m.withheldCycle)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
