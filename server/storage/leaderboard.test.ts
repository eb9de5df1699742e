import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "./db";
import { gameCount, outcomeCounts, playerCount, recentGames, topPlayers } from "./leaderboard";
import { PrismaGameStore } from "./prismaGameStore";
import { createTestDatabase, type TestDatabase } from "./testDatabase";
import type { FinishedSeat, Trace } from "./types";

type SeatSpec = [seat: string, who: string, score: number, won: boolean, depth: number | null];

describe("leaderboard", () => {
  let database: TestDatabase;
  let store: PrismaGameStore;
  const ids: Record<string, string> = {};
  let minute = 0;

  /** Saves a game whose seats are [seat, player name or "bot", score, won, depth]. */
  async function play(id: string, seats: SeatSpec[], scenario = "generals") {
    const finishedAt = new Date(Date.UTC(2025, 0, 1, 12, minute++));
    const finished: FinishedSeat[] = seats.map(([seat, who, score, won, depth]) =>
      who === "bot"
        ? { seat, kind: "bot", playerId: null, name: "chain-3", strategy: "chain-3", score, won, depth }
        : { seat, kind: "human", playerId: ids[who], name: who, strategy: null, score, won, depth },
    );
    await store.saveFinishedGame({
      id, scenario, outcome: "done", startedAt: finishedAt, finishedAt, seats: finished,
      trace: { gameId: id } as unknown as Trace,
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PrismaGameStore(database.url);
    for (const name of ["ann", "bob", "cat", "dan"]) ids[name] = (await store.ensurePlayer(`dev-${name}`, name)).id;
    // ann: 3 games, 2 wins, score 30, best depth 4
    // bob: 2 games, 2 wins, score 25, best depth 2
    // cat: 4 games, 2 wins, score 40, best depth null
    // dan: 1 game,  1 win,  score 50 (only one game)
    // bots win and score a lot but must never be ranked.
    await play("g1", [["A", "ann", 10, true, 2], ["B", "bob", 10, true, 1]]);
    await play("g2", [["A", "ann", 5, false, 4], ["B", "cat", 10, true, null]]);
    await play("g3", [["A", "cat", 10, false, null], ["B", "bot", 999, true, 9]]);
    await play("g4", [["A", "ann", 15, true, 3], ["B", "bob", 15, true, 2]]);
    await play("g5", [["A", "cat", 10, true, null], ["B", "cat", 10, false, null]]);
    await play("g6", [["A", "dan", 50, true, 1], ["B", "bot", 0, false, null]]);
    // Another scenario must not leak in.
    await play("x1", [["A", "bob", 1000, true, 9]], "other");
    // Renamed after playing: the current nickname is shown.
    await store.ensurePlayer("dev-bob", "bobby");
  });
  afterAll(async () => {
    await store.close();
    await database.cleanup();
  });

  it("ranks humans by total score", async () => {
    const rows = await topPlayers(getPrisma(database.url), { scenario: "generals", orderBy: "score" });
    expect(rows).toEqual([
      { rank: 1, playerId: ids.dan, nickname: "dan", games: 1, wins: 1, winRate: 1, totalScore: 50, bestDepth: 1 },
      { rank: 2, playerId: ids.cat, nickname: "cat", games: 4, wins: 2, winRate: 0.5, totalScore: 40, bestDepth: null },
      { rank: 3, playerId: ids.ann, nickname: "ann", games: 3, wins: 2, winRate: 2 / 3, totalScore: 30, bestDepth: 4 },
      { rank: 4, playerId: ids.bob, nickname: "bobby", games: 2, wins: 2, winRate: 1, totalScore: 25, bestDepth: 2 },
    ]);
  });

  it("ranks by win rate, then games, then score, honouring minGames and limit", async () => {
    const db = getPrisma(database.url);
    const all = await topPlayers(db, { scenario: "generals", orderBy: "winRate" });
    expect(all.map((r) => [r.rank, r.nickname, r.winRate])).toEqual([
      [1, "bobby", 1], // 2 games beats dan's 1 at the same rate
      [2, "dan", 1],
      [3, "ann", 2 / 3],
      [4, "cat", 0.5],
    ]);
    const seasoned = await topPlayers(db, { scenario: "generals", orderBy: "winRate", minGames: 2, limit: 2 });
    expect(seasoned.map((r) => [r.rank, r.nickname])).toEqual([[1, "bobby"], [2, "ann"]]);
    const top2 = await topPlayers(db, { scenario: "generals", orderBy: "score", minGames: 3, limit: 1 });
    expect(top2.map((r) => [r.rank, r.nickname, r.totalScore])).toEqual([[1, "cat", 40]]);
    expect(await topPlayers(db, { scenario: "nothing", orderBy: "score" })).toEqual([]);
  });

  it("breaks a total-score tie by fewer games", async () => {
    const db = getPrisma(database.url);
    // Move to a scenario of its own: eve and fay both total 20, eve in fewer games.
    ids.eve = (await store.ensurePlayer("dev-eve", "eve")).id;
    ids.fay = (await store.ensurePlayer("dev-fay", "fay")).id;
    await play("t1", [["A", "fay", 10, false, null], ["B", "eve", 20, true, null]], "tie");
    await play("t2", [["A", "fay", 10, true, null]], "tie");
    const rows = await topPlayers(db, { scenario: "tie", orderBy: "score" });
    expect(rows.map((r) => [r.nickname, r.games, r.totalScore])).toEqual([["eve", 1, 20], ["fay", 2, 20]]);
  });

  it("lists recent games newest first with their seats", async () => {
    const games = await recentGames(getPrisma(database.url), { scenario: "generals", limit: 3 });
    expect(games.map((g) => g.id)).toEqual(["g6", "g5", "g4"]);
    expect(games[0]).toEqual({
      id: "g6",
      outcome: "done",
      finishedAt: new Date(Date.UTC(2025, 0, 1, 12, 5)),
      seats: [
        { seat: "A", kind: "human", name: "dan", score: 50, won: true, depth: 1 },
        { seat: "B", kind: "bot", name: "chain-3", score: 0, won: false, depth: null },
      ],
    });
  });

  it("counts players and games per scenario", async () => {
    const db = getPrisma(database.url);
    expect(await playerCount(db, "generals")).toBe(4);
    expect(await gameCount(db, "generals")).toBe(6);
    expect(await playerCount(db, "other")).toBe(1);
    expect(await gameCount(db, "missing")).toBe(0);
  });

  it("counts outcomes per scenario, most frequent first", async () => {
    const db = getPrisma(database.url);
    await play("o1", [["A", "ann", 10, true, 2]], "outcomes");
    await play("o2", [["A", "ann", 10, true, 2]], "outcomes");
    await play("o3", [["A", "ann", -10, false, 0]], "outcomes");
    await db.game.update({ where: { id: "o3" }, data: { outcome: "defeat-A" } });
    expect(await outcomeCounts(db, "outcomes")).toEqual([
      { outcome: "done", games: 2 },
      { outcome: "defeat-A", games: 1 },
    ]);
    expect(await outcomeCounts(db, "missing")).toEqual([]);
  });
});
