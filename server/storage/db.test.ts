import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closePrisma, getPrisma } from "./db";
import { createTestDatabase, type TestDatabase } from "./testDatabase";

describe("getPrisma", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function database(): Promise<TestDatabase> {
    const db = await createTestDatabase();
    cleanups.push(db.cleanup);
    return db;
  }

  it("shares one client per url, through globalThis", async () => {
    const a = await database();
    const b = await database();
    expect(getPrisma(a.url)).toBe(getPrisma(a.url));
    expect(getPrisma(a.url)).not.toBe(getPrisma(b.url));
    const cache = (globalThis as { __bivalentPrisma?: Map<string, unknown> }).__bivalentPrisma;
    expect(cache?.get(a.url)).toBe(getPrisma(a.url));
  });

  it("forgets a closed client and opens a new one on next use", async () => {
    const { url } = await database();
    const first = getPrisma(url);
    expect(await first.game.count()).toBe(0);
    await closePrisma(url);
    const second = getPrisma(url);
    expect(second).not.toBe(first);
    expect(await second.game.count()).toBe(0);
  });

  it("creates the folder of the database file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bivalent-dir-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const url = `file:${join(dir, "nested", "deeper", "x.db")}`;
    cleanups.push(() => closePrisma(url));
    getPrisma(url);
    expect(existsSync(join(dir, "nested", "deeper"))).toBe(true);
  });
});
