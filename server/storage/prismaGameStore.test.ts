import { afterEach, beforeEach, expect, it } from "vitest";
import { getPrisma } from "./db";
import { PrismaGameStore, hashDeviceToken, isUniqueViolation } from "./prismaGameStore";
import { createClient } from "./provider";
import { createTestDatabase, type ProviderTestDatabase } from "./testDatabase";
import type { FinishedGame, FinishedSeat, Trace } from "./types";
import { describeEachProvider } from "./eachProvider.testing";

function game(id: string, seats: FinishedSeat[], finishedAt = new Date("2025-01-01T10:00:00Z")): FinishedGame {
  const startedAt = new Date(finishedAt.getTime() - 60_000);
  const trace: Trace = {
    format: "bivalent-trace",
    version: 1,
    gameId: id,
    scenario: "generals",
    params: { messengers: 3 },
    seed: 42,
    tickMs: 100,
    seats: seats.map(({ seat, kind, name, playerId }) => ({ seat, kind, name, playerId })),
    inputs: [{ type: "tick" }, { type: "move", seat: "A", move: { type: "send" } }],
    events: [{ seq: 0, type: "start", tick: 0 }],
    outcome: "coordinated",
    result: Object.fromEntries(seats.map((s) => [s.seat, { score: s.score, won: s.won, depth: s.depth }])),
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
  };
  return { id, scenario: "generals", outcome: "coordinated", startedAt, finishedAt, seats, trace };
}

const bot = (seat: string, score = 0): FinishedSeat => ({
  seat, kind: "bot", playerId: null, name: "chain-3", strategy: "chain-3", score, won: false, depth: null,
});

describeEachProvider("PrismaGameStore", (provider) => {
  let database: ProviderTestDatabase;
  let store: PrismaGameStore;

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    store = new PrismaGameStore(database.url);
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  it("reads a stored game back for a late resume: trace, code, friends, what its snapshot shows of the context, token hashes", async () => {
    const player = await store.ensurePlayer("device-r", "ada");
    const g = game("resumable-1", [{ seat: "A", kind: "human", playerId: player.id, name: "ada", strategy: null, score: 1, won: true, depth: 2, tokenHash: "ab".repeat(32) }, bot("B")]);
    await store.saveFinishedGame({ ...g, code: "K7M2QX", friends: true, context: { challengeId: "c1", seedIndex: 2, practice: true } });
    expect(await store.getResumable("resumable-1")).toEqual({
      trace: g.trace,
      code: "K7M2QX",
      friends: true,
      context: { challengeId: "c1", seedIndex: 2, practice: true },
      seats: [
        { seat: "A", strategy: null, tokenHash: "ab".repeat(32) },
        { seat: "B", strategy: "chain-3", tokenHash: null },
      ],
    });
    expect(await store.getResumable("nope")).toBeNull();
  });

  it("saves a game once, even when two saves race", async () => {
    const player = await store.ensurePlayer("device-1", "ada");
    const g = game("g1", [
      { seat: "A", kind: "human", playerId: player.id, name: "ada", strategy: null, score: 10, won: true, depth: 3 },
      bot("B", 5),
    ]);
    const results = await Promise.all([store.saveFinishedGame(g), store.saveFinishedGame(g)]);
    expect(results.sort()).toEqual(["created", "exists"]);
    expect(await store.saveFinishedGame(g)).toBe("exists");

    const db = getPrisma(database.url);
    expect(await db.game.count()).toBe(1);
    const seats = await db.gameSeat.findMany({ orderBy: { seat: "asc" } });
    expect(seats).toHaveLength(2);
    expect(seats[0]).toMatchObject({ seat: "A", kind: "human", playerId: player.id, score: 10, won: true, depth: 3, scenario: "generals" });
    expect(seats[0].finishedAt.toISOString()).toBe("2025-01-01T10:00:00.000Z");
    expect(seats[1]).toMatchObject({ seat: "B", kind: "bot", playerId: null, strategy: "chain-3", depth: null });
  });

  it("treats a race between two separate clients (two processes) as 'exists'", async () => {
    // A second client has its own connection, like a second server process would.
    const other = createClient(database.url);
    try {
      const g = game("g2", [bot("A"), bot("B")]);
      const results = await Promise.all([store.saveFinishedGame(g), new PrismaGameStore(other).saveFinishedGame(g)]);
      expect(results.sort()).toEqual(["created", "exists"]);
      expect(await other.gameSeat.count()).toBe(2);
    } finally {
      await other.$disconnect();
    }
  });

  it("sees a duplicate game id as a unique violation (the cross-process fallback)", async () => {
    const db = getPrisma(database.url);
    const data = { id: "dup", scenario: "s", outcome: "o", startedAt: new Date(), finishedAt: new Date(), trace: "{}" };
    await db.game.create({ data });
    const error = await db.game.create({ data }).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("round-trips the trace and returns null for an unknown game", async () => {
    const g = game("g3", [bot("A", 1), bot("B", 2)]);
    await store.saveFinishedGame(g);
    expect(await store.getTrace("g3")).toEqual(g.trace);
    expect(await store.getTrace("nope")).toBeNull();
  });

  it("keeps one player per device token and follows nickname changes", async () => {
    const first = await store.ensurePlayer("device-token-xyz", "ada");
    const again = await store.ensurePlayer("device-token-xyz", "ada lovelace");
    const other = await store.ensurePlayer("another-device", "ada");
    expect(again).toEqual({ id: first.id, nickname: "ada lovelace" });
    expect(other.id).not.toBe(first.id);

    const rows = await getPrisma(database.url).player.findMany();
    expect(rows).toHaveLength(2);
    const row = rows.find((r) => r.id === first.id)!;
    expect(row.nickname).toBe("ada lovelace");
    expect(row.deviceHash).not.toBe("device-token-xyz");
    expect(row.deviceHash).toBe(hashDeviceToken("device-token-xyz"));
    expect(row.deviceHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("creates one player when the same device connects twice at once", async () => {
    const [a, b] = await Promise.all([store.ensurePlayer("dev", "x"), store.ensurePlayer("dev", "y")]);
    expect(a.id).toBe(b.id);
    expect(await getPrisma(database.url).player.count()).toBe(1);
  });
});
