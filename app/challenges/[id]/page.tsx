/**
 * One challenge: the situation, objective and scoring, your nights, the ranking (all time or
 * this week, page by page) and who did best on each night. Every row links to a replay.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { scenarioUi } from "@/app/_scenarios/registry";
import { seatTitle } from "@/app/components/outcome";
import { botsOfNight, challengeById, formulaLines, ladderOf, readChallengeBoards } from "@/server/read/challenges";
import { ChallengeCard, signed } from "../ChallengeCard";
import { Pager, pageParam } from "@/app/components/Pager";
import { ChallengePlayProvider, PlayerPanel } from "../PlayControls";
import { cookiePlayerId } from "../playerCookie";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ period?: string; page?: string; night?: string; npage?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: challengeById((await params).id)?.name ?? "Challenge" };
}

export default async function ChallengePage({ params, searchParams }: Props) {
  const challenge = challengeById((await params).id);
  if (!challenge) notFound();
  const query = await searchParams;
  const which = query.period === "week" ? "week" : "all";
  const page = pageParam(query.page);
  // One night's board can be paged at a time: ?night=2&npage=3.
  const pagedNight = pageParam(query.night) - 1;
  const nightPage = pageParam(query.npage);
  const playerId = await cookiePlayerId();
  const { board, nights, mine } = await readChallengeBoards(challenge, { period: which, page, pagedNight, nightPage }, playerId);
  const ladder = ladderOf(challenge.scenario);
  const scenarioTitle = scenarioUi(challenge.scenario)?.title;
  const href = (p: { period?: string; page?: number; night?: number; npage?: number }) =>
    `/challenges/${challenge.id}?period=${p.period ?? which}&page=${p.page ?? page}` + (p.night ? `&night=${p.night}&npage=${p.npage}` : "");

  return (
    <ChallengePlayProvider playerId={playerId}>
      <div className="mx-auto max-w-6xl px-4 py-6 sm:py-10 grid gap-6">
        <nav className="text-sm text-slate-500">
          <Link href="/challenges" className="hover:underline">Challenges</Link> · {scenarioTitle} · level {challenge.level} of {ladder.length}
        </nav>
        <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">{challenge.name}</h1>
        <PlayerPanel />
        <div className="grid gap-6 lg:grid-cols-[22rem_1fr] items-start">
          <div className="grid gap-4">
            <ChallengeCard challenge={challenge} progress={mine} previous={ladder[challenge.level - 2]} />
            <section className="card grid gap-2 text-sm" aria-label="The rules of this challenge">
              <h2 className="font-semibold">The nights</h2>
              <ul className="grid gap-1 text-slate-600">
                {challenge.nights.map((n, i) => (
                  <li key={n.label}>
                    <strong className="text-slate-800">{n.label}</strong>: you play {seatTitle(challenge.seat)}; bots:{" "}
                    {Object.entries(botsOfNight(challenge, i)).map(([seat, s]) => `${seatTitle(seat)} (${s})`).join(", ")}
                  </li>
                ))}
              </ul>
              <h2 className="font-semibold mt-2">Scoring, per night</h2>
              <ul className="grid gap-0.5 font-mono text-xs text-slate-600">
                {formulaLines(challenge.scoring).map((l) => <li key={l}>{l}</li>)}
              </ul>
            </section>
          </div>
          <div className="grid gap-6">
            <section className="card grid gap-3" aria-label="Challenge leaderboard">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="text-lg font-semibold">Leaderboard</h2>
                <nav className="flex gap-2 text-sm" aria-label="Period">
                  {(["all", "week"] as const).map((p) => (
                    <Link key={p} href={href({ period: p, page: 1 })} aria-current={p === which ? "page" : undefined} className={`rounded-full px-3 py-1 ring-1 ${p === which ? "bg-slate-900 text-white ring-slate-900" : "bg-white ring-slate-300 hover:bg-slate-100"}`}>
                      {p === "all" ? "All time" : "This week"}
                    </Link>
                  ))}
                </nav>
              </div>
              <p className="text-xs text-slate-500">The sum of each player&apos;s best result per night. Players who met the objective on every night rank first.</p>
              {board.rows.length === 0 ? (
                <p className="text-slate-500 text-sm">Nobody yet{which === "week" ? " this week" : ""}. Be the first.</p>
              ) : (
                <table className="w-full text-sm">
                  <thead className="text-left text-slate-500">
                    <tr>
                      <th className="font-normal py-1 w-10">#</th>
                      <th className="font-normal py-1">player</th>
                      <th className="font-normal py-1 text-right">nights</th>
                      <th className="font-normal py-1 text-right">total</th>
                      <th className="font-normal py-1 text-right"><span className="sr-only">replay</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {board.rows.map((r) => (
                      <tr key={r.playerId} className={`border-t border-slate-100 ${r.playerId === playerId ? "bg-amber-50" : ""}`} data-testid="leaderboard-row">
                        <td className="py-1.5 font-mono text-slate-500">{r.rank}</td>
                        <td className="py-1.5 font-medium"><Link href={`/players/${r.playerId}`} className="hover:underline">{r.nickname}</Link></td>
                        <td className="py-1.5 text-right text-slate-600">{r.nights}/{challenge.nights.length}</td>
                        <td className="py-1.5 text-right font-mono">{signed(r.total)}</td>
                        <td className="py-1.5 text-right"><Link href={`/games/${r.bestGameId}`} className="text-amber-700 hover:underline">Replay</Link></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <Pager page={board.page} pages={board.pages} label="Leaderboard pages" hrefOf={(p) => href({ page: p })} />
            </section>
            <section className="grid gap-3" aria-label="Best on each night">
              <h2 className="text-lg font-semibold">Best on each night</h2>
              <div className="grid gap-4 md:grid-cols-2">
                {nights.map((n, i) => (
                  <div key={i} className="card grid gap-2" aria-label={challenge.nights[i].label}>
                    <h3 className="font-semibold text-sm">{challenge.nights[i].label}</h3>
                    {n.rows.length === 0 ? (
                      <p className="text-sm text-slate-500">Nobody has played this night yet.</p>
                    ) : (
                      <ol className="grid gap-1 text-sm">
                        {n.rows.map((r) => (
                          <li key={r.playerId}>
                            <Link href={`/games/${r.gameId}`} className="flex items-center gap-2 rounded-lg px-2 py-1 -mx-2 hover:bg-slate-50">
                              <span className="w-6 font-mono text-slate-500">{r.rank}</span>
                              <span className="flex-1 truncate">{r.nickname}</span>
                              <span className="font-mono">{signed(r.score)}</span>
                            </Link>
                          </li>
                        ))}
                      </ol>
                    )}
                    <Pager page={n.page} pages={n.pages} label={`${challenge.nights[i].label} pages`} hrefOf={(p) => href({ night: i + 1, npage: p })} />
                  </div>
                ))}
              </div>
            </section>
          </div>
        </div>
      </div>
    </ChallengePlayProvider>
  );
}
