import { afterAll, beforeAll, expect, it } from "vitest";
import { getPrisma } from "./db";
import { gameCount, playerCount, topPlayers } from "./leaderboard";
import { outcomeCounts } from "./outcomeCounts";
import { PrismaGameStore } from "./prismaGameStore";
import { recentGames } from "./recentGames";
import { createTestDatabase, type ProviderTestDatabase } from "./testDatabase";
import type { FinishedSeat, Trace } from "./types";
import { describeEachProvider } from "./eachProvider.testing";

type SeatSpec = [seat: string, who: string, score: number, won: boolean, depth: number | null];

describeEachProvider("leaderboard", (provider) => {
  let database: ProviderTestDatabase;
  let store: PrismaGameStore;
  const ids: Record<string, string> = {};
  let minute = 0;

  /** Saves a game whose seats are [seat, player name or "bot", score, won, depth]. */
  async function play(id: string, seats: SeatSpec[], scenario = "generals", at?: Date) {
    const finishedAt = at ?? new Date(Date.UTC(2025, 0, 1, 12, minute++));
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
    database = await createTestDatabase(provider);
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

  it("ranks humans by total score, with each row's best game", async () => {
    const board = await topPlayers(getPrisma(database.url), { scenario: "generals", orderBy: "score" });
    expect(board).toMatchObject({ page: 1, pageSize: 20, total: 4, pages: 1 });
    expect(board.rows).toEqual([
      { rank: 1, playerId: ids.dan, nickname: "dan", games: 1, wins: 1, winRate: 1, totalScore: 50, bestScore: 50, bestDepth: 1, bestGameId: "g6" },
      { rank: 2, playerId: ids.cat, nickname: "cat", games: 4, wins: 2, winRate: 0.5, totalScore: 40, bestScore: 10, bestDepth: null, bestGameId: "g2" },
      { rank: 3, playerId: ids.ann, nickname: "ann", games: 3, wins: 2, winRate: 2 / 3, totalScore: 30, bestScore: 15, bestDepth: 4, bestGameId: "g4" },
      { rank: 4, playerId: ids.bob, nickname: "bobby", games: 2, wins: 2, winRate: 1, totalScore: 25, bestScore: 15, bestDepth: 2, bestGameId: "g4" },
    ]);
  });

  it("ranks by win rate, then games, then score, honouring minGames and pages", async () => {
    const db = getPrisma(database.url);
    const all = await topPlayers(db, { scenario: "generals", orderBy: "winRate" });
    expect(all.rows.map((r) => [r.rank, r.nickname, r.winRate])).toEqual([
      [1, "bobby", 1], // 2 games listed before dan's 1 at the same rate; the same rank
      [1, "dan", 1],
      [3, "ann", 2 / 3],
      [4, "cat", 0.5],
    ]);
    const seasoned = await topPlayers(db, { scenario: "generals", orderBy: "winRate", minGames: 2, pageSize: 2 });
    expect(seasoned).toMatchObject({ total: 3, pages: 2 });
    expect(seasoned.rows.map((r) => [r.rank, r.nickname])).toEqual([[1, "bobby"], [2, "ann"]]);
    const second = await topPlayers(db, { scenario: "generals", orderBy: "winRate", minGames: 2, pageSize: 2, page: 2 });
    expect(second.rows.map((r) => [r.rank, r.nickname])).toEqual([[3, "cat"]]);
    const top = await topPlayers(db, { scenario: "generals", orderBy: "score", minGames: 3, pageSize: 1 });
    expect(top.rows.map((r) => [r.rank, r.nickname, r.totalScore])).toEqual([[1, "cat", 40]]);
    expect(await topPlayers(db, { scenario: "nothing", orderBy: "score" })).toEqual({ rows: [], page: 1, pageSize: 20, total: 0, pages: 1 });
  });

  it("gives a total-score tie one rank, listing fewer games first, across a page break", async () => {
    const db = getPrisma(database.url);
    // A scenario of its own: eve and fay both total 20, eve in fewer games; gus behind.
    for (const name of ["eve", "fay", "gus"]) ids[name] = (await store.ensurePlayer(`dev-${name}`, name)).id;
    await play("t1", [["A", "fay", 10, false, null], ["B", "eve", 20, true, null]], "tie");
    await play("t2", [["A", "fay", 10, true, null], ["B", "gus", 5, true, null]], "tie");
    const rows = (await topPlayers(db, { scenario: "tie", orderBy: "score" })).rows;
    expect(rows.map((r) => [r.rank, r.nickname, r.games, r.totalScore])).toEqual([[1, "eve", 1, 20], [1, "fay", 2, 20], [3, "gus", 1, 5]]);
    // Page 2 starts with fay: her rank comes from the players strictly ahead, not her position.
    const page2 = await topPlayers(db, { scenario: "tie", orderBy: "score", pageSize: 1, page: 2 });
    expect(page2.rows.map((r) => [r.rank, r.nickname])).toEqual([[1, "fay"]]);
  });

  it("keeps a board per ISO week beside the all-time one", async () => {
    const db = getPrisma(database.url);
    // 2024-12-29 is the last day of 2024-W52, 2024-12-30 the first of 2025-W01.
    await play("w1", [["A", "ann", 7, true, 1]], "weekly", new Date("2024-12-29T23:59:00Z"));
    await play("w2", [["A", "bob", 3, true, 1], ["B", "ann", 2, false, 5]], "weekly", new Date("2024-12-30T00:01:00Z"));
    const board = async (period: string) =>
      (await topPlayers(db, { scenario: "weekly", period, orderBy: "score" })).rows.map((r) => [r.rank, r.nickname, r.games, r.totalScore, r.bestGameId]);
    expect(await board("all")).toEqual([[1, "ann", 2, 9, "w1"], [2, "bobby", 1, 3, "w2"]]);
    expect(await board("2024-W52")).toEqual([[1, "ann", 1, 7, "w1"]]);
    expect(await board("2025-W01")).toEqual([[1, "bobby", 1, 3, "w2"], [2, "ann", 1, 2, "w2"]]);
    expect(await playerCount(db, "weekly", "2025-W01")).toBe(2);
  });

  it("lists recent games newest first with their seats", async () => {
    const { games, next } = await recentGames(getPrisma(database.url), { scenario: "generals", limit: 3 });
    expect(games.map((g) => g.id)).toEqual(["g6", "g5", "g4"]);
    expect(next).toBe("g4");
    expect(games[0]).toEqual({
      id: "g6",
      outcome: "done",
      finishedAt: new Date(Date.UTC(2025, 0, 1, 12, 5)),
      seats: [
        { seat: "A", kind: "human", name: "dan", score: 50, won: true, depth: 1 },
        { seat: "B", kind: "bot", name: "chain-3", score: 0, won: false, depth: null },
      ],
      // Not an arena match: its replay is open.
      withheldCycle: null,
    });
  });

  it("pages recent games with the cursor, and ignores a cursor from another scenario", async () => {
    const db = getPrisma(database.url);
    const older = await recentGames(db, { scenario: "generals", limit: 4, before: "g4" });
    expect(older).toMatchObject({ next: null });
    expect(older.games.map((g) => g.id)).toEqual(["g3", "g2", "g1"]);
    expect((await recentGames(db, { scenario: "generals", limit: 1, before: "x1" })).games.map((g) => g.id)).toEqual(["g6"]);
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
