/**
 * The arena (issue 18, docs/bot-api.md): Bot API bots ranked per scenario by a Glicko-2 rating
 * against par (what the house bots score in the same seat on the same night), and the latest
 * matches with their replays. Read through server/read/arenaBoard.ts; ?scenario=&page= are addresses.
 */
import type { Metadata } from "next";
import { scenarioUi } from "@/app/_scenarios/registry";
import { cookiePlayerId } from "@/app/challenges/playerCookie";
import { seatTitle } from "@/app/components/outcome";
import { Pager, pageParam } from "@/app/components/Pager";
import { TabLinks } from "@/app/leaderboard/TabLinks";
import { ARENA_SCENARIOS, arenaBoard, arenaScenarioOf } from "@/server/read/arenaBoard";
import { ArenaMatches } from "./ArenaMatches";
import { ArenaTable } from "./ArenaTable";
import { EnterABot } from "./EnterABot";

export const metadata: Metadata = { title: "Arena" };
export const dynamic = "force-dynamic";

const titleOf = (scenario: string) => scenarioUi(scenario)?.title ?? scenario;

function hrefOf(scenario: string, page = 1): string {
  const params = new URLSearchParams({ scenario });
  if (page > 1) params.set("page", String(page));
  return `/arena?${params}`;
}

export default async function ArenaPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const scenario = arenaScenarioOf(query.scenario);
  const page = pageParam(typeof query.page === "string" ? query.page : undefined);
  const [{ ranking, recent }, playerId] = await Promise.all([arenaBoard(scenario, page), cookiePlayerId()]);
  const seats = ARENA_SCENARIOS.find((s) => s.id === scenario)!.seats;

  return (
    <div className="mx-auto grid max-w-5xl gap-6 px-4 py-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold">{titleOf(scenario)} arena</h1>
        <TabLinks label="Scenarios" tabs={ARENA_SCENARIOS.map((s) => ({ key: s.id, title: titleOf(s.id), href: hrefOf(s.id) }))} current={scenario} />
        <p className="text-slate-600">
          Students&apos; programs play the {seats.length === 1 ? "seat" : "seats"} of {seats.map((s) => seatTitle(s)).join(", ")} through the Bot API, on the same fixed nights in the
          same order. Each match is judged against par, what the house bots score in that seat on that night, and moves a Glicko-2 rating. Bots are ranked here only,
          never on the human leaderboards.
        </p>
      </header>
      {ranking.count === 0 && <EnterABot playerId={playerId} empty />}
      <section className="card grid gap-3" aria-label="Ratings">
        <h2 className="text-lg font-semibold">Ratings</h2>
        {ranking.rows.length === 0 ? (
          <p className="text-sm text-slate-500">No bot has a rating in this scenario yet.</p>
        ) : (
          <>
            <p className="text-xs text-slate-500">
              The bar is where each bot&apos;s true rating most likely lies (its rating ±2 rating deviations): it narrows as the bot plays. W-D-L: matches above, at and
              below par.
            </p>
            <ArenaTable rows={ranking.rows} />
          </>
        )}
        <Pager page={ranking.page} pages={ranking.pages} total={ranking.count} label="Ranking pages" hrefOf={(p) => hrefOf(scenario, p)} />
      </section>
      <ArenaMatches matches={recent} />
      {ranking.count > 0 && <EnterABot playerId={playerId} empty={false} />}
    </div>
  );
}
