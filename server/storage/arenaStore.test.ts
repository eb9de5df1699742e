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
});
