/**
 * The leaderboard queries over 100,000 seeded games (30,000 in the quick tier), checked against
 * boards computed here from the generated games, independently of PlayerStat and its upkeep.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { getPrisma } from "./db";
import { isoWeek, isoWeekRange } from "./isoWeek";
import { playerCount, topPlayers } from "./leaderboard";
import { rebuildPlayerStats } from "./playerStats";
import { cachedOutcomeCounts, outcomeCounts } from "./outcomeCounts";
import { recentGames } from "./recentGames";
import { sessionLeaderboard } from "./sessionLeaderboard";
import { seedSyntheticGames, sessionIdOf, type SyntheticGame } from "./syntheticGames";
import { createTestDatabase, type TestDatabase } from "./testDatabase";
import { sized } from "../testing/tier";

const GAMES = sized(100_000, 30_000);
const PLAYERS = sized(3_000, 1_500);
const END = new Date("2026-11-25T12:00:00Z"); // a Wednesday: the week "2026-W48" is half played
// Fewer sessions in the quick tier, so the one checked still has a second page.
const OPTIONS = { games: GAMES, players: PLAYERS, end: END, days: 30, seed: 20261123, sessions: sized(5, 1) };
const CHECKED_SESSION = sessionIdOf(sized(2, 0));

interface Expected {
  playerId: string;
  games: number;
  wins: number;
  total: number;
  best: number;
  bestGameId: string;
  depth: number | null;
}

/** Competition ranks over rows already in board order: equal figures share the first one's rank. */
function ranked<T>(rows: T[], figure: (r: T) => number): (T & { rank: number })[] {
  const out: (T & { rank: number })[] = [];
  rows.forEach((r, i) => out.push({ ...r, rank: i > 0 && figure(r) === figure(rows[i - 1]) ? out[i - 1].rank : i + 1 }));
  return out;
}

describe(`leaderboards over ${GAMES} games`, () => {
  let database: TestDatabase;
  let db: PrismaClient;
  const games: SyntheticGame[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const t0 = performance.now();
    const seeded = seedSyntheticGames(database.file, OPTIONS, (g) => games.push(g));
    console.log(`seeded ${seeded.games} games, ${seeded.seats} seats, ${seeded.playerStats} PlayerStat rows in ${Math.round(performance.now() - t0)} ms`);
    db = getPrisma(database.url);
  }, 120_000);
  afterAll(async () => {
    await database?.cleanup();
  });

  /** Every human's totals in `scenario` over the games `inPeriod` accepts, in finishing order. */
  function expectedTotals(scenario: string, inPeriod: (g: SyntheticGame) => boolean): Expected[] {
    const totals = new Map<string, Expected>();
    for (const g of games) {
      if (g.scenario !== scenario || !inPeriod(g)) continue;
      for (const s of g.seats) {
        if (s.kind !== "human" || s.playerId === null) continue;
        let t = totals.get(s.playerId);
        if (!t) totals.set(s.playerId, (t = { playerId: s.playerId, games: 0, wins: 0, total: 0, best: s.score, bestGameId: g.id, depth: null }));
        t.games++;
        if (s.won) t.wins++;
        t.total += s.score;
        if (s.score > t.best) [t.best, t.bestGameId] = [s.score, g.id];
        if (s.depth !== null) {
          const better = t.depth === null || (scenario === "consensus" ? s.depth < t.depth : s.depth > t.depth);
          if (better) t.depth = s.depth;
        }
      }
    }
    return [...totals.values()];
  }

  const byScore = (rows: Expected[]) =>
    ranked([...rows].sort((a, b) => b.total - a.total || a.games - b.games || (a.playerId < b.playerId ? -1 : 1)), (r) => r.total);
  const byWinRate = (rows: Expected[], minGames: number) =>
    ranked(
      rows
        .filter((r) => r.games >= minGames)
        .sort((a, b) => b.wins / b.games - a.wins / a.games || b.games - a.games || b.total - a.total || (a.playerId < b.playerId ? -1 : 1)),
      (r) => r.wins / r.games,
    );
  const shape = (r: Expected & { rank: number }) => ({
    rank: r.rank, playerId: r.playerId, games: r.games, wins: r.wins, totalScore: r.total, bestScore: r.best, bestGameId: r.bestGameId, bestDepth: r.depth,
  });
  const got = (r: { rank: number; playerId: string; games: number; wins: number; totalScore: number; bestScore: number; bestGameId: string; bestDepth: number | null }) => ({
    rank: r.rank, playerId: r.playerId, games: r.games, wins: r.wins, totalScore: r.totalScore, bestScore: r.bestScore, bestGameId: r.bestGameId, bestDepth: r.bestDepth,
  });

  it("ranks all-time total scores with shared ranks, page after page", async () => {
    for (const scenario of ["generals", "consensus"]) {
      const expected = byScore(expectedTotals(scenario, () => true));
      expect(expected.length).toBeGreaterThan(PLAYERS * 2 / 3);
      // The seeded scores tie often: the test must see shared ranks to mean anything.
      expect(expected.some((r, i) => i > 0 && r.rank === expected[i - 1].rank)).toBe(true);
      const pageSize = 50;
      const pages = Math.ceil(expected.length / pageSize);
      for (const page of [1, 2, 17, pages - 1, pages]) {
        const board = await topPlayers(db, { scenario, orderBy: "score", page, pageSize });
        expect(board).toMatchObject({ page, pageSize, total: expected.length, pages });
        expect(board.rows.map(got)).toEqual(expected.slice((page - 1) * pageSize, page * pageSize).map(shape));
        expect(board.rows[0].nickname).toBe(`player ${Number(board.rows[0].playerId.slice(1))}`);
      }
      // Past the end: the last page again.
      expect((await topPlayers(db, { scenario, orderBy: "score", page: pages + 5, pageSize })).page).toBe(pages);
    }
  });

  it("ranks this week's win rates among players with enough games", async () => {
    const week = isoWeek(END);
    const { from, to } = isoWeekRange(END);
    const expected = byWinRate(expectedTotals("lovers", (g) => g.finishedAt >= from && g.finishedAt < to), 3);
    // A floor that keeps the check meaningful however many scenarios share the synthetic games.
    expect(expected.length).toBeGreaterThan(sized(60, 10));
    const last = Math.ceil(expected.length / 20);
    for (const page of new Set([1, Math.min(3, last), last])) {
      const board = await topPlayers(db, { scenario: "lovers", period: week, orderBy: "winRate", minGames: 3, page, pageSize: 20 });
      expect(board.total).toBe(expected.length);
      expect(board.rows.map(got)).toEqual(expected.slice((page - 1) * 20, page * 20).map(shape));
    }
    expect(await playerCount(db, "lovers", week)).toBe(expectedTotals("lovers", (g) => g.finishedAt >= from && g.finishedAt < to).length);
  });

  it("ranks a past week, across the boundary instant", async () => {
    const past = new Date(END.getTime() - 14 * 86_400_000);
    const { from, to } = isoWeekRange(past);
    const expected = byScore(expectedTotals("generals", (g) => g.finishedAt >= from && g.finishedAt < to));
    const board = await topPlayers(db, { scenario: "generals", period: isoWeek(past), orderBy: "score", pageSize: 100 });
    expect(board.total).toBe(expected.length);
    expect(board.rows.map(got)).toEqual(expected.slice(0, 100).map(shape));
  });

  it("pages recent games by cursor, newest first, ties by id", async () => {
    const expected = games
      .filter((g) => g.scenario === "consensus")
      .sort((a, b) => b.finishedAt.getTime() - a.finishedAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((g) => g.id);
    let before: string | undefined;
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const page = await recentGames(db, { scenario: "consensus", limit: 15, before });
      seen.push(...page.games.map((g) => g.id));
      before = page.next ?? undefined;
    }
    expect(seen).toEqual(expected.slice(0, 60));
    // Deep in the list: the page after any game is the games after it.
    const middle = expected[40_000 % expected.length];
    const deep = await recentGames(db, { scenario: "consensus", limit: 15, before: middle });
    const at = expected.indexOf(middle);
    expect(deep.games.map((g) => g.id)).toEqual(expected.slice(at + 1, at + 16));
    expect(deep.games[0].seats.map((s) => s.seat)).toEqual(["p1", "p2", "p3"]);
    // The oldest page has no next.
    const last = await recentGames(db, { scenario: "consensus", limit: 15, before: expected[expected.length - 3] });
    expect(last).toMatchObject({ next: null });
    expect(last.games.map((g) => g.id)).toEqual(expected.slice(-2));
  });

  it("counts outcomes per period, cached or not", async () => {
    const count = (inRange: (g: SyntheticGame) => boolean) => {
      const m = new Map<string, number>();
      for (const g of games) if (g.scenario === "generals" && inRange(g)) m.set(g.outcome, (m.get(g.outcome) ?? 0) + 1);
      return Object.fromEntries(m);
    };
    const asObject = (rows: { outcome: string; games: number }[]) => Object.fromEntries(rows.map((r) => [r.outcome, r.games]));
    const week = isoWeekRange(END);
    expect(asObject(await outcomeCounts(db, "generals", week))).toEqual(count((g) => g.finishedAt >= week.from && g.finishedAt < week.to));
    // Twice: the first fills the cache, the second reads it (and a later "now" moves its mark).
    const now = new Date(END.getTime() + 3_600_000);
    expect(asObject(await cachedOutcomeCounts(db, "generals", {}, now))).toEqual(count(() => true));
    expect(asObject(await cachedOutcomeCounts(db, "generals", {}, new Date(now.getTime() + 60_000)))).toEqual(count(() => true));
    expect(asObject(await cachedOutcomeCounts(db, "generals", week, END))).toEqual(count((g) => g.finishedAt >= week.from && g.finishedAt < week.to));
  });

  it("ranks a class session from its own games", async () => {
    const session = CHECKED_SESSION;
    const totals = new Map<string, Expected>();
    for (const g of games) {
      if (g.sessionId !== session) continue;
      for (const s of g.seats) {
        if (s.kind !== "human" || s.playerId === null) continue;
        let t = totals.get(s.playerId);
        if (!t) totals.set(s.playerId, (t = { playerId: s.playerId, games: 0, wins: 0, total: 0, best: s.score, bestGameId: g.id, depth: null }));
        t.games++;
        if (s.won) t.wins++;
        t.total += s.score;
        if (s.score > t.best) [t.best, t.bestGameId] = [s.score, g.id];
      }
    }
    const expected = byScore([...totals.values()]);
    expect(expected.length).toBeGreaterThan(40);
    const board = await sessionLeaderboard(db, session, { page: 2, pageSize: 20 });
    expect(board).toMatchObject({ page: 2, total: expected.length });
    expect(board.rows.map((r) => [r.rank, r.playerId, r.games, r.wins, r.totalScore, r.bestScore, r.bestGameId])).toEqual(
      expected.slice(20, 40).map((r) => [r.rank, r.playerId, r.games, r.wins, r.total, r.best, r.bestGameId]),
    );
    expect(board.rows[0].nickname).toMatch(/^player /);
    expect((await sessionLeaderboard(db, "no-such-session")).rows).toEqual([]);
  });

  // Last: it replaces the seeded PlayerStat rows with the ones the server would rebuild.
  it("rebuilds PlayerStat from the stored seats into the same boards", async () => {
    await db.playerStat.deleteMany({});
    expect(await playerCount(db, "generals")).toBe(0);
    await rebuildPlayerStats(db);
    for (const scenario of ["generals", "lovers", "consensus"]) {
      const expected = byScore(expectedTotals(scenario, () => true));
      expect(await playerCount(db, scenario)).toBe(expected.length);
      const pages = Math.ceil(expected.length / 100);
      for (const page of [1, pages]) {
        const board = await topPlayers(db, { scenario, orderBy: "score", page, pageSize: 100 });
        expect(board.rows.map(got)).toEqual(expected.slice((page - 1) * 100, page * 100).map(shape));
      }
    }
    const week = isoWeekRange(END);
    const weekly = byWinRate(expectedTotals("lovers", (g) => g.finishedAt >= week.from && g.finishedAt < week.to), 3);
    const board = await topPlayers(db, { scenario: "lovers", period: isoWeek(END), orderBy: "winRate", minGames: 3, pageSize: 50 });
    expect(board.rows.map(got)).toEqual(weekly.slice(0, 50).map(shape));
  });
});
