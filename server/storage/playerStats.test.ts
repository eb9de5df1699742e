import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { addSeat, betterDepth, ensurePlayerStats, periodsOf, rebuildPlayerStats } from "./playerStats";
import type { PrismaGameStore } from "./prismaGameStore";
import { playerStatRows, statsFixture } from "./playerStats.testing";
import type { ProviderTestDatabase } from "./testDatabase";
import type { FinishedSeat, Trace } from "./types";
import { describeEachProvider } from "./eachProvider.testing";

describe("addSeat and betterDepth", () => {
  it("keeps the first game of the best score and the best depth per scenario", () => {
    const game = (id: string) => ({ id, scenario: "generals" });
    let row = addSeat(undefined, { playerId: "p", score: 5, won: false, depth: 2 }, game("a"), "all");
    row = addSeat(row, { playerId: "p", score: 9, won: true, depth: null }, game("b"), "all");
    row = addSeat(row, { playerId: "p", score: 9, won: true, depth: 4 }, game("c"), "all");
    expect(row).toEqual({
      playerId: "p", scenario: "generals", period: "all", games: 3, wins: 2, winRate: 2 / 3,
      totalScore: 23, bestScore: 9, bestDepth: 4, bestGameId: "b",
    });
    // A first seat with a negative score is still the best so far.
    expect(addSeat(undefined, { playerId: "p", score: -10, won: false, depth: null }, game("d"), "all")).toMatchObject({ bestScore: -10, bestGameId: "d" });
  });

  it("prefers the earlier round in consensus and the deeper knowledge elsewhere", () => {
    expect(betterDepth("consensus", 3, 1)).toBe(1);
    expect(betterDepth("generals", 3, 1)).toBe(3);
    expect(betterDepth("consensus", null, 2)).toBe(2);
    expect(betterDepth("consensus", 2, null)).toBe(2);
    expect(betterDepth("lovers", null, null)).toBe(null);
  });

  it("counts a game in all time and in its UTC week", () => {
    expect(periodsOf(new Date("2021-01-03T23:00:00Z"))).toEqual(["all", "2020-W53"]);
  });
});

describeEachProvider("PlayerStat upkeep through the store", (provider) => {
  let database: ProviderTestDatabase;
  let store: PrismaGameStore;
  let db: PrismaClient;
  let ids: Record<string, string> = {};

  const human = (seat: string, who: string, score: number, won: boolean, depth: number | null): FinishedSeat => ({
    seat, kind: "human", playerId: ids[who], name: who, strategy: null, score, won, depth,
  });
  const bot = (seat: string, score: number): FinishedSeat => ({ seat, kind: "bot", playerId: null, name: "b", strategy: "b", score, won: true, depth: 9 });
  const save = (id: string, scenario: string, at: string, seats: FinishedSeat[]) =>
    store.saveFinishedGame({
      id, scenario, outcome: "done", startedAt: new Date(at), finishedAt: new Date(at), seats, trace: { gameId: id } as unknown as Trace,
    });
  const statsNow = () => playerStatRows(db);

  beforeAll(async () => {
    ({ database, store, db, ids } = await statsFixture(["ann", "bob"], provider));
    await save("c1", "consensus", "2026-11-22T23:59:59Z", [human("p1", "ann", 4, true, 3), human("p2", "bob", 2, true, 2), bot("p3", 50)]);
    await save("c2", "consensus", "2026-11-23T00:00:00Z", [human("p1", "ann", 6, true, 1), bot("p2", 50), bot("p3", 50)]);
    // ann holds both seats: two seats counted, in one write per row.
    await save("g1", "generals", "2026-11-23T10:00:00Z", [human("A", "ann", 10, true, 2), human("B", "ann", -5, false, 3)]);
    await save("b1", "generals", "2026-11-23T11:00:00Z", [bot("A", 100), bot("B", 100)]);
  });
  afterAll(async () => {
    await store.close();
    await database.cleanup();
  });

  it("adds each human seat to all time and to the game's week; bots never", async () => {
    const row = (playerId: string, scenario: string, period: string, r: object) => ({ playerId, scenario, period, ...r });
    expect(await statsNow()).toEqual(
      [
        row(ids.ann, "consensus", "2026-W47", { games: 1, wins: 1, winRate: 1, totalScore: 4, bestScore: 4, bestDepth: 3, bestGameId: "c1" }),
        row(ids.ann, "consensus", "2026-W48", { games: 1, wins: 1, winRate: 1, totalScore: 6, bestScore: 6, bestDepth: 1, bestGameId: "c2" }),
        row(ids.ann, "consensus", "all", { games: 2, wins: 2, winRate: 1, totalScore: 10, bestScore: 6, bestDepth: 1, bestGameId: "c2" }),
        row(ids.ann, "generals", "2026-W48", { games: 2, wins: 1, winRate: 0.5, totalScore: 5, bestScore: 10, bestDepth: 3, bestGameId: "g1" }),
        row(ids.ann, "generals", "all", { games: 2, wins: 1, winRate: 0.5, totalScore: 5, bestScore: 10, bestDepth: 3, bestGameId: "g1" }),
        row(ids.bob, "consensus", "2026-W47", { games: 1, wins: 1, winRate: 1, totalScore: 2, bestScore: 2, bestDepth: 2, bestGameId: "c1" }),
        row(ids.bob, "consensus", "all", { games: 1, wins: 1, winRate: 1, totalScore: 2, bestScore: 2, bestDepth: 2, bestGameId: "c1" }),
      ].sort((a, b) => (a.playerId < b.playerId ? -1 : a.playerId > b.playerId ? 1 : 0)),
    );
  });

  it("does not count a game saved twice", async () => {
    const before = await statsNow();
    expect(await save("c2", "consensus", "2026-11-23T00:00:00Z", [human("p1", "ann", 6, true, 1)])).toBe("exists");
    expect(await statsNow()).toEqual(before);
  });

  it("rebuilds the same rows from the stored seats, and only when they are missing", async () => {
    const live = await statsNow();
    await db.playerStat.deleteMany({});
    await ensurePlayerStats(db);
    expect(await statsNow()).toEqual(live);
    await db.playerStat.update({ where: { playerId_scenario_period: { playerId: ids.bob, scenario: "consensus", period: "all" } }, data: { games: 99 } });
    await ensurePlayerStats(db); // rows exist: left alone
    expect((await statsNow()).find((r) => r.playerId === ids.bob && r.period === "all")?.games).toBe(99);
    expect(await rebuildPlayerStats(db, 2)).toBe(live.length); // small batches walk the cursor
    expect(await statsNow()).toEqual(live);
  });
});
