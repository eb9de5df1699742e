import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { ArenaPlaceMoved, PrismaArenaStore } from "./arenaStore";
import { withheldCycle } from "./arenaHold";
import { getPrisma } from "./db";
import { describeEachProvider } from "./eachProvider.testing";
import { createTestDatabase, type ProviderTestDatabase } from "./testDatabase";

describeEachProvider("PrismaArenaStore", (provider) => {
  let database: ProviderTestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = getPrisma(database.url);
  });
  afterAll(() => database.cleanup());

  it("keeps one random secret in the database for every node, unless ARENA_SECRET is set", async () => {
    const [one, two] = await Promise.all([new PrismaArenaStore(db).secret(), new PrismaArenaStore(db).secret()]);
    expect(one).toBe(two);
    expect(one.length).toBeGreaterThanOrEqual(40);
    // A restart reads the kept one.
    expect(await new PrismaArenaStore(db).secret()).toBe(one);
    expect(await db.arenaSecret.count()).toBe(1);
    expect(await new PrismaArenaStore(db, "from-env").secret()).toBe("from-env");
  });

  it("counts a bot's matches rated or not (a lost match does not replay its night), and closes a lost match", async () => {
    const store = new PrismaArenaStore(db);
    const owner = await db.player.create({ data: { deviceHash: "c".repeat(64), nickname: "Owner" } });
    const bot = await db.bot.create({ data: { name: "Counted", ownerId: owner.id, tokenHash: "d".repeat(64) } });
    expect(await store.places([bot.id], "generals")).toEqual([{ cycle: 0, night: 0 }]);
    const next = { cycle: 0, night: 1 };
    await store.createMatch({ id: "lost-match", scenario: "generals", cycle: 0, night: 0, plays: [{ botId: bot.id, next }] });
    await store.createMatch({ id: "other-scenario", scenario: "lovers", cycle: 0, night: 0, plays: [{ botId: bot.id, next }] });
    expect(await store.places([bot.id], "generals")).toEqual([next]);
    // Neither stored nor in the journal: lost.
    expect(await store.unfinished()).toEqual(expect.arrayContaining([{ id: "lost-match", stored: false, live: false }]));
    expect(await store.closeLost("lost-match")).toBe(true);
    expect((await store.unfinished()).map((m) => m.id)).toEqual(["other-scenario"]);
    expect(await db.arenaEntry.count({ where: { matchId: "lost-match" } })).toBe(0);
    expect(await store.settle("lost-match")).toBe("already");
    expect(await store.places([bot.id], "generals")).toEqual([next]);
    // In the journal (live here or on another node): not lost, left open.
    await db.liveGame.create({ data: { id: "other-scenario", code: "ABCDEF", scenario: "lovers", params: "{}", seed: 1n, tickMs: 100, seats: "[]", friends: false } });
    expect(await store.closeLost("other-scenario")).toBe(false);
    expect((await store.unfinished()).map((m) => m.id)).toEqual(["other-scenario"]);
  });

  it("refuses a match whose places moved since they were read: a bot already past it, or its cycle over", async () => {
    const store = new PrismaArenaStore(db);
    const owner = await db.player.create({ data: { deviceHash: "e".repeat(64), nickname: "Racer" } });
    const [a, b] = await Promise.all(["f", "0"].map((c, i) => db.bot.create({ data: { name: `Racer${i}`, ownerId: owner.id, tokenHash: c.repeat(64) } })));
    const scenario = "consensus";
    // Two nodes read a's place (0,0); the first writes its match there, a moves to (0,1).
    expect(await store.places([a.id], scenario)).toEqual([{ cycle: 0, night: 0 }]);
    await store.createMatch({ id: "race-1", scenario, cycle: 0, night: 0, plays: [{ botId: a.id, next: { cycle: 0, night: 1 } }] });
    // The second, with the place it read, would play night 0 again: refused, nothing written.
    const again = store.createMatch({ id: "race-2", scenario, cycle: 0, night: 0, plays: [{ botId: a.id, next: { cycle: 0, night: 1 } }, { botId: b.id, next: { cycle: 0, night: 1 } }] });
    await expect(again).rejects.toBeInstanceOf(ArenaPlaceMoved);
    expect(await db.arenaMatch.count({ where: { id: "race-2" } })).toBe(0);
    expect(await store.places([a.id, b.id], scenario)).toEqual([{ cycle: 0, night: 1 }, { cycle: 0, night: 0 }]);
    // At the highest place it is written; a bot's next place must come after its match.
    await expect(store.createMatch({ id: "race-3", scenario, cycle: 0, night: 1, plays: [{ botId: b.id, next: { cycle: 0, night: 1 } }] })).rejects.toThrow();
    await store.createMatch({ id: "race-3", scenario, cycle: 0, night: 1, plays: [a, b].map((bot) => ({ botId: bot.id, next: { cycle: 1, night: 0 } })) });
    // Cycle 0 is over for every bot now, once its matches are done: a late write on it is refused.
    for (const id of ["race-1", "race-3"]) await store.closeLost(id);
    await expect(store.createMatch({ id: "race-4", scenario, cycle: 0, night: 1, plays: [{ botId: b.id, next: { cycle: 1, night: 0 } }] })).rejects.toBeInstanceOf(ArenaPlaceMoved);
  });

  it("holds a game stored under a match that was closed unrated (its game opened after all): its row says it is the arena's", async () => {
    const store = new PrismaArenaStore(db);
    const owner = await db.player.create({ data: { deviceHash: "1".repeat(64), nickname: "Held" } });
    const bot = await db.bot.create({ data: { name: "Held", ownerId: owner.id, tokenHash: "2".repeat(64) } });
    await store.createMatch({ id: "closed-early", scenario: "flp", cycle: 0, night: 0, plays: [{ botId: bot.id, next: { cycle: 0, night: 1 } }] });
    expect(await store.closeLost("closed-early")).toBe(true);
    // The bot has cycle 0 still to play: the match's replay is withheld, whatever became of its game.
    expect(await withheldCycle(db, "closed-early")).toBe(0);
  });
});
