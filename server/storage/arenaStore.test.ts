import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { PrismaArenaStore } from "./arenaStore";
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
});
