/**
 * SIGTERM while the disk refuses writes, on the real server process. The failure is a real one
 * from the operating system: the database's folder is made read-only, so SQLite cannot create its
 * journal (SQLITE_READONLY_DIRECTORY). Root ignores file modes, so as root the server runs as
 * the unprivileged user 65534 ("nobody").
 */
import { chmodSync, chownSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { HostGrant, StudentGrant } from "../protocol/classroom";
import { getPrisma } from "../storage/db";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import { eventually, TestClient, type Packet } from "../testing/harness";
import { startServerProcess, type ServerProcess } from "../testing/serverProcess";
import { playToEnd, savedSnapshotOf } from "../testing/quickGame";

const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;
let db: TestDatabase;
const processes: ServerProcess[] = [];
const clients: TestClient[] = [];

afterAll(async () => {
  clients.forEach((c) => c.close());
  processes.forEach((p) => p.child.exitCode === null && p.child.kill("SIGKILL"));
  if (db) chmodSync(dirname(db.file), 0o755);
  await db?.cleanup();
});

async function start(): Promise<ServerProcess> {
  // The fault below is a folder that turns read-only: with the rollback journal every commit
  // creates a file there and fails, while a write-ahead log already open would go on working.
  const p = await startServerProcess(db.url, { as: asRoot ? { uid: NOBODY, gid: NOBODY } : {}, env: { SQLITE_WAL: "off", ...(asRoot ? { HOME: dirname(db.file) } : {}) } });
  processes.push(p);
  return p;
}

function client(p: ServerProcess, name: string): TestClient {
  const c = new TestClient(p.url, name);
  clients.push(c);
  return c;
}



const restarting = (p: Packet) => p.event === "server:restarting";

async function healthStatus(p: ServerProcess): Promise<number> {
  return (await fetch(`${p.url}/api/health`)).status;
}

/** A class session with one student and a round running (its rows are written at once). */
async function classWithOpenRound(p: ServerProcess): Promise<TestClient[]> {
  const host = client(p, "Prof");
  const student = client(p, "Pupil");
  await Promise.all([host.connected(), student.connected()]);
  const hosted = await host.request<HostGrant>("class:host", { title: "Shutdown drill", player: host.player });
  if (!hosted.ok) throw new Error(hosted.error.code);
  expect((await student.request<StudentGrant>("class:join", { code: hosted.code, player: student.player })).ok).toBe(true);
  const auth = { sessionId: hosted.sessionId, hostKey: hosted.hostKey };
  const round = await host.request("class:round:start", { ...auth, scenario: "generals", params: { dawnTick: 200 }, tickMs: 1000 });
  if (!round.ok) throw new Error(`class:round:start: ${JSON.stringify(round.error)}`);
  await eventually(async () => ((await getPrisma(db.url).classRound.count({ where: { sessionId: hosted.sessionId } })) === 1 ? true : null));
  return [host, student];
}

async function openClassRows(): Promise<number> {
  const prisma = getPrisma(db.url);
  return (await prisma.classSession.count({ where: { endedAt: null } })) + (await prisma.classRound.count({ where: { endedAt: null } }));
}

async function sigterm(p: ServerProcess): Promise<{ ms: number; code: number | null }> {
  const began = Date.now();
  p.child.kill("SIGTERM");
  const code = await p.exited;
  return { ms: Date.now() - began, code };
}

describe("SIGTERM while storage fails", () => {
  it("tells every client, exits within 10 s, and the next start stores every finished game once", async () => {
    db = await createTestDatabase();
    const folder = dirname(db.file);
    if (asRoot) {
      chownSync(folder, NOBODY, NOBODY);
      chownSync(db.file, NOBODY, NOBODY);
    }
    const first = await start();
    const ada = client(first, "Ada");
    await ada.connected();
    const warmup = await playToEnd(ada);
    await ada.waitFor(savedSnapshotOf(warmup.gameId));
    const classClients = await classWithOpenRound(first);

    chmodSync(folder, 0o555); // the database can no longer write; the outbox file is open already
    const unsaved: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { gameId, end } = await playToEnd(ada);
      expect(end.saved).toBe(false);
      unsaved.push(gameId);
    }
    await eventually(async () => ((await healthStatus(first)) === 503 ? true : null));

    const stop = await sigterm(first);
    console.log(`SIGTERM with storage failing: exited in ${stop.ms} ms (code ${stop.code}); ${unsaved.length} games left in the outbox`);
    expect(stop.ms).toBeLessThan(10_000);
    for (const c of [ada, ...classClients]) {
      const notice = await c.waitFor(restarting, 1_000);
      expect(notice.data).toMatchObject({ code: "SERVER_RESTARTING" });
    }
    for (const id of unsaved) expect(first.output()).toContain(id); // every failure is logged with its game
    expect(await getPrisma(db.url).game.count({ where: { id: { in: unsaved } } })).toBe(0);

    // Storage is back: the next start drains the outbox and brings the class session back (still open).
    chmodSync(folder, 0o755);
    const second = await start();
    await eventually(async () => ((await getPrisma(db.url).game.count({ where: { id: { in: unsaved } } })) === unsaved.length ? true : null), 15_000);
    expect(await healthStatus(second)).toBe(200);
    const prisma = getPrisma(db.url);
    expect(await prisma.game.count()).toBe(unsaved.length + 1);
    expect(await prisma.gameSeat.count()).toBe(2 * (unsaved.length + 1));
    const stat = await prisma.playerStat.findMany({ where: { period: "all" }, select: { games: true } });
    expect(stat.reduce((n, s) => n + s.games, 0)).toBe(unsaved.length + 1);
    expect(await openClassRows()).toBe(2);
    console.log(`recovered ${unsaved.length} games from the outbox, each exactly once`);

    // With storage working, SIGTERM leaves class sessions open for the next start, each round's
    // clock stamped as it stops (the time down does not count in it).
    const [, pupil] = await classWithOpenRound(second);
    expect(await openClassRows()).toBe(4);
    const stopping = Date.now();
    const clean = await sigterm(second);
    expect((await pupil.waitFor(restarting, 1_000)).data).toMatchObject({ message: expect.stringMatching(/go on/) });
    console.log(`SIGTERM with storage working: exited in ${clean.ms} ms (code ${clean.code})`);
    expect(clean).toMatchObject({ code: 0 });
    expect(clean.ms).toBeLessThan(10_000);
    expect(await openClassRows()).toBe(4);
    const stamps = await getPrisma(db.url).classRound.findMany({ select: { aliveAt: true } });
    for (const { aliveAt } of stamps) expect(aliveAt?.getTime()).toBeGreaterThanOrEqual(stopping - 1_000);
  }, 120_000);
});
