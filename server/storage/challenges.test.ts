import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { verifyTrace } from "../engine/verify";
import { isoWeek } from "./isoWeek";
import { challengeLeaderboard, nightLeaderboard } from "./challengeBoards";
import { playedNight, replayedNightScore } from "./challengeNights.testing";
import { recheckChallengeCompletion, totalsOf } from "./challenges";
import { getPrisma } from "./db";
import { bestScores, challengeProgress, completedChallenges, playerHistory } from "./playerPages";
import { PrismaGameStore } from "./prismaGameStore";
import { createTestDatabase, type ProviderTestDatabase } from "./testDatabase";
import type { Trace } from "./types";
import { describeEachProvider } from "./eachProvider.testing";

/**
 * What Foggy valley's card says General A scores, worked out here from the trace's own outcome
 * and events: +100 both attack, +20 nobody attacks, -100 A alone, -50 B alone, -5 per messenger A sent.
 */
function foggyValleyScore(trace: Trace): number {
  const base: Record<string, number> = { victory: 100, "no-battle": 20, "defeat-A": -100, "defeat-B": -50 };
  expect(Object.keys(base)).toContain(trace.outcome);
  return base[trace.outcome] - 5 * trace.events.filter((e) => e.type === "send" && e.from === "A").length;
}

describe("totalsOf", () => {
  const at = (m: number) => new Date(Date.UTC(2026, 10, 23, 10, m));
  const twoNights = { nights: [{ label: "1" }, { label: "2" }], goal: { minScore: 0, met: "" } };
  const threeNights = { nights: [{ label: "1" }, { label: "2" }, { label: "3" }], goal: { minScore: 0, met: "" } };
  it("sums the best night per seed; a tie keeps the earlier game", () => {
    const t = totalsOf(
      [
        { seedIndex: 0, score: 40, gameId: "a", finishedAt: at(1) },
        { seedIndex: 0, score: 90, gameId: "b", finishedAt: at(2) },
        { seedIndex: 1, score: 90, gameId: "c", finishedAt: at(3) },
        { seedIndex: 1, score: 90, gameId: "d", finishedAt: at(0) },
      ],
      twoNights,
    )!;
    expect(t.totals).toEqual({ total: 180, nights: 2, completed: true, bestGameId: "d" });
    expect(t.best.get(1)?.gameId).toBe("d");
  });
  it("is not completed until every night is played, and null with no night", () => {
    expect(totalsOf([{ seedIndex: 1, score: 10, gameId: "a", finishedAt: at(1) }], threeNights)!.totals).toMatchObject({ total: 10, nights: 1, completed: false });
    expect(totalsOf([], twoNights)).toBeNull();
  });
  it("is not completed while a night's best misses the objective, however many nights are played", () => {
    const missed = [
      { seedIndex: 0, score: -110, gameId: "a", finishedAt: at(1) },
      { seedIndex: 1, score: -110, gameId: "b", finishedAt: at(2) },
    ];
    expect(totalsOf(missed, twoNights)!.totals).toMatchObject({ total: -220, nights: 2, completed: false });
    const oneMet = [...missed, { seedIndex: 0, score: 0, gameId: "c", finishedAt: at(3) }];
    expect(totalsOf(oneMet, twoNights)!.totals).toMatchObject({ total: -110, completed: false });
    const bothMet = [...oneMet, { seedIndex: 1, score: 35, gameId: "d", finishedAt: at(4) }];
    expect(totalsOf(bothMet, twoNights)!.totals).toMatchObject({ total: 35, completed: true });
    // The bar is the challenge's own: the same nights fall short of a higher one.
    expect(totalsOf(bothMet, { ...twoNights, goal: { minScore: 20, met: "" } })!.totals.completed).toBe(false);
  });
});

describeEachProvider("challenge results in the database", (provider) => {
  let database: ProviderTestDatabase;
  let db: PrismaClient;
  let store: PrismaGameStore;
  const monday = new Date("2026-11-23T09:00:00Z");
  const lastWeek = new Date("2026-11-16T09:00:00Z");

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = getPrisma(database.url);
    store = new PrismaGameStore(db);
  });
  afterAll(async () => {
    await store.close();
    await database.cleanup();
  });

  it("scores a saved night from its trace, and a replay of that trace reproduces the score", async () => {
    const ada = await store.ensurePlayer("ada-device-0000000001", "Ada");
    const night = playedNight({ id: "night-ada-1", challengeId: "foggy-valley", seedIndex: 0, playerId: ada.id, nickname: "Ada", finishedAt: monday });
    expect(await store.saveFinishedGame(night)).toBe("created");

    const best = await db.challengeBest.findUniqueOrThrow({ where: { challengeId_seedIndex_playerId: { challengeId: "foggy-valley", seedIndex: 0, playerId: ada.id } } });
    const trace = (await store.getTrace("night-ada-1"))!;
    expect(verifyTrace(trace).ok).toBe(true);
    expect(best.score).toBe(foggyValleyScore(trace));
    expect(replayedNightScore(trace, "foggy-valley")).toBe(best.score);
    expect(best.gameId).toBe("night-ada-1");

    // A tampered trace no longer verifies: its stored score cannot be defended.
    const forged = { ...trace, result: { ...trace.result, A: { ...trace.result.A, score: 999 } } };
    expect(verifyTrace(forged).ok).toBe(false);
  });

  it("keeps the best night per seed, totals per period, and marks a challenge completed once every night meets its objective", async () => {
    const ben = await store.ensurePlayer("ben-device-0000000001", "Ben");
    const token = "ben-device-0000000001";
    expect(await completedChallenges(db, token)).toEqual(new Set());
    // Last week: night 1 played with a bot standing in that attacks alone (a defeat).
    await store.saveFinishedGame(playedNight({ id: "ben-1", challengeId: "foggy-valley", seedIndex: 0, playerId: ben.id, nickname: "Ben", finishedAt: lastWeek, standIn: "bold" }));
    // This week: both nights; on night 2 General A attacks alone.
    await store.saveFinishedGame(playedNight({ id: "ben-2", challengeId: "foggy-valley", seedIndex: 0, playerId: ben.id, nickname: "Ben", finishedAt: monday }));
    await store.saveFinishedGame(playedNight({ id: "ben-3", challengeId: "foggy-valley", seedIndex: 1, playerId: ben.id, nickname: "Ben", finishedAt: new Date(monday.getTime() + 60_000) }));

    const scoreOf = async (id: string) => foggyValleyScore((await store.getTrace(id))!);
    const [s1, s2, s3] = [await scoreOf("ben-1"), await scoreOf("ben-2"), await scoreOf("ben-3")];
    expect(s1).not.toBe(s2); // so keeping the better of the two nights on seed 0 shows
    expect([s2 >= 0, s3 < 0]).toEqual([true, true]); // night 1 met the objective, night 2 (alone) did not
    const periods = async () => {
      const rows = await db.challengeScore.findMany({ where: { challengeId: "foggy-valley", playerId: ben.id }, orderBy: { period: "asc" } });
      return Object.fromEntries(rows.map((r) => [r.period, r]));
    };
    let byPeriod = await periods();
    expect(Object.keys(byPeriod).sort()).toEqual(["2026-W47", "2026-W48", "all"]);
    expect(byPeriod["2026-W47"]).toMatchObject({ total: s1, nights: 1, completed: false });
    // Every night played, one of them alone: not completed, and the next challenge stays locked.
    expect(byPeriod["2026-W48"]).toMatchObject({ total: s2 + s3, nights: 2, completed: false });
    expect(byPeriod.all).toMatchObject({ total: Math.max(s1, s2) + s3, nights: 2, completed: false });
    expect(await completedChallenges(db, token)).toEqual(new Set());
    expect((await challengeProgress(db, ben.id)).find((p) => p.challengeId === "reading-enemy")!.unlocked).toBe(false);

    // Night 2 again, holding back this time: nobody attacks alone, so the objective is met.
    await store.saveFinishedGame(playedNight({ id: "ben-4", challengeId: "foggy-valley", seedIndex: 1, playerId: ben.id, nickname: "Ben", finishedAt: new Date(monday.getTime() + 90_000), standIn: "timid" }));
    const s4 = await scoreOf("ben-4");
    expect(s4).toBeGreaterThanOrEqual(0);
    byPeriod = await periods();
    expect(byPeriod["2026-W48"]).toMatchObject({ total: s2 + s4, nights: 2, completed: true });
    expect(byPeriod.all).toMatchObject({ total: Math.max(s1, s2) + s4, nights: 2, completed: true });
    expect(await completedChallenges(db, token)).toEqual(new Set(["foggy-valley"]));

    const progress = await challengeProgress(db, ben.id);
    const reading = progress.find((p) => p.challengeId === "reading-enemy")!;
    const enemy = progress.find((p) => p.challengeId === "be-the-enemy")!;
    expect(progress.find((p) => p.challengeId === "foggy-valley")!.completed).toBe(true);
    expect(reading.unlocked).toBe(true);
    expect(enemy.unlocked).toBe(false);
    expect(progress.find((p) => p.challengeId === "foggy-valley")!.nights.map((n) => n?.score)).toEqual([Math.max(s1, s2), s4]);
  });

  it("unlocks from the best nights, not from a stored total written when playing every night was enough", async () => {
    const dee = await store.ensurePlayer("dee-device-0000000001", "Dee");
    await store.saveFinishedGame(playedNight({ id: "dee-1", challengeId: "foggy-valley", seedIndex: 0, playerId: dee.id, nickname: "Dee", finishedAt: monday, standIn: "bold" }));
    await store.saveFinishedGame(playedNight({ id: "dee-2", challengeId: "foggy-valley", seedIndex: 1, playerId: dee.id, nickname: "Dee", finishedAt: monday, standIn: "bold" }));
    // As an older server wrote it: two nights played, so "completed".
    await db.challengeScore.update({ where: { challengeId_playerId_period: { challengeId: "foggy-valley", playerId: dee.id, period: "all" } }, data: { completed: true } });
    expect(await completedChallenges(db, "dee-device-0000000001")).toEqual(new Set());
    const progress = await challengeProgress(db, dee.id);
    expect(progress.find((p) => p.challengeId === "foggy-valley")!.completed).toBe(false);
    expect(progress.find((p) => p.challengeId === "reading-enemy")!.unlocked).toBe(false);
    // The start-up recheck clears such rows (all time and the week alike), keeping their time;
    // rows whose every night met the objective (Ben's) stay completed. A second run finds nothing.
    const week = await db.challengeScore.update({ where: { challengeId_playerId_period: { challengeId: "foggy-valley", playerId: dee.id, period: "2026-W48" } }, data: { completed: true } });
    const all = await db.challengeScore.findUniqueOrThrow({ where: { challengeId_playerId_period: { challengeId: "foggy-valley", playerId: dee.id, period: "all" } } });
    expect(await recheckChallengeCompletion(db)).toBe(2);
    const rows = await db.challengeScore.findMany({ where: { challengeId: "foggy-valley", playerId: dee.id } });
    expect(rows.map((r) => r.completed)).toEqual([false, false]);
    expect(rows.find((r) => r.period === "all")!.updatedAt).toEqual(all.updatedAt);
    expect(rows.find((r) => r.period === "2026-W48")!.updatedAt).toEqual(week.updatedAt);
    const ben = await db.player.findFirstOrThrow({ where: { nickname: "Ben" } });
    expect((await db.challengeScore.findMany({ where: { challengeId: "foggy-valley", playerId: ben.id, completed: true } })).map((r) => r.period).sort()).toEqual(["2026-W48", "all"]);
    expect(await recheckChallengeCompletion(db)).toBe(0);
  });

  it("leaves the totals (and their time, the tie-break) alone when a night improves nothing", async () => {
    const ben = await db.player.findFirstOrThrow({ where: { nickname: "Ben" } });
    const key = { challengeId_playerId_period: { challengeId: "foggy-valley", playerId: ben.id, period: "all" } };
    const before = await db.challengeScore.findUniqueOrThrow({ where: key });
    // Night 2 again, played the same way: the same score, so not better than the best.
    await store.saveFinishedGame(playedNight({ id: "ben-5", challengeId: "foggy-valley", seedIndex: 1, playerId: ben.id, nickname: "Ben", finishedAt: new Date(monday.getTime() + 120_000), standIn: "timid" }));
    const after = await db.challengeScore.findUniqueOrThrow({ where: key });
    expect(after).toEqual(before);
    const best = await db.challengeBest.findUniqueOrThrow({ where: { challengeId_seedIndex_playerId: { challengeId: "foggy-valley", seedIndex: 1, playerId: ben.id } } });
    expect(best.gameId).toBe("ben-4");
  });

  it("ignores a game whose context does not match the catalogue (wrong seed)", async () => {
    const cy = await store.ensurePlayer("cy-device-00000000001", "Cy");
    const night = playedNight({ id: "cy-1", challengeId: "foggy-valley", seedIndex: 0, playerId: cy.id, nickname: "Cy", finishedAt: monday });
    await store.saveFinishedGame({ ...night, context: { challengeId: "foggy-valley", seedIndex: 1 } });
    expect(await db.challengeBest.count({ where: { playerId: cy.id } })).toBe(0);
  });

  it("ranks the leaderboard with shared ranks on ties, completed players first, page by page", async () => {
    const id = "half-lost";
    const period = "all";
    const totals = [
      ["p-a", 150, true],
      ["p-b", 150, true],
      ["p-c", 120, true],
      ["p-d", 120, true],
      ["p-e", 120, true],
      ["p-f", 90, true],
      ["p-g", 300, false], // one night only: listed after every completed player
    ] as const;
    for (const [i, [playerId, total, completed]] of totals.entries()) {
      await db.player.create({ data: { id: playerId, deviceHash: `hash-${playerId}`, nickname: `nick ${playerId}` } });
      await db.challengeScore.create({ data: { challengeId: id, playerId, period, total, nights: completed ? 2 : 1, completed, bestGameId: `g-${playerId}`, updatedAt: new Date(Date.UTC(2026, 10, 23, 10, i)) } });
    }
    const page1 = await challengeLeaderboard(db, { challengeId: id, period, page: 1, pageSize: 3 });
    expect(page1.count).toBe(7);
    expect(page1.pages).toBe(3);
    expect(page1.rows.map((r) => [r.rank, r.playerId])).toEqual([[1, "p-a"], [1, "p-b"], [3, "p-c"]]);
    const page2 = await challengeLeaderboard(db, { challengeId: id, period, page: 2, pageSize: 3 });
    // A page that starts inside a tie still shows the shared rank.
    expect(page2.rows.map((r) => [r.rank, r.playerId])).toEqual([[3, "p-d"], [3, "p-e"], [6, "p-f"]]);
    const page3 = await challengeLeaderboard(db, { challengeId: id, period, page: 3, pageSize: 3 });
    expect(page3.rows.map((r) => [r.rank, r.playerId, r.nickname, r.bestGameId])).toEqual([[7, "p-g", "nick p-g", "g-p-g"]]);
    expect((await challengeLeaderboard(db, { challengeId: id, period, page: 4, pageSize: 3 })).rows).toEqual([]);
  });

  it("ranks one night's best scores, ties shared, each row naming its game", async () => {
    const id = "lucky-night";
    const rows = [["p-a", 90], ["p-b", 95], ["p-c", 90], ["p-d", 10]] as const;
    for (const [i, [playerId, score]] of rows.entries()) {
      await db.challengeBest.create({ data: { challengeId: id, seedIndex: 1, playerId, score, gameId: `n-${playerId}`, finishedAt: new Date(Date.UTC(2026, 10, 23, 11, i)) } });
    }
    const board = await nightLeaderboard(db, { challengeId: id, seedIndex: 1, pageSize: 2, page: 2 });
    expect(board.rows.map((r) => [r.rank, r.playerId, r.gameId])).toEqual([[2, "p-c", "n-p-c"], [4, "p-d", "n-p-d"]]);
    const first = await nightLeaderboard(db, { challengeId: id, seedIndex: 1, pageSize: 2 });
    expect(first.rows.map((r) => [r.rank, r.playerId])).toEqual([[1, "p-b"], [2, "p-a"]]);
    expect((await nightLeaderboard(db, { challengeId: id, seedIndex: 0 })).rows).toEqual([]);
  });

  it("lists a player's history newest first, page by page, and best scores per scenario", async () => {
    const ben = (await db.player.findFirstOrThrow({ where: { nickname: "Ben" } })).id;
    const page1 = await playerHistory(db, ben, { page: 1, pageSize: 2 });
    expect(page1.count).toBe(5);
    expect(page1.rows.map((r) => r.gameId)).toEqual(["ben-5", "ben-4"]);
    expect(page1.rows[0]).toMatchObject({ challengeId: "foggy-valley", seedIndex: 1, scenario: "generals", seat: "A" });
    expect((await playerHistory(db, ben, { page: 2, pageSize: 2 })).rows.map((r) => r.gameId)).toEqual(["ben-3", "ben-2"]);
    const best = await bestScores(db, ben);
    expect(best).toHaveLength(1);
    expect(best[0]).toMatchObject({ scenario: "generals", games: 5 });
    expect(["ben-1", "ben-2", "ben-3", "ben-4", "ben-5"]).toContain(best[0].bestGameId);
  });

  it("uses the UTC ISO week of the finish as the weekly period", () => {
    expect(isoWeek(monday)).toBe("2026-W48");
    expect(isoWeek(lastWeek)).toBe("2026-W47");
  });
});
