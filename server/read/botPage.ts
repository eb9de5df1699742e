/**
 * What a Bot API bot's page reads (issue 18): who made it, its arena rating per scenario with its
 * history, its games paged, and its failures (a timeout, a refused move, an arena match ended
 * unsafe in a player seat), each game with its arena entry if any.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { SCENARIO_IDS, type ScenarioId } from "../engine/scenarios";
import type { Page } from "../storage/challengeBoards";
import { getPrisma } from "../storage/db";
import { withheldMatches } from "../storage/arenaHold";
import type { HistoryRow } from "../storage/playerPages";
import { seatPage } from "../storage/seatPages";
import { ARENA_SCENARIOS, EMPTY_TALLY, talliesOf, type ArenaTally } from "./arenaBoard";

export const BOT_GAMES_PAGE_SIZE = 15;

export interface BotRatingRow extends ArenaTally {
  scenario: string;
  rating: number;
  rd: number;
  matches: number;
  /** The rating after each of its matches there, oldest first. */
  history: { at: Date; rating: number; matchId: string }[];
}

/** One of a bot's games: a player's history row's facts, with its failures and arena entry. */
export interface BotGameRow extends Pick<HistoryRow, "gameId" | "scenario" | "seat" | "outcome" | "score" | "won" | "finishedAt"> {
  timeouts: number;
  refused: number;
  /** Its arena entry, when the game was an arena match. */
  arena: { night: number; parScore: number; result: number; unsafe: boolean; ratingBefore: number; ratingAfter: number } | null;
  /** The cycle of an arena match whose replay is withheld (server/arena/hold.ts); null for any other game. */
  withheldCycle: number | null;
}

export interface BotPage {
  bot: { id: string; name: string; createdAt: Date; revokedAt: Date | null; owner: { id: string; nickname: string } };
  ratings: BotRatingRow[];
  games: Page<BotGameRow>;
  /** Its games with a timeout, a refused move, or an unsafe end: what to fix first. */
  failures: Page<BotGameRow>;
}

/** The most rating points a chart draws per scenario (the latest). */
export const RATING_HISTORY_POINTS = 200;

/** Everything bot `botId`'s page shows, with page `gamesPage` of its games and `failuresPage` of its failures; null when there is no such bot. */
export async function botPage(botId: string, { gamesPage = 1, failuresPage = 1 } = {}, db: PrismaClient = getPrisma()): Promise<BotPage | null> {
  const bot = await db.bot.findUnique({ where: { id: botId }, select: { id: true, name: true, createdAt: true, revokedAt: true, owner: { select: { id: true, nickname: true } } } });
  if (!bot) return null;
  const failed = { botId, OR: [{ timeouts: { gt: 0 } }, { refused: { gt: 0 } }, { arenaEntry: { is: { unsafe: true } } }] };
  const [ratings, games, failures] = await Promise.all([ratingsOf(db, botId), botGames(db, { botId }, gamesPage), botGames(db, failed, failuresPage)]);
  return { bot, ratings, games, failures };
}

async function ratingsOf(db: PrismaClient, botId: string): Promise<BotRatingRow[]> {
  const [ratings, tallies] = await Promise.all([
    db.botRating.findMany({ where: { botId }, select: { scenario: true, rating: true, rd: true, matches: true } }),
    Promise.all(ARENA_SCENARIOS.map(async (s) => [s.id, (await talliesOf(db, { botId, match: { scenario: s.id } })).get(botId)?.tally] as const)),
  ]);
  const tallyOf = new Map(tallies);
  const order = (scenario: string) => SCENARIO_IDS.indexOf(scenario as ScenarioId);
  return Promise.all(
    ratings
      .sort((a, b) => order(a.scenario) - order(b.scenario))
      .map(async (r) => {
        const points = await db.arenaEntry.findMany({
          where: { botId, match: { scenario: r.scenario } },
          orderBy: [{ finishedAt: "desc" }, { matchId: "desc" }],
          take: RATING_HISTORY_POINTS,
          select: { finishedAt: true, ratingAfter: true, matchId: true },
        });
        const history = points.reverse().map((p) => ({ at: p.finishedAt, rating: p.ratingAfter, matchId: p.matchId }));
        return { ...r, ...(tallyOf.get(r.scenario as ScenarioId) ?? EMPTY_TALLY), history };
      }),
  );
}

type SeatWhere = NonNullable<Parameters<PrismaClient["gameSeat"]["findMany"]>[0]>["where"];

const GAME_SELECT = {
  gameId: true,
  scenario: true,
  seat: true,
  score: true,
  won: true,
  finishedAt: true,
  timeouts: true,
  refused: true,
  game: { select: { outcome: true } },
  arenaEntry: { select: { parScore: true, result: true, unsafe: true, ratingBefore: true, ratingAfter: true, match: { select: { night: true } } } },
} as const;

/** One page of the bot's seats `where` selects, newest first, each with its arena entry if any. */
async function botGames(db: PrismaClient, where: SeatWhere, page: number): Promise<Page<BotGameRow>> {
  const { seats, facts } = await seatPage(db, where ?? {}, GAME_SELECT, page, BOT_GAMES_PAGE_SIZE);
  // Every arena match is looked up, rated or not: an unrated one (its game lost to a fault) has no entry.
  const held = await withheldMatches(db, seats.map((s) => s.gameId));
  const rows = seats.map(({ game, arenaEntry: e, ...s }) => {
    const arena = e ? { night: e.match.night, parScore: e.parScore, result: e.result, unsafe: e.unsafe, ratingBefore: e.ratingBefore, ratingAfter: e.ratingAfter } : null;
    return { ...s, outcome: game.outcome, arena, withheldCycle: held.get(s.gameId) ?? null };
  });
  return { rows, ...facts };
}

/** The bot's name, for the page's title (null when there is no such bot). */
export async function botName(botId: string, db: PrismaClient = getPrisma()): Promise<string | null> {
  return (await db.bot.findUnique({ where: { id: botId }, select: { name: true } }))?.name ?? null;
}
