import { afterEach, beforeEach, expect, it } from "vitest";
import { playedNight } from "./challengeNights.testing";
import { getPrisma } from "./db";
import { gameCount } from "./leaderboard";
import { bestScores, playerHistory } from "./playerPages";
import { rebuildPlayerStats } from "./playerStats";
import { PrismaGameStore } from "./prismaGameStore";
import { sessionLeaderboard } from "./sessionLeaderboard";
import { createTestDatabase, type ProviderTestDatabase } from "./testDatabase";
import type { FinishedGame } from "./types";
import { describeEachProvider } from "./eachProvider.testing";

const SESSION = "session-bot-finished";

/** A class game played by `playerId`; when `botFinished`, the host's "End now" let stand-in bots finish it. */
function classGame(id: string, playerId: string, botFinished: boolean): FinishedGame {
  const g = playedNight({ id, challengeId: "foggy-valley", seedIndex: 0, playerId, nickname: "ada", finishedAt: new Date("2026-12-01T10:00:00Z") });
  return { ...g, context: { sessionId: SESSION }, trace: { ...g.trace, ...(botFinished ? { botFinished: true as const } : {}) } };
}

describeEachProvider("games stand-in bots finished, in storage", (provider) => {
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

  it("are stored, listed and replayable, but count in no stats, leaderboard, game count or class leaderboard, even after a rebuild", async () => {
    const db = getPrisma(database.url);
    await db.classSession.create({ data: { id: SESSION, code: "BOTFIN", title: "Week 5", hostHash: "x" } });
    const { id: playerId } = await store.ensurePlayer("device-ada", "ada");
    await store.saveFinishedGame(classGame("ended-now", playerId, true));
    expect((await store.getTrace("ended-now"))?.botFinished).toBe(true);
    expect(await db.gameSeat.count({ where: { gameId: "ended-now", botFinished: true } })).toBeGreaterThan(0);
    expect(await db.playerStat.count()).toBe(0);
    expect(await bestScores(db, playerId)).toEqual([]);
    expect(await gameCount(db, "generals")).toBe(0);
    expect((await sessionLeaderboard(db, SESSION)).rows).toEqual([]);

    await store.saveFinishedGame(classGame("played-out", playerId, false));
    const ranked = await db.playerStat.findMany({ orderBy: { period: "asc" } });
    expect(ranked.map((s) => s.games)).toEqual(ranked.map(() => 1));
    expect((await bestScores(db, playerId)).map((s) => s.games)).toEqual([1]);
    expect(await gameCount(db, "generals")).toBe(1);
    expect((await sessionLeaderboard(db, SESSION)).rows.map((r) => [r.playerId, r.games])).toEqual([[playerId, 1]]);
    // The player's own list still shows both games.
    expect((await playerHistory(db, playerId)).rows.map((r) => r.gameId).sort()).toEqual(["ended-now", "played-out"]);

    await rebuildPlayerStats(db);
    const rebuilt = await db.playerStat.findMany({ orderBy: { period: "asc" } });
    expect(rebuilt.map(({ updatedAt: _u, ...r }) => r)).toEqual(ranked.map(({ updatedAt: _u, ...r }) => r));
  });
});
