/** Leaderboards per scenario: read straight from the database on every request. */
import type { Metadata } from "next";
import Link from "next/link";
import { outcomeShort, seatTitle } from "@/app/components/outcome";
import { getPrisma } from "@/server/storage/db";
import { gameCount, outcomeCounts, playerCount, recentGames, topPlayers, type LeaderboardRow } from "@/server/storage/leaderboard";
import { withBestRounds } from "./bestRounds";
import { OutcomeBar } from "./OutcomeBar";

export const metadata: Metadata = { title: "Leaderboard" };
export const dynamic = "force-dynamic";

const SCENARIOS = [
  { id: "generals", title: "Two Generals" },
  { id: "lovers", title: "Two Insecure Lovers" },
  { id: "consensus", title: "Consensus" },
] as const;

/** What a seat's depth means per scenario: the knowledge ladder, or the round a process decided in. */
const DEPTH_LABEL: Record<string, string> = { generals: "deepest", lovers: "deepest", consensus: "best round" };

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<{ scenario?: string }> }) {
  const wanted = (await searchParams).scenario;
  const current = SCENARIOS.find((s) => s.id === wanted) ?? SCENARIOS[0];
  const SCENARIO = current.id;
  const db = getPrisma();
  const [rankedByScore, rankedByWinRate, recent, games, players, outcomes] = await Promise.all([
    topPlayers(db, { scenario: SCENARIO, orderBy: "score", limit: 10 }),
    topPlayers(db, { scenario: SCENARIO, orderBy: "winRate", limit: 10 }),
    recentGames(db, { scenario: SCENARIO, limit: 15 }),
    gameCount(db, SCENARIO),
    playerCount(db, SCENARIO),
    outcomeCounts(db, SCENARIO),
  ]);
  // Consensus: the lowest round wins, not the highest.
  const [byScore, byWinRate] =
    SCENARIO === "consensus"
      ? await Promise.all([withBestRounds(db, SCENARIO, rankedByScore), withBestRounds(db, SCENARIO, rankedByWinRate)])
      : [rankedByScore, rankedByWinRate];
  const depthLabel = DEPTH_LABEL[SCENARIO];

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 grid gap-6">
      <header className="grid gap-1">
        <h1 className="text-3xl font-bold">{current.title} leaderboard</h1>
        <nav className="flex gap-2 text-sm" aria-label="Scenarios">
          {SCENARIOS.map((s) => (
            <Link
              key={s.id}
              href={`/leaderboard?scenario=${s.id}`}
              aria-current={s.id === SCENARIO ? "page" : undefined}
              className={`rounded-full px-3 py-1 ring-1 ${s.id === SCENARIO ? "bg-slate-900 text-white ring-slate-900" : "bg-white ring-slate-300 hover:bg-slate-100"}`}
            >
              {s.title}
            </Link>
          ))}
        </nav>
        <p className="text-slate-600">
          {games} {games === 1 ? "game" : "games"} played by {players} {players === 1 ? "player" : "players"}. Bots play too, but are never ranked.
        </p>
      </header>
      {games > 0 && <OutcomeBar counts={outcomes} />}
      <div className="grid gap-6 md:grid-cols-2">
        <RankTable title="Best total score" rows={byScore} depthLabel={depthLabel} figure={(r) => `${r.totalScore} pts`} />
        <RankTable title="Best win rate" rows={byWinRate} depthLabel={depthLabel} figure={(r) => `${Math.round(r.winRate * 100)}% of ${r.games}`} />
      </div>
      <section className="card grid gap-2" aria-label="Recent games">
        <h2 className="text-lg font-semibold">Recent games</h2>
        {recent.length === 0 && <p className="text-slate-500">No game has been finished yet. <Link href="/" className="underline">Play one</Link>.</p>}
        <ul className="divide-y divide-slate-200">
          {recent.map((g) => (
            <li key={g.id}>
              <Link href={`/games/${g.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 hover:bg-slate-50 rounded-lg px-2 -mx-2">
                <span className="w-20 text-sm font-semibold">{outcomeShort(g.outcome)}</span>
                <span className="flex-1 min-w-0 text-sm">
                  {g.seats.map((s, i) => (
                    <span key={s.seat}>
                      {i > 0 && " · "}
                      <span className="text-slate-500">{seatTitle(s.seat)}</span> {s.name}
                      {s.kind === "bot" ? " (bot)" : ""} <span className="font-mono">{s.score > 0 ? `+${s.score}` : s.score}</span>
                    </span>
                  ))}
                </span>
                <time className="text-xs text-slate-500" dateTime={g.finishedAt.toISOString()}>{formatWhen(g.finishedAt)}</time>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function RankTable({ title, rows, depthLabel, figure }: { title: string; rows: LeaderboardRow[]; depthLabel: string; figure: (r: LeaderboardRow) => string }) {
  return (
    <section className="card" aria-label={title}>
      <h2 className="text-lg font-semibold mb-2">{title}</h2>
      {rows.length === 0 ? (
        <p className="text-slate-500 text-sm">Nobody yet.</p>
      ) : (
        <table className="w-full text-sm">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="font-normal py-1 w-8">#</th>
              <th className="font-normal py-1">player</th>
              <th className="font-normal py-1 text-right">{depthLabel}</th>
              <th className="font-normal py-1 text-right"> </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.playerId} className="border-t border-slate-100">
                <td className="py-1.5 font-mono text-slate-500">{r.rank}</td>
                <td className="py-1.5 font-medium">{r.nickname}</td>
                <td className="py-1.5 text-right text-slate-600">{r.bestDepth ?? "–"}</td>
                <td className="py-1.5 text-right font-mono">{figure(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function formatWhen(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date) + " UTC";
}
