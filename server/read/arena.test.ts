import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SCENARIOS } from "../engine/scenarios";
import { PrismaBotStore } from "../storage/botStore";
import { getPrisma } from "../storage/db";
import { PrismaGameStore } from "../storage/prismaGameStore";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import { ARENA_SCENARIOS, arenaBoard, arenaScenarioOf } from "./arenaBoard";
import { botPage } from "./botPage";
import { playedArenaMatch } from "./arena.testing";
import { readLeaderboard } from "./leaderboard";
import { forgetCycleState } from "../storage/arenaHold";

describe("the arena board and a bot's page", () => {
  let database: TestDatabase;
  let store: PrismaGameStore;
  let ada: string;
  let alpha: string;
  let beta: string;
  const db = () => getPrisma(database.url);
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 12, minute));
  beforeEach(async () => {
    database = await createTestDatabase();
    store = new PrismaGameStore(database.url);
    ada = (await store.ensurePlayer("device-ada", "ada")).id;
    const bots = new PrismaBotStore(db());
    const made = [await bots.create(ada, "Alpha"), await bots.create(ada, "Beta")];
    [alpha, beta] = made.map((m) => (m.ok ? m.bot.id : ""));
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  it("lists as arena scenarios exactly those with player seats, each with those seats", () => {
    for (const { id, seats } of ARENA_SCENARIOS) {
      expect(seats.length).toBeGreaterThan(0);
      for (const seat of seats) expect(SCENARIOS[id].role(seat as never).kind).toBe("player");
    }
    expect(ARENA_SCENARIOS.find((s) => s.id === "falcon")?.seats).toEqual(["operator"]);
    expect(arenaScenarioOf("chess")).toBe(ARENA_SCENARIOS[0].id);
    expect(arenaScenarioOf("falcon")).toBe("falcon");
  });

  it("ranks a scenario's bots by rating with their tallies against par, and lists its matches newest first", async () => {
    // Alpha plays the par strategy itself (always at par); Beta plays another strategy, with failures.
    await playedArenaMatch(db(), store, { id: "arena-1", scenario: "generals", night: 0, finishedAt: at(1), bots: [{ seat: "A", botId: alpha, name: "Alpha" }, { seat: "B", botId: beta, name: "Beta", strategy: 1, timeouts: 3, refused: 1 }] });
    await playedArenaMatch(db(), store, { id: "arena-2", scenario: "generals", night: 1, finishedAt: at(2), bots: [{ seat: "A", botId: beta, name: "Beta", strategy: 1, timeouts: 2 }] });
    await playedArenaMatch(db(), store, { id: "arena-3", scenario: "lovers", night: 0, finishedAt: at(3), bots: [{ seat: "alice", botId: alpha, name: "Alpha" }] });

    const board = await arenaBoard("generals", 1, db());
    const ratings = await db().botRating.findMany({ where: { scenario: "generals" }, orderBy: [{ rating: "desc" }, { rd: "asc" }] });
    expect(board.ranking.rows.map((r) => r.botId)).toEqual(ratings.map((r) => r.botId));
    expect(board.ranking.count).toBe(2);
    const row = (id: string) => board.ranking.rows.find((r) => r.botId === id)!;
    expect(row(beta)).toMatchObject({ name: "Beta", owner: { id: ada, nickname: "ada" }, matches: 2, timeouts: 5, refused: 1, lastMatchAt: at(2) });
    expect(row(beta).wins + row(beta).draws + row(beta).losses).toBe(2);
    expect(row(alpha)).toMatchObject({ matches: 1, timeouts: 0, refused: 0, lastMatchAt: at(1) });
    const entries = await db().arenaEntry.findMany({ where: { match: { scenario: "generals" } } });
    const unsafe = entries.filter((e) => e.unsafe).length;
    expect(row(alpha).unsafe + row(beta).unsafe).toBe(unsafe);
    expect(board.ranking.rows.map((r) => r.rank)).toEqual([1, 2]);

    expect(board.recent.map((m) => m.id)).toEqual(["arena-2", "arena-1"]);
    expect(board.recent[1].entries.map((e) => [e.seat, e.name])).toEqual([["A", "Alpha"], ["B", "Beta"]]);
    expect(board.recent[1].entries[0].score).toBe(board.recent[1].entries[0].parScore); // the par strategy scores par
    expect(board.recent[1].entries[0].result).toBe(0.5);
    // Both bots still have nights of cycle 1 to play: no replay link, "replay after cycle 1".
    expect(board.recent.map((m) => m.withheldCycle)).toEqual([0, 0]);
    expect((await botPage(beta, {}, db()))?.games.rows.map((g) => [g.gameId, g.withheldCycle])).toEqual([["arena-2", 0], ["arena-1", 0]]);
    // Once every bot is past it, the cycle's replays open (the lovers match, in its own arena, stays withheld).
    await db().arenaPlay.updateMany({ where: { scenario: "generals" }, data: { nextCycle: 1, nextNight: 0 } });
    // Written behind the store's back: its short cache of the cycle state would hide it a moment.
    forgetCycleState(db(), "generals");
    expect((await arenaBoard("generals", 1, db())).recent.map((m) => m.withheldCycle)).toEqual([null, null]);
    expect((await botPage(alpha, {}, db()))?.games.rows.map((g) => [g.gameId, g.withheldCycle])).toEqual([["arena-3", 0], ["arena-1", null]]);

    expect((await arenaBoard("lovers", 1, db())).ranking.rows.map((r) => r.name)).toEqual(["Alpha"]);
    expect((await arenaBoard("falcon", 1, db())).ranking.rows).toEqual([]);
  });

  it("never puts a bot on a human leaderboard", async () => {
    await playedArenaMatch(db(), store, { id: "arena-1", scenario: "generals", night: 0, finishedAt: new Date(), bots: [{ seat: "A", botId: alpha, name: "Alpha" }] });
    const human = await readLeaderboard({ scenario: "generals" }, db());
    expect(human.data.ranking.rows).toEqual([]);
    expect(human.data.players).toBe(0);
    // Its recent games list the match, without a replay link until its cycle is over.
    expect(human.data.recent.games.map((g) => [g.id, g.withheldCycle])).toEqual([["arena-1", 0]]);
  });

  it("reads a bot's page: ratings with their history per scenario, its games paged, its failures", async () => {
    for (let i = 0; i < 17; i++) {
      await playedArenaMatch(db(), store, { id: `arena-${String(i).padStart(2, "0")}`, scenario: "generals", night: i, finishedAt: at(i), bots: [{ seat: "A", botId: alpha, name: "Alpha", strategy: i, timeouts: i === 4 ? 2 : 0, refused: i === 9 ? 1 : 0 }] });
    }
    await playedArenaMatch(db(), store, { id: "arena-lovers", scenario: "lovers", night: 0, finishedAt: at(30), bots: [{ seat: "bob", botId: alpha, name: "Alpha" }] });

    const page = await botPage(alpha, {}, db());
    expect(page?.bot).toMatchObject({ name: "Alpha", owner: { id: ada, nickname: "ada" }, revokedAt: null });
    expect(page?.ratings.map((r) => [r.scenario, r.matches, r.history.length])).toEqual([["generals", 17, 17], ["lovers", 1, 1]]);
    const generals = page!.ratings[0];
    const stored = await db().botRating.findUnique({ where: { botId_scenario: { botId: alpha, scenario: "generals" } } });
    expect(generals.history.at(-1)?.rating).toBe(stored?.rating);
    expect(generals.history.map((h) => h.at.getTime())).toEqual([...generals.history.map((h) => h.at.getTime())].sort((a, b) => a - b));
    expect(generals.wins + generals.draws + generals.losses).toBe(17);
    expect([generals.timeouts, generals.refused]).toEqual([2, 1]);

    expect(page?.games.count).toBe(18);
    expect(page?.games.pages).toBe(2);
    expect(page?.games.rows[0]).toMatchObject({ gameId: "arena-lovers", seat: "bob", arena: { night: 0 } });
    const second = await botPage(alpha, { gamesPage: 2 }, db());
    expect(second?.games.rows.map((g) => g.gameId)).toEqual(["arena-02", "arena-01", "arena-00"]);

    const unsafe = (await db().arenaEntry.findMany({ where: { botId: alpha, unsafe: true } })).map((e) => e.matchId);
    const failing = new Set(["arena-04", "arena-09", ...unsafe]);
    expect(page?.failures.rows.map((g) => g.gameId).sort()).toEqual([...failing].sort().slice(0, 15));
    expect(page?.failures.count).toBe(failing.size);
    expect(page?.failures.rows.find((g) => g.gameId === "arena-04")).toMatchObject({ timeouts: 2, refused: 0 });

    expect(await botPage("nobody", {}, db())).toBeNull();
    expect((await botPage(beta, {}, db()))?.games.count).toBe(0);
  });

  it("marks a game played outside the arena as such", async () => {
    await playedArenaMatch(db(), store, { id: "arena-1", scenario: "generals", night: 0, finishedAt: at(1), bots: [{ seat: "A", botId: alpha, name: "Alpha" }] });
    await db().arenaMatch.delete({ where: { id: "arena-1" } }); // now a plain bot game
    const page = await botPage(alpha, {}, db());
    expect(page?.games.rows.map((g) => [g.gameId, g.arena])).toEqual([["arena-1", null]]);
  });
});
