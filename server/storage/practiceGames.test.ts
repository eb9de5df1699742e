import { afterEach, beforeEach, expect, it } from "vitest";
import { playedNight } from "./challengeNights.testing";
import { getPrisma } from "./db";
import { gameCount } from "./leaderboard";
import { bestScores, playerHistory } from "./playerPages";
import { rebuildPlayerStats } from "./playerStats";
import { PrismaGameStore } from "./prismaGameStore";
import { createTestDatabase, type ProviderTestDatabase } from "./testDatabase";
import type { FinishedGame } from "./types";
import { describeEachProvider } from "./eachProvider.testing";

/** A night played by `playerId`, stored as a ranked game, or as a practice game when `practice`. */
function game(id: string, playerId: string, practice: boolean): FinishedGame {
  const g = playedNight({ id, challengeId: "foggy-valley", seedIndex: 0, playerId, nickname: "ada", finishedAt: new Date("2026-12-01T10:00:00Z") });
  if (!practice) return { ...g, context: undefined };
  return { ...g, context: { practice: true }, trace: { ...g.trace, practice: true } };
}

describeEachProvider("practice games in storage", (provider) => {
  let database: ProviderTestDatabase;
  let store: PrismaGameStore;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
    store = new PrismaGameStore(database.url);
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  it("are stored and served, but count in no stats, leaderboard, game count or challenge score, even after a rebuild", async () => {
    const db = getPrisma(database.url);
    const { id: playerId } = await store.ensurePlayer("device-ada", "ada");
    await store.saveFinishedGame(game("practice-1", playerId, true));
    await store.saveFinishedGame(game("practice-2", playerId, true));
    expect((await store.getTrace("practice-1"))?.practice).toBe(true);
    expect(await db.playerStat.count()).toBe(0);
    expect(await db.challengeBest.count()).toBe(0);
    expect(await bestScores(db, playerId)).toEqual([]);
    expect(await gameCount(db, "generals")).toBe(0);

    await store.saveFinishedGame(game("ranked-1", playerId, false));
    const ranked = await db.playerStat.findMany({ orderBy: { period: "asc" } });
    expect(ranked.map((s) => s.games)).toEqual(ranked.map(() => 1));
    expect((await bestScores(db, playerId)).map((s) => s.games)).toEqual([1]);
    expect(await gameCount(db, "generals")).toBe(1);

    // The player's list of games shows each practice game with its seed, and no other as practice.
    const history = await playerHistory(db, playerId);
    expect(history.rows.map((r) => [r.gameId, r.practice])).toEqual([
      ["ranked-1", null],
      ["practice-2", { seed: game("practice-2", playerId, true).trace.seed }],
      ["practice-1", { seed: game("practice-1", playerId, true).trace.seed }],
    ]);

    await rebuildPlayerStats(db);
    const rebuilt = await db.playerStat.findMany({ orderBy: { period: "asc" } });
    expect(rebuilt.map(({ updatedAt: _u, ...r }) => r)).toEqual(ranked.map(({ updatedAt: _u, ...r }) => r));
  });
});
