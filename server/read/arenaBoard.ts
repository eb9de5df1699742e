/**
 * What the arena board reads (issue 18, docs/bot-api.md): a scenario's bots ranked by rating, and
 * its latest matches. The arena's scheduler writes ArenaMatch, ArenaEntry and BotRating; this
 * only reads them. Bots are ranked here only: the human boards read seats with a playerId, which
 * a bot's never has. A bot's own page is botPage.ts.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { arenaOf, arenaScenarioIds } from "../arena/nights";
import type { ScenarioId } from "../engine/scenarios";
import { pageFacts, type Page } from "../storage/challengeBoards";
import { getPrisma } from "../storage/db";
import { withheldMatches } from "../storage/arenaHold";

export type { Page };

/** The scenarios with arena seats (server/arena/nights.ts), in registry order, each with those seats. */
export const ARENA_SCENARIOS: readonly { id: ScenarioId; seats: readonly string[] }[] = arenaScenarioIds().map((id) => ({ id: id as ScenarioId, seats: arenaOf(id)!.arenaSeats }));

/** The arena scenario a search parameter names, else the first one. */
export function arenaScenarioOf(value: string | string[] | undefined): ScenarioId {
  return ARENA_SCENARIOS.find((s) => s.id === value)?.id ?? ARENA_SCENARIOS[0].id;
}

export const ARENA_PAGE_SIZE = 25;
export const ARENA_RECENT_MATCHES = 10;

/** A bot's results against par and what went wrong, over its entries. */
export interface ArenaTally {
  wins: number;
  draws: number;
  losses: number;
  /** Ticks its stand-in played because it had not moved in time. */
  timeouts: number;
  /** Moves the server refused from it. */
  refused: number;
  /** Matches that ended unsafe while it held a player seat. */
  unsafe: number;
}

export interface ArenaBoardRow extends ArenaTally {
  rank: number;
  botId: string;
  name: string;
  revoked: boolean;
  owner: { id: string; nickname: string };
  rating: number;
  rd: number;
  matches: number;
  lastMatchAt: Date | null;
}

export interface ArenaEntryRow {
  seat: string;
  botId: string;
  name: string;
  score: number;
  parScore: number;
  /** 1 above par, 0.5 at par, 0 below (0 whenever the seat timed out). */
  result: number;
  ratingBefore: number;
  ratingAfter: number;
  timeouts: number;
  refused: number;
  unsafe: boolean;
}

export interface ArenaMatchRow {
  /** The match's game: /games/<id> replays it. */
  id: string;
  scenario: string;
  night: number;
  finishedAt: Date;
  entries: ArenaEntryRow[];
  /** The match's cycle while its replay is withheld (server/arena/hold.ts); null once it is open. */
  withheldCycle: number | null;
}

export interface ArenaBoard {
  scenario: ScenarioId;
  ranking: Page<ArenaBoardRow>;
  recent: ArenaMatchRow[];
}

/** One scenario's arena: its bots ranked by rating (the surer first on a tie), and its latest matches. */
export async function arenaBoard(scenario: ScenarioId, page = 1, db: PrismaClient = getPrisma()): Promise<ArenaBoard> {
  const where = { scenario };
  const [count, ratings, recent] = await Promise.all([
    db.botRating.count({ where }),
    db.botRating.findMany({
      where,
      orderBy: [{ rating: "desc" }, { rd: "asc" }, { botId: "asc" }],
      skip: (page - 1) * ARENA_PAGE_SIZE,
      take: ARENA_PAGE_SIZE,
      select: { botId: true, rating: true, rd: true, matches: true, bot: { select: { name: true, revokedAt: true, owner: { select: { id: true, nickname: true } } } } },
    }),
    recentMatches(db, scenario),
  ]);
  const tallies = await talliesOf(db, { botId: { in: ratings.map((r) => r.botId) }, match: { scenario } });
  const rows = ratings.map((r, i) => {
    const t = tallies.get(r.botId);
    return {
      rank: (page - 1) * ARENA_PAGE_SIZE + i + 1,
      botId: r.botId,
      name: r.bot.name,
      revoked: r.bot.revokedAt !== null,
      owner: r.bot.owner,
      rating: r.rating,
      rd: r.rd,
      matches: r.matches,
      ...(t?.tally ?? EMPTY_TALLY),
      lastMatchAt: t?.last ?? null,
    };
  });
  return { scenario, ranking: { rows, ...pageFacts(page, ARENA_PAGE_SIZE, count) }, recent };
}

export const EMPTY_TALLY: ArenaTally = { wins: 0, draws: 0, losses: 0, timeouts: 0, refused: 0, unsafe: 0 };

type EntryWhere = NonNullable<Parameters<PrismaClient["arenaEntry"]["groupBy"]>[0]>["where"];

/** Per bot, its tally over the entries `where` selects, and its last entry's time. */
export async function talliesOf(db: PrismaClient, where: EntryWhere): Promise<Map<string, { tally: ArenaTally; last: Date }>> {
  const groups = await db.arenaEntry.groupBy({ by: ["botId", "result", "unsafe"], where, _count: { _all: true }, _sum: { timeouts: true, refused: true }, _max: { finishedAt: true } });
  const out = new Map<string, { tally: ArenaTally; last: Date }>();
  for (const g of groups) {
    const o = out.get(g.botId) ?? { tally: { ...EMPTY_TALLY }, last: new Date(0) };
    const n = g._count._all;
    const t = o.tally;
    if (g.result > 0.5) t.wins += n;
    else if (g.result === 0.5) t.draws += n;
    else t.losses += n;
    if (g.unsafe) t.unsafe += n;
    t.timeouts += g._sum.timeouts ?? 0;
    t.refused += g._sum.refused ?? 0;
    if (g._max.finishedAt && g._max.finishedAt > o.last) o.last = g._max.finishedAt;
    out.set(g.botId, o);
  }
  return out;
}

const ENTRY_SELECT = {
  seat: true,
  botId: true,
  score: true,
  parScore: true,
  result: true,
  ratingBefore: true,
  ratingAfter: true,
  timeouts: true,
  refused: true,
  unsafe: true,
  bot: { select: { name: true } },
} as const;

/** The scenario's latest finished matches, newest first, each with its bots' entries in seat order. */
async function recentMatches(db: PrismaClient, scenario: string): Promise<ArenaMatchRow[]> {
  const matches = await db.arenaMatch.findMany({
    where: { scenario, finishedAt: { not: null } },
    orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
    take: ARENA_RECENT_MATCHES,
    select: { id: true, scenario: true, night: true, finishedAt: true, entries: { select: ENTRY_SELECT, orderBy: { seat: "asc" } } },
  });
  const held = await withheldMatches(db, matches.map((m) => m.id));
  return matches.map((m) => ({
    id: m.id,
    scenario: m.scenario,
    night: m.night,
    finishedAt: m.finishedAt!,
    entries: m.entries.map(({ bot, ...e }) => ({ ...e, name: bot.name })),
    withheldCycle: held.get(m.id) ?? null,
  }));
}
