import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Leases, sessionOfResource, sessionResource } from "./leases";
import { Journal, type LiveGameHeader } from "../rooms/journal";
import { getPrisma } from "../storage/db";
import { testProviders } from "../storage/eachProvider.testing";
import { PrismaJournalStore } from "../storage/prismaJournalStore";
import { PrismaGameStore } from "../storage/prismaGameStore";
import type { FinishedGame } from "../storage/types";
import { createTestDatabase, type ProviderTestDatabase } from "../storage/testDatabase";
import type { PrismaClient } from "../generated/prisma/client";

const TTL = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const header = (id: string): LiveGameHeader => ({
  id, code: "ABCDEF", scenario: "generals", params: {}, seed: 7, tickMs: 100, seats: [], context: null, friends: false, startedAt: null,
});
const tick = (gameId: string, seq: number) => ({ gameId, seq, action: { type: "tick" } });

/** A bot game, finished: enough for the store (its trace is not replayed here). */
function finished(id: string, outcome: string): FinishedGame {
  const at = new Date("2026-01-01T10:00:00Z");
  const seats = [{ seat: "A", kind: "bot" as const, playerId: null, name: "chain-3", strategy: "chain-3", score: 0, won: false, depth: null }];
  const trace = {
    format: "bivalent-trace" as const, version: 1 as const, gameId: id, scenario: "generals", params: {}, seed: 7, tickMs: 100,
    seats: [{ seat: "A", kind: "bot" as const, name: "chain-3", playerId: null }], inputs: [], events: [], outcome, result: {},
    startedAt: at.toISOString(), finishedAt: at.toISOString(),
  };
  return { id, scenario: "generals", outcome, startedAt: at, finishedAt: at, seats, trace };
}

describe.skipIf(!testProviders.includes("postgresql"))("Leases [postgresql]", () => {
  let database: ProviderTestDatabase;
  let db: PrismaClient;
  let a: Leases;
  let b: Leases;

  beforeEach(async () => {
    database = await createTestDatabase("postgresql");
    db = getPrisma(database.url);
    a = new Leases(db, { nodeId: "A", ttlMs: TTL });
    b = new Leases(db, { nodeId: "B", ttlMs: TTL });
  });
  afterEach(() => database.cleanup());

  const inputsOf = async (gameId: string) => (await db.liveInput.findMany({ where: { gameId }, orderBy: { seq: "asc" } })).map((r) => r.seq);

  it("grants a free resource once; after expiry the next node gets the next token and the old owner learns it lost it", async () => {
    expect(await a.acquire("g1")).toBe(1);
    expect(await b.acquire("g1")).toBeNull();
    expect(await a.acquire("g1")).toBeNull(); // held, not re-granted
    await sleep(TTL + 100);
    expect(await b.acquire("g1")).toBe(2);
    expect(b.tokenOf("g1")).toBe(2);
    expect(await a.renew()).toEqual(["g1"]);
    expect(a.tokenOf("g1")).toBeUndefined();
    expect(await b.renew()).toEqual([]);
  });

  it("a game claimed while a renewal runs is not taken for lost by that renewal", async () => {
    // The claim commits between the renewal's UPDATE and its answer, as under a burst of creates.
    let claim: (() => Promise<void>) | null = null;
    const racing = {
      $queryRawUnsafe: async (sql: string, ...args: unknown[]) => {
        const rows = await db.$queryRawUnsafe(sql, ...args);
        const run = sql.trimStart().startsWith("UPDATE") ? claim : null;
        if (run) await ((claim = null), run());
        return rows;
      },
    } as unknown as PrismaClient;
    const leases = new Leases(racing, { nodeId: "A", ttlMs: TTL });
    expect(await leases.acquire("g1")).toBe(1);
    claim = async () => {
      await leases.claimNewInTx(db, ["g2"]);
      leases.settle(["g2"], true);
    };
    expect(await leases.renew()).toEqual([]);
    expect(leases.tokenOf("g2")).toBe(1);
    expect(await leases.renew()).toEqual([]);
    expect(leases.resources().sort()).toEqual(["g1", "g2"]);
  });

  it("a claim whose transaction is still open is not judged by a renewal; one rolled back is claimed again", async () => {
    // Claimed inside a transaction that has not committed: the renewal cannot see its row.
    await expect(
      db.$transaction(async (tx) => {
        await a.claimNewInTx(tx, ["g3"]);
        expect(await a.renew()).toEqual([]);
        throw new Error("the journal write failed");
      }),
    ).rejects.toThrow("the journal write failed");
    a.settle(["g3"], false);
    expect(a.tokenOf("g3")).toBeUndefined();
    await a.claimNewInTx(db, ["g3"]);
    a.settle(["g3"], true);
    expect(a.tokenOf("g3")).toBe(1);
    expect(await a.renew()).toEqual([]);
  });

  it("keeps a renewed lease past its TTL, and frees a released one at once with the token still growing", async () => {
    await a.acquire("g1");
    for (let i = 0; i < 5; i++) {
      await sleep(TTL / 3);
      expect(await a.renew()).toEqual([]);
    }
    expect(await b.acquire("g1")).toBeNull();
    await a.release("g1");
    expect(await b.acquire("g1")).toBe(2);
  });

  it("releases every lease of one node in one go, and only that node's: the others may take them at once", async () => {
    await a.acquire("g1");
    await a.acquire(sessionResource("s1"));
    await b.acquire("g2");
    await a.releaseAll();
    expect(a.resources()).toEqual([]);
    expect(await b.orphans(["g1", "session:s1", "g2"])).toEqual(["g1", "session:s1"]);
    expect(await b.acquire(sessionResource("s1"))).toBe(2);
    expect(await b.renew()).toEqual([]);
    expect(await a.renew()).toEqual([]);
    expect(sessionOfResource(sessionResource("s1"))).toBe("s1");
    expect(sessionOfResource("g1")).toBeNull();
  });

  it("reports journaled resources whose lease is missing or expired as orphans", async () => {
    await a.acquire("g1");
    await a.acquire("g2");
    expect(await b.orphans(["g1", "g2", "g3"])).toEqual(["g3"]);
    await sleep(TTL + 100);
    await a.renew();
    expect(await b.orphans(["g1", "g2", "g3"])).toEqual(["g1", "g2", "g3"]);
  });

  it("fences journal writes: a stale owner's write for a moved game lands nothing, its other games still land", async () => {
    const storeA = new PrismaJournalStore(db, a);
    const storeB = new PrismaJournalStore(db, b);
    await a.acquire("g1");
    await a.acquire("g2");
    expect(await storeA.write({ headers: [header("g1"), header("g2")], inputs: [tick("g1", 0)], drops: [] })).toEqual({ fenced: [] });

    // A pauses: it renews g2 only by luck of timing; g1 expires and B takes it.
    await sleep(TTL + 100);
    expect(await b.acquire("g1")).toBe(2);
    await a.acquire("g2"); // g2 expired too; A takes it back with a new token
    expect(await storeB.write({ headers: [], inputs: [tick("g1", 1)], drops: [] })).toEqual({ fenced: [] });

    // A wakes and writes for both: g1 is refused whole, g2 lands.
    expect(await storeA.write({ headers: [header("g1")], inputs: [tick("g1", 1), tick("g1", 2), tick("g2", 0)], drops: [] })).toEqual({ fenced: ["g1"] });
    expect(await inputsOf("g1")).toEqual([0, 1]);
    expect((await db.liveInput.findFirst({ where: { gameId: "g1", seq: 1 } }))?.action).toBe(JSON.stringify({ type: "tick" }));
    expect(await inputsOf("g2")).toEqual([0]);

    // A new game is claimed by its first write; a game another node leases cannot be claimed.
    expect(await storeA.write({ headers: [header("g9")], inputs: [], drops: [] })).toEqual({ fenced: [] });
    expect(a.tokenOf("g9")).toBe(1);
    const storeC = new PrismaJournalStore(db, new Leases(db, { nodeId: "C", ttlMs: TTL }));
    expect(await storeC.write({ headers: [header("g9")], inputs: [tick("g9", 0)], drops: [] })).toEqual({ fenced: ["g9"] });
    expect(await inputsOf("g9")).toEqual([]);
  });

  it("drops a finished game's lease with its journal rows", async () => {
    const store = new PrismaJournalStore(db, a);
    await a.acquire("g1");
    await store.write({ headers: [header("g1")], inputs: [tick("g1", 0)], drops: [] });
    await store.write({ headers: [], inputs: [], drops: ["g1"] });
    expect(await db.lease.count()).toBe(0);
    expect(await db.liveGame.count()).toBe(0);
    expect(a.tokenOf("g1")).toBeUndefined();
  });

  it("tells the journal's owner which games it lost, and journals nothing more of them", async () => {
    const lost: string[][] = [];
    const journal = new Journal(new PrismaJournalStore(db, a), { retry: { firstMs: 5, maxMs: 20 }, onFenced: (ids) => lost.push(ids) });
    await a.acquire("g1");
    journal.header(header("g1"));
    journal.input(tick("g1", 0));
    expect(await journal.durable(2_000)).toBe(true);
    await sleep(TTL + 100);
    await b.acquire("g1");
    journal.input(tick("g1", 1));
    await journal.durable(2_000);
    expect(lost).toEqual([["g1"]]);
    journal.input(tick("g1", 2));
    expect(await journal.durable(2_000)).toBe(true);
    expect(journal.health()).toMatchObject({ ok: true, pending: 0 });
    expect(await inputsOf("g1")).toEqual([0]);
  });

  it("stores a finished game only for its lease's owner: a stale owner's ending counts as stored elsewhere", async () => {
    const storeA = new PrismaGameStore(db);
    storeA.fence = a;
    const storeB = new PrismaGameStore(db);
    storeB.fence = b;
    await a.acquire("g1");
    await sleep(TTL + 100);
    await b.acquire("g1");
    expect(await storeA.saveFinishedGame(finished("g1", "stale"))).toBe("exists");
    expect(await db.game.count()).toBe(0);
    expect(await storeB.saveFinishedGame(finished("g1", "owner"))).toBe("created");
    expect((await db.game.findUnique({ where: { id: "g1" } }))?.outcome).toBe("owner");
  });
});
