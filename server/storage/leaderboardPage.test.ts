import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "./db";
import { leaderboardData, parseLeaderboardQuery } from "./leaderboardPage";
import { forgetOutcomeCounts } from "./outcomeCounts";
import { seedSyntheticGames } from "./syntheticGames";
import { createTestDatabase, type TestDatabase } from "./testDatabase";

const SCENARIOS = ["generals", "lovers", "consensus"];

describe("parseLeaderboardQuery", () => {
  it("reads the tab and page, falling back to defaults on anything odd", () => {
    expect(parseLeaderboardQuery({}, SCENARIOS)).toEqual({ scenario: "generals", period: "all", order: "score", page: 1 });
    expect(parseLeaderboardQuery({ scenario: "lovers", period: "week", order: "winRate", page: "3", before: "g00000012" }, SCENARIOS)).toEqual({
      scenario: "lovers", period: "week", order: "winRate", page: 3, before: "g00000012",
    });
    expect(parseLeaderboardQuery({ scenario: "chess", period: "year", order: "x", page: "-2", before: "'; drop" }, SCENARIOS)).toEqual({
      scenario: "generals", period: "all", order: "score", page: 1,
    });
    expect(parseLeaderboardQuery({ scenario: ["consensus", "lovers"], page: "abc" }, SCENARIOS)).toMatchObject({ scenario: "consensus", page: 1 });
  });
});

describe("leaderboardData", () => {
  let database: TestDatabase;
  const end = new Date("2026-11-25T12:00:00Z");
  const games: { scenario: string; finishedAt: Date; players: string[] }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    seedSyntheticGames(database.file, { games: 3_000, players: 200, end, days: 20, seed: 5 }, (g) =>
      games.push({ scenario: g.scenario, finishedAt: g.finishedAt, players: g.seats.flatMap((s) => (s.playerId ? [s.playerId] : [])) }),
    );
  });
  afterAll(async () => {
    await database.cleanup();
  });

  it("counts this week's games and players, and pages the week's board", async () => {
    const monday = new Date("2026-11-23T00:00:00Z");
    const week = games.filter((g) => g.scenario === "lovers" && g.finishedAt >= monday);
    const data = await leaderboardData(getPrisma(database.url), { scenario: "lovers", period: "week", order: "score", page: 2 }, end, { outcomeWaitMs: Infinity });
    expect(data.statPeriod).toBe("2026-W48");
    expect(data.games).toBe(week.length);
    expect(data.players).toBe(new Set(week.flatMap((g) => g.players)).size);
    expect(data.ranking.page).toBe(2);
    const byRate = await leaderboardData(getPrisma(database.url), { scenario: "lovers", period: "week", order: "winRate", page: 1 }, end);
    expect(byRate.ranking.rows.length).toBeGreaterThan(0);
    expect(byRate.ranking.rows.every((r) => r.games >= byRate.minGames)).toBe(true);
    expect(data.recent.games).toHaveLength(15);
  });

  it("counts all-time players from the ranking itself", async () => {
    const all = games.filter((g) => g.scenario === "generals");
    const data = await leaderboardData(getPrisma(database.url), { scenario: "generals", period: "all", order: "score", page: 1 }, end, { outcomeWaitMs: Infinity });
    expect(data.games).toBe(all.length);
    expect(data.players).toBe(new Set(all.flatMap((g) => g.players)).size);
    expect(data.ranking.rows[0].rank).toBe(1);
  });

  it("counts the games from the index while the outcome counts are not ready", async () => {
    const db = getPrisma(database.url);
    forgetOutcomeCounts(db);
    const monday = new Date("2026-11-23T00:00:00Z");
    for (const [period, inPeriod] of [["week", (g: { finishedAt: Date }) => g.finishedAt >= monday], ["all", () => true]] as const) {
      // No wait at all: the page is shown without the outcome bar, with the right number of games.
      const data = await leaderboardData(db, { scenario: "consensus", period, order: "score", page: 1 }, end, { outcomeWaitMs: 0 });
      expect(data.games).toBe(games.filter((g) => g.scenario === "consensus" && inPeriod(g)).length);
      expect(data.outcomes).toBe(null);
    }
  });
});
