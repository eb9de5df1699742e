/**
 * A Bot API bot's page (issue 18): who made it, its arena rating per scenario with its history,
 * every game it played (?page=) and the ones where it failed (?failures=): timed out, had moves
 * refused, or ended a match unsafe. Read through server/read/botPage.ts.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BotBadge } from "@/app/components/BotName";
import { Pager, pageParam } from "@/app/components/Pager";
import { scenarioUi } from "@/app/_scenarios/registry";
import { Failures } from "@/app/arena/ArenaTable";
import { botName, botPage } from "@/server/read/botPage";
import { BotGames } from "./BotGames";
import { RatingChart } from "./RatingChart";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string; failures?: string }> };

const titleOf = (scenario: string) => scenarioUi(scenario)?.title ?? scenario;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The name alone: the page's own read (ratings, games, failures) is not repeated for the title.
  const name = await botName((await params).id);
  return { title: name ? `${name} (bot)` : "Bot" };
}

export default async function BotPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const gamesPage = pageParam(query.page);
  const failuresPage = pageParam(query.failures);
  const read = await botPage(id, { gamesPage, failuresPage });
  if (!read) notFound();
  const { bot, ratings, games, failures } = read;
  const href = (change: { page?: number; failures?: number }) => {
    const next = { page: gamesPage, failures: failuresPage, ...change };
    const p = new URLSearchParams();
    if (next.page > 1) p.set("page", String(next.page));
    if (next.failures > 1) p.set("failures", String(next.failures));
    return `/bots/${bot.id}${p.size ? `?${p}` : ""}`;
  };

  return (
    <div className="mx-auto grid max-w-5xl gap-6 px-4 py-6 sm:py-10">
      <header className="grid gap-1">
        <h1 className="flex flex-wrap items-center gap-3 text-3xl font-bold tracking-tight break-all sm:text-4xl">
          <span className={bot.revokedAt ? "text-slate-500 line-through" : ""}>{bot.name}</span>
          <BotBadge />
        </h1>
        <p className="text-sm text-slate-500">
          A Bot API bot by{" "}
          <Link href={`/players/${bot.owner.id}`} className="font-medium text-slate-700 underline">
            {bot.owner.nickname}
          </Link>
          , created {bot.createdAt.toISOString().slice(0, 10)}
          {bot.revokedAt && `, revoked ${bot.revokedAt.toISOString().slice(0, 10)}`}. <Link href="/arena" className="underline">Arena</Link>
        </p>
      </header>

      <section className="grid gap-3" aria-label="Ratings">
        <h2 className="text-xl font-bold">Arena ratings</h2>
        {ratings.length === 0 ? (
          <p className="card text-sm text-slate-500">No arena match yet: its rating appears after its first one.</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {ratings.map((r) => (
              <div key={r.scenario} className="card grid min-w-0 content-start gap-2">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold">
                    <Link href={`/arena?scenario=${r.scenario}`} className="hover:underline">
                      {titleOf(r.scenario)}
                    </Link>
                  </h3>
                  <span className="font-mono text-2xl font-bold">
                    {Math.round(r.rating)} <span className="text-sm font-normal text-slate-500">±{Math.round(2 * r.rd)}</span>
                  </span>
                </div>
                <p className="text-xs text-slate-600">
                  {r.matches} {r.matches === 1 ? "match" : "matches"}: {r.wins} above par, {r.draws} at par, {r.losses} lost ·{" "}
                  <Failures timeouts={r.timeouts} refused={r.refused} unsafe={r.unsafe} />
                </p>
                <RatingChart
                  points={r.history.map((h, i) => ({ match: r.matches - r.history.length + i + 1, rating: h.rating }))}
                  label={`${bot.name}'s ${titleOf(r.scenario)} rating after each match, from ${Math.round(r.history[0]?.rating ?? r.rating)} to ${Math.round(r.rating)}`}
                />
              </div>
            ))}
          </div>
        )}
      </section>

      <section className="card grid gap-2" aria-label="Failures">
        <h2 className="text-lg font-semibold">Failures</h2>
        <p className="text-xs text-slate-500">Games where a stand-in played a tick it missed, the server refused one of its moves, or an arena match ended unsafe.</p>
        <BotGames rows={failures.rows} empty="None: every move in time, every move accepted, every match safe." />
        <Pager page={failures.page} pages={failures.pages} label="Failure pages" hrefOf={(p) => href({ failures: p })} />
      </section>

      <section className="card grid gap-2" aria-label="Games">
        <h2 className="text-lg font-semibold">Games ({games.count.toLocaleString("en")})</h2>
        <BotGames rows={games.rows} empty="No finished game yet." />
        <Pager page={games.page} pages={games.pages} label="Game pages" hrefOf={(p) => href({ page: p })} />
      </section>
    </div>
  );
}
