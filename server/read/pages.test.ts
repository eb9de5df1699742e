import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SCENARIO_IDS, SCENARIOS } from "../engine/scenarios";
import { playedNight } from "../storage/challengeNights.testing";
import { getPrisma } from "../storage/db";
import { PrismaGameStore } from "../storage/prismaGameStore";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import { challengeById, readChallengeBoards, readChallengeProgress } from "./challenges";
import { readLeaderboard } from "./leaderboard";
import { readPlayer, readPlayerPage } from "./players";

describe("the read façade of the leaderboard, player and challenge pages", () => {
  let database: TestDatabase;
  let store: PrismaGameStore;
  let ada: string;
  const db = () => getPrisma(database.url);
  beforeEach(async () => {
    database = await createTestDatabase();
    store = new PrismaGameStore(database.url);
    ada = (await store.ensurePlayer("device-ada", "ada")).id;
    const finishedAt = new Date();
    await store.saveFinishedGame(playedNight({ id: "night-ada-1", challengeId: "foggy-valley", seedIndex: 0, playerId: ada, nickname: "ada", finishedAt }));
    await store.saveFinishedGame(playedNight({ id: "night-ada-2", challengeId: "first-coordinator", seedIndex: 0, playerId: ada, nickname: "ada", finishedAt }));
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  it("reads a leaderboard tab of any registered scenario, its depth column in that scenario's words", async () => {
    const games = [];
    for (const id of SCENARIO_IDS) {
      const read = await readLeaderboard({ scenario: id }, db());
      expect(read.query.scenario).toBe(id);
      expect(read.depthColumn).toBe(SCENARIOS[id].words.depthColumn);
      games.push(read.data.games);
    }
    expect(games.reduce((a, b) => a + b)).toBe(2);
    const generals = await readLeaderboard({ scenario: challengeById("foggy-valley")!.scenario, period: "week" }, db());
    expect(generals.data.ranking.rows.map((r) => r.nickname)).toEqual(["ada"]);
    expect(generals.data.recent.games.map((g) => g.id)).toEqual(["night-ada-1"]);
  });

  it("falls back to the first registered scenario for an unknown or missing one", async () => {
    expect((await readLeaderboard({ scenario: "chess" }, db())).query.scenario).toBe(SCENARIO_IDS[0]);
    expect((await readLeaderboard({}, db())).query.scenario).toBe(SCENARIO_IDS[0]);
  });

  it("reads a player's page, and nothing for a player who does not exist", async () => {
    expect((await readPlayer(ada, db()))?.nickname).toBe("ada");
    const page = await readPlayerPage(ada, 1, db());
    expect(page?.history.rows.map((r) => r.gameId).sort()).toEqual(["night-ada-1", "night-ada-2"]);
    expect(page?.best.map((b) => b.scenario).sort()).toEqual(["foggy-valley", "first-coordinator"].map((c) => challengeById(c)!.scenario).sort());
    expect(page?.progress.find((p) => p.challengeId === "foggy-valley")?.nights.filter(Boolean)).toHaveLength(1);
    expect(await readPlayer("nobody", db())).toBeNull();
    expect(await readPlayerPage("nobody", 1, db())).toBeNull();
  });

  it("reads a challenge's boards, one per night, with the player's own progress on it", async () => {
    const challenge = challengeById("foggy-valley")!;
    const boards = await readChallengeBoards(challenge, { period: "all", page: 1, pagedNight: -1, nightPage: 1 }, ada, db());
    expect(boards.mine.challengeId).toBe("foggy-valley");
    expect(boards.nights).toHaveLength(challenge.nights.length);
    expect(boards.nights[0].rows.map((r) => r.gameId)).toEqual(["night-ada-1"]);
    expect(boards.board.rows.map((r) => [r.nickname, r.nights])).toEqual([["ada", 1]]);
    expect((await readChallengeProgress(null, db())).some((p) => p.completed)).toBe(false);
  });
});
