/** The latest finished games, each a link to its replay (an arena match's once its cycle is over), with a link to older ones. */
import Link from "next/link";
import { replayAfter, ReplayLine } from "@/app/components/ReplayLine";
import { outcomeShort, seatTitle } from "@/app/components/outcome";
import type { RecentGamesPage } from "@/server/read/leaderboard";

export function RecentGames({ page, olderHref, latestHref, note }: { page: RecentGamesPage; olderHref: string | null; latestHref: string | null; note?: string }) {
  return (
    <section className="card grid gap-2" aria-label="Recent games">
      <h2 className="text-lg font-semibold">{latestHref ? "Older games" : "Recent games"}</h2>
      {note && <p className="text-xs text-slate-500">{note}</p>}
      {page.games.length === 0 && <p className="text-slate-500">No game has been finished yet. <Link href="/" className="underline">Play one</Link>.</p>}
      <ul className="divide-y divide-slate-200">
        {page.games.map((g) => (
          <li key={g.id}>
            <ReplayLine gameId={g.id} withheldCycle={g.withheldCycle} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 rounded-lg px-2 -mx-2">
              <span className="w-20 text-sm font-semibold">{outcomeShort(g.outcome)}</span>
              {/* On a phone the seats get a line of their own, under the outcome and the time. */}
              <span className="order-last basis-full min-w-0 text-sm sm:order-none sm:basis-0 sm:flex-1">
                {g.seats.map((s, i) => (
                  <span key={s.seat}>
                    {i > 0 && " · "}
                    <span className="text-slate-500">{seatTitle(s.seat)}</span> {s.name}
                    {s.kind === "bot" ? " (bot)" : ""} <span className="font-mono">{s.score > 0 ? `+${s.score}` : s.score}</span>
                  </span>
                ))}
              </span>
              <time className="ml-auto text-xs text-slate-500 sm:ml-0" dateTime={g.finishedAt.toISOString()}>{formatWhen(g.finishedAt)}</time>
              {g.withheldCycle !== null && <span className="text-xs text-slate-500">{replayAfter(g.withheldCycle)}</span>}
            </ReplayLine>
          </li>
        ))}
      </ul>
      {(olderHref || latestHref) && (
        <nav className="flex gap-3 text-sm" aria-label="More games">
          {latestHref && <Link href={latestHref} className="underline">← Latest games</Link>}
          {olderHref && <Link href={olderHref} className="underline">Older games →</Link>}
        </nav>
      )}
    </section>
  );
}

function formatWhen(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date) + " UTC";
}
