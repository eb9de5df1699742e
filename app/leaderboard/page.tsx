/**
 * Leaderboards per scenario, all time or this week, paged: read straight from the database on
 * every request through server/read/leaderboard (small indexed tables, see server/storage/leaderboard.ts).
 * Every tab and page is an address: ?scenario=&board=&period=&order=&page=&before=. One tab per
 * scenario of the UI registry, and one per board of the scenario's own (e.g. per protocol).
 */
import type { Metadata } from "next";
import Link from "next/link";
import { SCENARIO_UI_LIST, scenarioUi } from "@/app/_scenarios/registry";
import { readLeaderboard, type LeaderboardQuery, type RankOrder } from "@/server/read/leaderboard";
import { OutcomeBar } from "./OutcomeBar";
import { Pager } from "@/app/components/Pager";
import { RankTable } from "./RankTable";
import { RecentGames } from "./RecentGames";
import { TabLinks } from "./TabLinks";

export const metadata: Metadata = { title: "Leaderboard" };
export const dynamic = "force-dynamic";

/**
 * The address of the board with `change` applied; a new tab starts again at page 1 and the latest
 * games, and another board (or scenario) in its own default order. `defaultOrder`: the shown board's.
 */
function hrefOf(q: LeaderboardQuery, change: Partial<LeaderboardQuery>, defaultOrder: RankOrder): string {
  const switching = "scenario" in change || "board" in change;
  const next = { ...q, page: 1, before: undefined, ...(switching ? { board: undefined, order: undefined } : {}), ...change };
  const params = new URLSearchParams({ scenario: next.scenario });
  if (next.board) params.set("board", next.board);
  if (next.period !== "all") params.set("period", next.period);
  if (next.order && (switching || next.order !== defaultOrder)) params.set("order", next.order);
  if (next.page > 1) params.set("page", String(next.page));
  if (next.before) params.set("before", next.before);
  return `/leaderboard?${params}`;
}

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query, data, depthColumn, boards, orders } = await readLeaderboard(await searchParams);
  const current = scenarioUi(query.scenario) ?? SCENARIO_UI_LIST[0];
  const board = boards.find((b) => b.key === query.board);
  const week = query.period === "week";
  const { ranking } = data;
  const href = (change: Partial<LeaderboardQuery>) => hrefOf(query, change, orders[0]);
  const orderTitle = (o: RankOrder) => (o === "score" ? "Total score" : o === "winRate" ? "Win rate" : capitalized(board?.figure ?? depthColumn));
  const rankingTitle = query.order === "score" ? "Best total score" : query.order === "winRate" ? "Best win rate" : orderTitle(query.order);

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold">
          {current.title} leaderboard{board && <span className="block text-xl font-semibold text-slate-700">{board.label}</span>}
        </h1>
        <TabLinks label="Scenarios" tabs={SCENARIO_UI_LIST.map((s) => ({ key: s.id, title: s.title, href: href({ scenario: s.id }) }))} current={query.scenario} />
        {boards.length > 0 && (
          <TabLinks
            label="Boards"
            tabs={[{ key: "", title: "Every game", href: href({ board: undefined }) }, ...boards.map((b) => ({ key: b.key, title: b.label, href: href({ board: b.key }) }))]}
            current={query.board ?? ""}
          />
        )}
        <TabLinks
          label="Period"
          tabs={[
            { key: "all", title: "All time", href: href({ period: "all" }) },
            { key: "week", title: `This week (${data.thisWeek.replace("-W", ", week ")})`, href: href({ period: "week" }) },
          ]}
          current={query.period}
        />
        <p className="text-slate-600">
          {data.games.toLocaleString("en")} {data.games === 1 ? "game" : "games"} played {week ? "this week (Monday to Sunday, UTC) " : ""}by{" "}
          {data.players.toLocaleString("en")} {data.players === 1 ? "player" : "players"}
          {board ? ` on this board (${board.label.toLowerCase()}). ` : ". "}
          Bots play too, but are never ranked here: students&apos; own bots have{" "}
          <Link href={`/arena?scenario=${query.scenario}`} className="underline">
            the arena
          </Link>
          .
        </p>
      </header>
      {data.games > 0 && data.outcomes && <OutcomeBar counts={data.outcomes} />}
      <section className="card grid gap-3" aria-label={rankingTitle}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-semibold">{rankingTitle}</h2>
          <TabLinks label="Order" tabs={orders.map((o) => ({ key: o, title: orderTitle(o), href: href({ order: o }) }))} current={query.order} />
        </div>
        {query.order === "winRate" && <p className="text-xs text-slate-500">Players with at least {data.minGames} games{week ? " this week" : ""}.</p>}
        {query.order === "depth" && <p className="text-xs text-slate-500">Each player&apos;s best game on this board{week ? " this week" : ""}; every run the server accepted was fair.</p>}
        <RankTable rows={ranking.rows} order={query.order} depthLabel={depthColumn} figureLabel={board?.figure ?? depthColumn} />
        <Pager page={ranking.page} pages={ranking.pages} total={ranking.total} hrefOf={(page) => href({ order: query.order, period: query.period, page })} />
      </section>
      <RecentGames
        page={data.recent}
        note={board ? "Every game of this scenario, whatever its board." : undefined}
        olderHref={data.recent.next ? href({ page: ranking.page, before: data.recent.next }) : null}
        latestHref={query.before ? href({ page: ranking.page }) : null}
      />
    </div>
  );
}

function capitalized(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
