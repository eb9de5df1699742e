/**
 * The start-up upgrade of version 1 games, wired into the server: the process that owns the
 * database (upgradeStoredGames) rewrites old depths in the background after it listens; other
 * servers leave the database alone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generals } from "../engine/generals";
import { chainIn, knownDepthIn } from "../engine/timeline";
import { getPrisma } from "../storage/db";
import { PrismaGameStore } from "../storage/prismaGameStore";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import { restless, storedAsVersion1 } from "../storage/versionOneGames.testing";
import { startTestServer, traceOf } from "../testing/harness";

let database: TestDatabase;
const expected = new Map<string, Record<string, number>>();

beforeAll(async () => {
  database = await createTestDatabase();
  const store = new PrismaGameStore(database.url);
  const ann = (await store.ensurePlayer("device-ann", "ann")).id;
  // The first seeds whose chain overstated what a general knew.
  for (let seed = 0; expected.size < 2 && seed < 2_000; seed++) {
    const record = restless(generals, seed);
    const timeline = generals.timeline(record.state as never, record.events);
    const known = { A: knownDepthIn(timeline, "A"), B: knownDepthIn(timeline, "B") };
    if (known.A === chainIn(timeline, "A") && known.B === chainIn(timeline, "B")) continue;
    const id = `old-game-${seed}`;
    await store.saveFinishedGame(storedAsVersion1(id, generals, record, { A: ann }, new Date(Date.UTC(2026, 10, 1 + seed % 20))));
    expected.set(id, known);
  }
});
afterAll(async () => {
  await database.cleanup();
});

describe("the stored-depth upgrade at server start", () => {
  it("is left alone by a server that does not own the database, and done in the background by one that does", async () => {
    const guest = await startTestServer({}, database);
    await guest.server.depthUpgrade;
    for (const id of expected.keys()) expect((await traceOf(guest.server.url, id)).version).toBe(1);
    await guest.stop();

    const owner = await startTestServer({ upgradeStoredGames: true }, database);
    await owner.server.depthUpgrade;
    for (const [id, known] of expected) {
      const trace = await traceOf(owner.server.url, id);
      expect(trace.version).toBe(2);
      expect({ A: trace.result.A.depth, B: trace.result.B.depth }).toEqual(known);
    }
    const seats = await getPrisma(database.url).gameSeat.findMany({ where: { gameId: { in: [...expected.keys()] } } });
    for (const s of seats) expect(s.depth).toBe(expected.get(s.gameId)![s.seat]);
    await owner.stop();
  });

  it("rebuilds the players' totals a migration emptied, before the server saves a game", async () => {
    const db = getPrisma(database.url);
    const before = await db.playerStat.count();
    expect(before).toBeGreaterThan(0);
    await db.playerStat.deleteMany({}); // what the board_rankings migration does
    const guest = await startTestServer({}, database);
    expect(await db.playerStat.count()).toBe(0); // not the database's owner: left alone
    await guest.stop();
    const owner = await startTestServer({ upgradeStoredGames: true }, database);
    expect(await db.playerStat.count()).toBe(before); // rebuilt before it listened
    await owner.server.depthUpgrade;
    await owner.stop();
  });
});
