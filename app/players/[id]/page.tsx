/** A player's page: challenge progress, best scores per scenario, and every game, newest first. */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { outcomeShort, seatTitle } from "@/app/components/outcome";
import { signed } from "@/app/challenges/ChallengeCard";
import { Pager, pageParam } from "@/app/components/Pager";
import { PracticeBadge } from "@/app/components/PracticeBadge";
import { scenarioUi } from "@/app/_scenarios/registry";
import { CHALLENGE_SCENARIOS, challengeById, ladderOf } from "@/server/read/challenges";
import { readPlayer, readPlayerPage } from "@/server/read/players";
import { YourBots } from "./YourBots";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

const titleOf = (scenario: string) => scenarioUi(scenario)?.title ?? scenario;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const player = await readPlayer((await params).id);
  return { title: player?.nickname ?? "Player" };
}

export default async function PlayerPage({ params, searchParams }: Props) {
  const read = await readPlayerPage((await params).id, pageParam((await searchParams).page));
  if (!read) notFound();
  const { player, progress, best, history } = read;
  const progressOf = new Map(progress.map((p) => [p.challengeId, p]));
  const completed = progress.filter((p) => p.completed).length;

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-10 grid gap-6">
      <header className="flex flex-wrap items-end gap-x-6 gap-y-2">
        <div className="grid gap-1">
          <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">{player.nickname}</h1>
          <p className="text-sm text-slate-500">Playing since {player.createdAt.toISOString().slice(0, 10)}</p>
        </div>
        <dl className="ml-auto flex gap-6 text-center">
          <Stat label="games" value={history.count} />
          <Stat label="challenges completed" value={`${completed}/${progress.length}`} />
        </dl>
      </header>

      <section className="grid gap-3" aria-label="Challenge progress">
        <h2 className="text-xl font-bold">Challenges</h2>
        <div className="grid gap-4 md:grid-cols-3">
          {CHALLENGE_SCENARIOS.map((s) => (
            <div key={s.id} className="card grid min-w-0 grid-cols-1 gap-2 content-start">
              <h3 className="font-semibold">{s.title}</h3>
              <ol className="grid grid-cols-1 gap-1.5">
                {ladderOf(s.id).map((c) => {
                  const p = progressOf.get(c.id)!;
                  return (
                    <li key={c.id} className="flex items-center gap-2 text-sm">
                      <span aria-hidden="true" className={`h-2.5 w-2.5 shrink-0 rounded-full ${p.completed ? "bg-emerald-500" : p.unlocked ? "bg-amber-400" : "bg-slate-300"}`} />
                      <Link href={`/challenges/${c.id}`} className={`flex-1 min-w-0 truncate hover:underline ${p.unlocked ? "" : "text-slate-500"}`}>{c.name}</Link>
                      <span className="shrink-0 font-mono text-xs text-slate-500">{p.nights.filter(Boolean).length}/{c.nights.length}</span>
                      <span className="w-12 shrink-0 text-right font-mono">{p.total === null ? "–" : signed(p.total)}</span>
                    </li>
                  );
                })}
              </ol>
            </div>
          ))}
        </div>
      </section>

      <YourBots playerId={player.id} />

      <section className="card grid gap-2" aria-label="Best scores">
        <h2 className="text-lg font-semibold">Best scores</h2>
        {best.length === 0 ? (
          <p className="text-sm text-slate-500">No finished game yet.</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-3">
            {best.map((b) => (
              <li key={b.scenario} className="rounded-xl bg-slate-50 p-3">
                <div className="text-sm text-slate-500">{titleOf(b.scenario)}</div>
                <Link href={`/games/${b.bestGameId}`} className="text-2xl font-bold font-mono hover:underline">{signed(b.bestScore)}</Link>
                <div className="text-xs text-slate-500">best of {b.games} {b.games === 1 ? "game" : "games"}, {b.wins} won</div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card grid gap-2" aria-label="History">
        <h2 className="text-lg font-semibold">History</h2>
        {history.rows.length === 0 ? (
          <p className="text-sm text-slate-500">No finished game yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {history.rows.map((g) => {
              const challenge = g.challengeId ? challengeById(g.challengeId) : undefined;
              return (
                <li key={g.gameId}>
                  <Link href={`/games/${g.gameId}`} className="flex items-start gap-3 rounded-lg px-2 -mx-2 py-2 hover:bg-slate-50">
                    <span className="flex-1 min-w-0 grid gap-1 sm:flex sm:items-center sm:gap-3">
                      <span className="text-sm font-semibold sm:w-24 sm:shrink-0">{outcomeShort(g.outcome)}</span>
                      <span className="text-sm text-slate-700">
                        {titleOf(g.scenario)} · {seatTitle(g.seat)}
                        {challenge && g.seedIndex !== null && (
                          <span className="ml-2 inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{challenge.name}, night {g.seedIndex + 1}</span>
                        )}
                        {g.practice && (
                          <span className="ml-2">
                            <PracticeBadge seed={g.practice.seed} />
                          </span>
                        )}
                      </span>
                    </span>
                    <span className="grid justify-items-end gap-0.5 sm:flex sm:items-center sm:gap-3">
                      <span className="font-mono text-sm whitespace-nowrap">{signed(g.score)} pts</span>
                      <time className="text-xs text-slate-500 whitespace-nowrap sm:w-28 sm:text-right" dateTime={g.finishedAt.toISOString()}>{g.finishedAt.toISOString().slice(0, 16).replace("T", " ")}</time>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
        <Pager page={history.page} pages={history.pages} label="History pages" hrefOf={(p) => `/players/${player.id}?page=${p}`} />
      </section>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number | string }) {
  return (
    <div>
      <dd className="text-2xl font-bold">{value}</dd>
      <dt className="text-xs text-slate-500">{label}</dt>
    </div>
  );
}
