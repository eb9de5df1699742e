/**
 * Finished means recorded, whatever the disk does. Storage faults are injected under Prisma
 * (server/storage/resilientAdapter.ts), so the real client, transactions and write queue run:
 * tests may run as root, where a read-only file mode does not stop writes.
 */
import { execFileSync } from "node:child_process";
import { closeSync, copyFileSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { getPrisma } from "../storage/db";
import { setStorageFault, type StorageFault } from "../storage/resilientAdapter";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import { eventually, startTestServer, TestClient, type TestServer } from "../testing/harness";
import { playToEnd, quickGame, savedSnapshotOf } from "../testing/quickGame";

const RETRY = { firstMs: 20, maxMs: 200 };
let db: TestDatabase | null = null;
const servers: TestServer[] = [];
const clients: TestClient[] = [];

afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  if (db) setStorageFault(db.url, null);
  for (const s of servers.splice(0)) await s.stop();
  await db?.cleanup();
  db = null;
});

async function serverOn(database: TestDatabase): Promise<TestServer> {
  const t = await startTestServer({ storageRetry: RETRY }, database);
  servers.push(t);
  return t;
}

function player(t: TestServer, name: string): TestClient {
  const c = new TestClient(t.server.url, name);
  clients.push(c);
  return c;
}



async function health(t: TestServer): Promise<{ status: number; body: { ok: boolean; storage: { ok: boolean; pending: number; lastError: string | null; since: string | null } } }> {
  const res = await fetch(`${t.server.url}/api/health`);
  return { status: res.status, body: await res.json() };
}


/** The games of these ids in the database, and the player's all-time totals. */
async function recorded(database: TestDatabase, ids: string[]) {
  const prisma = getPrisma(database.url);
  const games = await prisma.game.count({ where: { id: { in: ids } } });
  const seats = await prisma.gameSeat.count({ where: { gameId: { in: ids } } });
  const stats = await prisma.playerStat.findMany({ where: { period: "all" }, select: { games: true } });
  return { games, seats, statGames: stats.reduce((n, s) => n + s.games, 0) };
}

describe.each<[string, StorageFault]>([
  ["a read-only database", { code: "SQLITE_READONLY", at: "write" }],
  ["a full disk (the COMMIT fails)", { code: "SQLITE_FULL", at: "commit" }],
])("with %s while games finish", (_name, fault) => {
  it("keeps the games, says so, stays responsive, and stores each exactly once when storage is back", async () => {
    db = await createTestDatabase();
    const t = await serverOn(db);
    const ada = player(t, "Ada");
    await ada.connected();
    const before = await playToEnd(ada); // the player is known to the database from here
    await ada.waitFor(savedSnapshotOf(before.gameId));
    expect((await health(t)).status).toBe(200);

    setStorageFault(db.url, fault);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { gameId, end } = await playToEnd(ada); // a known player still gets new games
      expect(end.saved).toBe(false);
      ids.push(gameId);
    }
    // Health turns 503 with the reason; a player the database has never seen is refused, promptly.
    const down = await eventually(async () => {
      const h = await health(t);
      return h.status === 503 && h.body.storage.pending === 3 ? h : null;
    });
    expect(down.body).toMatchObject({ ok: false, storage: { ok: false, pending: 3 } });
    expect(down.body.storage.lastError).toContain(fault.code);
    expect(Date.parse(down.body.storage.since!)).not.toBeNaN();
    const stranger = player(t, "Newcomer");
    await stranger.connected();
    const startedAt = Date.now();
    const refused = await stranger.request("game:create", quickGame(stranger));
    expect(refused).toMatchObject({ ok: false, error: { code: "STORAGE_UNAVAILABLE" } });
    expect(Date.now() - startedAt).toBeLessThan(4_000);
    expect(await recorded(db, ids)).toMatchObject({ games: 0 });

    setStorageFault(db.url, null);
    for (const id of ids) await ada.waitFor(savedSnapshotOf(id), 10_000);
    const up = await eventually(async () => {
      const h = await health(t);
      return h.status === 200 ? h : null;
    });
    expect(up.body.storage).toMatchObject({ ok: true, pending: 0, lastError: null, since: null });
    // Exactly once: three games, two seats each, and the player's totals count four games.
    expect(await recorded(db, ids)).toEqual({ games: 3, seats: 6, statGames: 4 });
    // Nothing is wedged: a new player can start a game.
    const late = player(t, "Latecomer");
    await late.connected();
    expect((await late.request("game:create", quickGame(late))).ok).toBe(true);
  });
});

describe("the outbox across a restart", () => {
  it("keeps games a stopped server could not write, and the next server stores them once", async () => {
    db = await createTestDatabase();
    const first = await serverOn(db);
    const ada = player(first, "Ada");
    await ada.connected();
    await ada.waitFor(savedSnapshotOf((await playToEnd(ada)).gameId));
    setStorageFault(db.url, { code: "SQLITE_FULL", at: "commit" });
    const ids = [(await playToEnd(ada)).gameId, (await playToEnd(ada)).gameId];
    await eventually(async () => ((await health(first)).body.storage.pending === 2 ? true : null));
    await first.stop();
    servers.splice(servers.indexOf(first), 1);
    expect(ada.packets.some((p) => p.event === "server:restarting" && (p.data as { code: string }).code === "SERVER_RESTARTING")).toBe(true);
    expect(await recorded(db, ids)).toMatchObject({ games: 0 });

    setStorageFault(db.url, null);
    const second = await serverOn(db);
    await eventually(async () => ((await recorded(db!, ids)).games === 2 ? true : null));
    expect(await recorded(db, ids)).toEqual({ games: 2, seats: 4, statGames: 3 });
    expect((await health(second)).status).toBe(200);
    // A third start finds nothing owed: still exactly once.
    await second.stop();
    servers.splice(servers.indexOf(second), 1);
    const third = await serverOn(db);
    expect(third.server.recorder.health().pending).toBe(0);
    expect(await recorded(db, ids)).toEqual({ games: 2, seats: 4, statGames: 3 });
  });
});

/** A tiny tmpfs, when this process may mount one (root with CAP_SYS_ADMIN); else null. */
function tinyDisk(megabytes: number): { dir: string; unmount(): void } | null {
  const dir = mkdtempSync(join(tmpdir(), "bivalent-tinydisk-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${megabytes}m`, "tmpfs", dir], { stdio: "pipe" });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  let mounted = true;
  return {
    dir,
    unmount() {
      if (!mounted) return;
      mounted = false;
      execFileSync("umount", [dir], { stdio: "pipe" });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes a file until the disk refuses (ENOSPC). */
function fillDisk(path: string): void {
  const fd = openSync(path, "w");
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    closeSync(fd);
  }
}

describe("a real full disk (a tiny tmpfs)", () => {
  const disk = tinyDisk(4);
  afterAll(() => disk?.unmount());
  it.skipIf(!disk)("keeps the games in memory when even the outbox cannot be written, and stores them once when space is freed", async () => {
    const template = await createTestDatabase();
    const file = join(disk!.dir, "bivalent.db");
    copyFileSync(template.file, file);
    expect(statSync(file).size).toBeGreaterThan(0);
    db = { url: `file:${file}`, file, provider: "sqlite", cleanup: async () => (await template.cleanup(), disk!.unmount()) };
    const t = await serverOn(db);
    const ada = player(t, "Ada");
    await ada.connected();
    await ada.waitFor(savedSnapshotOf((await playToEnd(ada)).gameId));

    fillDisk(join(disk!.dir, "filler"));
    const ids = [(await playToEnd(ada)).gameId, (await playToEnd(ada)).gameId];
    const down = await eventually(async () => {
      const h = await health(t);
      return h.status === 503 && h.body.storage.pending === 2 ? h : null;
    });
    expect(down.body.storage.lastError).toMatch(/SQLITE_FULL|full|ENOSPC/i);
    expect(ada.packets.some(savedSnapshotOf(ids[0]))).toBe(false);

    rmSync(join(disk!.dir, "filler"));
    for (const id of ids) await ada.waitFor(savedSnapshotOf(id), 20_000);
    // The live-game journal writes its backlog at its next retry, then forgets the stored games.
    await eventually(async () => ((await health(t)).status === 200 ? true : null), 20_000);
    expect(await recorded(db, ids)).toEqual({ games: 2, seats: 4, statGames: 3 });
    await eventually(async () => ((await getPrisma(db!.url).liveGame.count({ where: { id: { in: ids } } })) === 0 ? true : null));
  });
  if (!disk) it("(skipped: cannot mount a tmpfs here; the fault-injecting layer above covers a full disk)", () => {});
});
