import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { hashSecret } from "../rooms/credentials";
import { botTokenSchema } from "../protocol/schemas";
import { MAX_BOTS_PER_OWNER, PrismaBotStore } from "./botStore";
import { getPrisma } from "./db";
import { describeEachProvider } from "./eachProvider.testing";
import { createTestDatabase, type ProviderTestDatabase } from "./testDatabase";

describeEachProvider("PrismaBotStore", (provider) => {
  let database: ProviderTestDatabase;
  let db: PrismaClient;
  let bots: PrismaBotStore;
  let owner: string;
  let other: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = getPrisma(database.url);
    bots = new PrismaBotStore(db);
    owner = (await db.player.create({ data: { deviceHash: "a".repeat(64), nickname: "Owner" } })).id;
    other = (await db.player.create({ data: { deviceHash: "b".repeat(64), nickname: "Other" } })).id;
  });
  afterAll(() => database.cleanup());

  it("stores only the token's hash, finds a live bot by its token, never a revoked one", async () => {
    const made = await bots.create(owner, "Chainbot");
    if (!made.ok) throw new Error("refused");
    expect(botTokenSchema.safeParse(made.token).success).toBe(true);
    const row = await db.bot.findUniqueOrThrow({ where: { id: made.bot.id } });
    expect(row.tokenHash).toBe(hashSecret(made.token));
    expect(JSON.stringify(row)).not.toContain(made.token);
    expect(await bots.byToken(made.token)).toEqual({ id: made.bot.id, name: "Chainbot", ownerId: owner, owner: "Owner" });
    expect(await bots.byToken(`${made.token.slice(0, -1)}x`)).toBeNull();
    // Another player cannot revoke it; its owner can, twice, and the token stops working.
    expect(await bots.revoke(other, made.bot.id)).toBeNull();
    const revoked = await bots.revoke(owner, made.bot.id);
    expect(revoked?.revokedAt).toBeInstanceOf(Date);
    expect((await bots.revoke(owner, made.bot.id))?.revokedAt).toEqual(revoked?.revokedAt);
    expect(await bots.byToken(made.token)).toBeNull();
  });

  it("caps the bots not revoked per owner, even when asked at once, and lists them newest first", async () => {
    const made = await Promise.all(Array.from({ length: MAX_BOTS_PER_OWNER + 2 }, (_, i) => bots.create(other, `Bot ${i}`)));
    expect(made.filter((m) => m.ok)).toHaveLength(MAX_BOTS_PER_OWNER);
    const listed = await bots.list(other);
    expect(listed).toHaveLength(MAX_BOTS_PER_OWNER);
    expect(listed.map((b) => b.createdAt.getTime())).toEqual(listed.map((b) => b.createdAt.getTime()).sort((a, b) => b - a));
    // A revoked bot frees its place.
    await bots.revoke(other, listed[0].id);
    expect((await bots.create(other, "Again")).ok).toBe(true);
    expect(await bots.list(other)).toHaveLength(MAX_BOTS_PER_OWNER + 1);
  });
});
