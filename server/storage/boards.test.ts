import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { SCENARIO_IDS } from "../engine/scenarios";
import { boardKey, boardKeysOfGame, boardOfGame, boardsOf, scenarioOfBoard } from "./boards";
import { topPlayers } from "./leaderboard";
import { leaderboardData, parseLeaderboardQuery } from "./leaderboardPage";
import { rebuildPlayerStats } from "./playerStats";
import { PrismaGameStore } from "./prismaGameStore";
import { playerStatRows, statsFixture } from "./playerStats.testing";
import type { ProviderTestDatabase } from "./testDatabase";
import type { Trace } from "./types";
import { describeEachProvider } from "./eachProvider.testing";

describe("boards of a game", () => {
  it("names FLP's board from its protocol, or the puzzle board; a watched run counts on none", () => {
    expect(boardKeysOfGame("flp", { mode: "scheduler", protocol: "wait-all" })).toEqual(["flp", "flp/wait-all"]);
    expect(boardKeysOfGame("flp", {})).toEqual(["flp", "flp/majority-lock"]); // the defaults
    expect(boardOfGame("flp", { mode: "puzzle", protocol: "wait-all" })).toBe("puzzle");
    expect(boardOfGame("flp", { mode: "scheduler", watch: true })).toBe(null);
    expect(boardOfGame("benor", { n: 5, f: 2 })).toBe("n5");
    // Parameters that do not parse, and scenarios with no boards, count on the scenario's board alone.
    expect(boardKeysOfGame("flp", { protocol: "paxos" })).toEqual(["flp"]);
    expect(boardKeysOfGame("generals", { mode: "puzzle" })).toEqual(["generals"]);
    expect(boardsOf("generals")).toEqual([]);
    expect(scenarioOfBoard(boardKey("flp", "wait-all"))).toBe("flp");
    expect(boardKey("flp", undefined)).toBe("flp");
  });

  it("keeps board keys URL-safe and unique within their scenario", () => {
    for (const id of SCENARIO_IDS) {
      const keys = boardsOf(id).map((b) => b.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it("reads the board from the search parameters, with its own default order", () => {
    expect(parseLeaderboardQuery({ scenario: "flp", board: "puzzle" }, SCENARIO_IDS, boardsOf)).toEqual({
      scenario: "flp", board: "puzzle", period: "all", order: "wins", page: 1,
    });
    expect(parseLeaderboardQuery({ scenario: "flp", board: "wait-all", order: "winRate" }, SCENARIO_IDS, boardsOf)).toMatchObject({ board: "wait-all", order: "winRate" });
    expect(parseLeaderboardQuery({ scenario: "flp", board: "wait-all" }, SCENARIO_IDS, boardsOf)).toMatchObject({ order: "depth" });
    // A board's own order is not another board's; an unknown board is the scenario's whole board.
    expect(parseLeaderboardQuery({ scenario: "flp", board: "wait-all", order: "wins" }, SCENARIO_IDS, boardsOf)).toMatchObject({ order: "depth" });
    expect(parseLeaderboardQuery({ scenario: "flp", board: "nope", order: "depth" }, SCENARIO_IDS, boardsOf)).toEqual({
      scenario: "flp", period: "all", order: "score", page: 1,
    });
    expect(parseLeaderboardQuery({ scenario: "generals", board: "puzzle" }, SCENARIO_IDS, boardsOf)).not.toHaveProperty("board");
  });
});

describeEachProvider("FLP's boards in the database", (provider) => {
  let database: ProviderTestDatabase;
  let store: PrismaGameStore;
  let db: PrismaClient;
  let ids: Record<string, string> = {};
  let minute = 0;

  /** An FLP game of one human scheduler (or puzzle solver), with its stored parameters. */
  const play = (id: string, who: string, params: Record<string, unknown>, score: number, won: boolean, depth: number | null, practice = false) => {
    const at = new Date(Date.UTC(2026, 10, 25, 12, minute++));
    return store.saveFinishedGame({
      id, scenario: "flp", outcome: won ? "kept-open" : "decided", startedAt: at, finishedAt: at,
      seats: [{ seat: "scheduler", kind: "human", playerId: ids[who], name: who, strategy: null, score, won, depth }],
      trace: { gameId: id, params } as unknown as Trace,
      ...(practice ? { context: { practice: true } } : {}),
    });
  };
  const statsNow = () => playerStatRows(db);

  beforeAll(async () => {
    ({ database, store, db, ids } = await statsFixture(["ann", "bob", "cat"], provider));
    const lock = { mode: "scheduler", protocol: "majority-lock" };
    // The majority lock: bob has the longest run (40) though ann has the higher total.
    await play("m1", "ann", lock, 50, true, 30);
    await play("m2", "ann", lock, 45, true, 25);
    await play("m3", "bob", lock, 60, true, 40);
    await play("m4", "cat", lock, 3, false, 3);
    // Wait for n − 1: only cat played it.
    await play("w1", "cat", { mode: "scheduler", protocol: "wait-n-minus-1" }, 27, true, 7);
    // Puzzles: ann solved 1 of 3, bob 2 of 2 (fewer points than ann's), cat none.
    const puzzle = { mode: "puzzle", protocol: "majority-lock" };
    await play("p1", "ann", puzzle, 40, true, null);
    await play("p2", "ann", puzzle, 30, false, null);
    await play("p3", "ann", puzzle, 30, false, null);
    await play("p4", "bob", puzzle, 40, true, null);
    await play("p5", "bob", { ...puzzle, protocol: "wait-all" }, 40, true, null);
    await play("p6", "cat", puzzle, 20, false, null);
    // A watched run and a practice game count on no board of its own.
    await play("x1", "cat", { ...lock, watch: true }, 0, false, null);
    await play("x2", "cat", lock, 99, true, 99, true);
  });
  afterAll(async () => {
    await store.close();
    await database.cleanup();
  });

  it("ranks a protocol's board by the longest bivalent run", async () => {
    const board = await topPlayers(db, { scenario: "flp/majority-lock", orderBy: "depth" });
    expect(board.rows.map((r) => [r.nickname, r.bestDepth, r.rank])).toEqual([["bob", 40, 1], ["ann", 30, 2], ["cat", 3, 3]]);
    // The scenario's whole board still ranks every game by total score.
    const all = await topPlayers(db, { scenario: "flp", orderBy: "score" });
    expect(all.rows.map((r) => [r.nickname, r.totalScore, r.games])).toEqual([["ann", 195, 5], ["bob", 140, 3], ["cat", 50, 4]]);
    expect((await topPlayers(db, { scenario: "flp/wait-n-minus-1", orderBy: "depth" })).rows.map((r) => r.nickname)).toEqual(["cat"]);
    expect((await topPlayers(db, { scenario: "flp/wait-all", orderBy: "depth" })).total).toBe(0);
  });

  it("ranks the puzzle board by puzzles solved, not points", async () => {
    const board = await topPlayers(db, { scenario: "flp/puzzle", orderBy: "wins" });
    expect(board.rows.map((r) => [r.nickname, r.wins, r.games, r.rank])).toEqual([["bob", 2, 2, 1], ["ann", 1, 3, 2], ["cat", 0, 1, 3]]);
    // Pages past the first use the same index walk.
    const second = await topPlayers(db, { scenario: "flp/puzzle", orderBy: "wins", page: 2, pageSize: 2 });
    expect(second.rows.map((r) => [r.nickname, r.rank])).toEqual([["cat", 3]]);
  });

  it("shows a board's own page: its players, ranked games and default order", async () => {
    const query = parseLeaderboardQuery({ scenario: "flp", board: "puzzle" }, SCENARIO_IDS, boardsOf);
    const data = await leaderboardData(db, query, new Date(Date.UTC(2026, 10, 26)));
    expect(data.ranking.rows.map((r) => r.nickname)).toEqual(["bob", "ann", "cat"]);
    expect(data).toMatchObject({ games: 6, players: 3, outcomes: null });
    // The recent games are the scenario's, whatever the board (the practice game is not listed).
    expect(data.recent.games.length).toBe(13);
    const depth = await leaderboardData(db, parseLeaderboardQuery({ scenario: "flp", board: "majority-lock" }, SCENARIO_IDS, boardsOf));
    expect(depth).toMatchObject({ games: 4, players: 3 });
  });

  it("rebuilds the same board rows from the stored games", async () => {
    const live = await statsNow();
    expect(live.some((r) => r.scenario === "flp/puzzle")).toBe(true);
    await db.playerStat.deleteMany({});
    await rebuildPlayerStats(db, 3); // small batches: a board's games span several
    expect(await statsNow()).toEqual(live);
  });
});
