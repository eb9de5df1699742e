/**
 * The live-game journal and the class store on every provider: the values whose column types
 * differ between SQLite and PostgreSQL (a 32-bit unsigned seed in a BigInt, dates to the
 * millisecond, JSON kept as text) come back exactly as they went in.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import type { LiveGameHeader } from "../rooms/journal";
import { PrismaClassStore } from "./classStore";
import { getPrisma } from "./db";
import { describeEachProvider } from "./eachProvider.testing";
import { PrismaJournalStore } from "./prismaJournalStore";
import { createTestDatabase, type ProviderTestDatabase } from "./testDatabase";

const header = (id: string, seed: number, startedAt: Date | null): LiveGameHeader => ({
  id,
  code: `c-${id}`,
  scenario: "generals",
  params: { captureProbability: 0.3, dawnTick: 100, note: "é ✓ \"quoted\"" },
  seed,
  tickMs: 100,
  seats: [{ seat: "A", kind: "human", strategy: null, name: "Ada", playerId: null, tokenHash: "ab".repeat(32) }],
  context: null,
  friends: false,
  startedAt,
});

describeEachProvider("journal and class stores", (provider) => {
  let database: ProviderTestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(provider);
  });
  afterEach(() => database.cleanup());

  it("journal: headers, inputs and drops round-trip, the largest seed and the millisecond included", async () => {
    const journal = new PrismaJournalStore(getPrisma(database.url));
    const started = new Date("2026-12-04T10:11:12.345Z");
    await journal.write({ headers: [header("g1", 0xffffffff, null), header("g2", 0, started)], inputs: [], drops: [] });
    await journal.write({
      headers: [{ ...header("g1", 0xffffffff, started) }],
      inputs: [
        { gameId: "g1", seq: 0, action: { type: "send" } },
        { gameId: "g1", seq: 1, action: { type: "tick" } },
        { gameId: "g2", seq: 0, action: { type: "tick" } },
      ],
      drops: [],
    });
    const loaded = await journal.load();
    expect(loaded.map((g) => g.header)).toEqual([header("g1", 0xffffffff, started), header("g2", 0, started)]);
    expect(loaded[0].inputs).toEqual([{ type: "send" }, { type: "tick" }]);

    await journal.write({ headers: [{ ...header("g3", 1, null), context: { sessionId: "s1", roundId: "r1", classGroup: 1 } }], inputs: [], drops: [] });
    expect((await journal.entries()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: "g1", sessionId: null },
      { id: "g2", sessionId: null },
      { id: "g3", sessionId: "s1" },
    ]);
    await journal.write({ headers: [], inputs: [], drops: ["g1", "g3"] });
    expect((await journal.load()).map((g) => g.header.id)).toEqual(["g2"]);
  });

  it("journal: a batch that breaks a rule writes nothing", async () => {
    const journal = new PrismaJournalStore(getPrisma(database.url));
    await journal.write({ headers: [header("g1", 7, null)], inputs: [{ gameId: "g1", seq: 0, action: { type: "a" } }], drops: [] });
    // seq 0 again: a primary-key violation, so the new header's change must not land either.
    const failed = journal.write({ headers: [header("g1", 7, new Date())], inputs: [{ gameId: "g1", seq: 0, action: { type: "b" } }], drops: [] });
    await expect(failed).rejects.toThrow();
    const [game] = await journal.load();
    expect(game.header.startedAt).toBeNull();
    expect(game.inputs).toEqual([{ type: "a" }]);
  });

  it("class store: a session, its students and rounds, read back for a restart, then closed", async () => {
    const classes = new PrismaClassStore(getPrisma(database.url));
    const t0 = new Date("2026-12-04T09:00:00.123Z");
    await classes.createSession({ id: "s1", code: "ABC123", title: "Période 3", hostHash: "f".repeat(64) });
    await classes.saveMember({ sessionId: "s1", playerId: "p1", nickname: "Zoë", kicked: false, tokenHash: "a".repeat(64) });
    await classes.saveMember({ sessionId: "s1", playerId: "p1", nickname: "Zoë", kicked: true });
    await classes.createRound({ id: "r1", sessionId: "s1", number: 1, scenario: "generals", params: { dawnTick: 9 }, groupSize: 2, startedAt: t0, tickMs: 400, studentSeats: ["A", "B"], skin: "gangsters" });
    const pausedAt = new Date("2026-12-04T09:10:00.789Z");
    await classes.saveRoundClock("r1", { pausedAt, pausedMs: 1_234, aliveAt: pausedAt });
    expect(await classes.hostHashOf("s1")).toBe("f".repeat(64));
    expect(await classes.hostHashOf("nope")).toBeNull();

    // What a restart rebuilds the session from (the token hash kept when a later save has none).
    const [open] = await classes.openSessions();
    expect(open).toMatchObject({ id: "s1", code: "ABC123", members: [{ playerId: "p1", kicked: true, tokenHash: "a".repeat(64) }] });
    expect(open.rounds).toMatchObject([{ id: "r1", tickMs: 400, studentSeats: ["A", "B"], skin: "gangsters", pausedAt, pausedMs: 1_234, aliveAt: pausedAt, endedAt: null, finished: [] }]);

    // What cluster mode scans every second, and the one session it adopts.
    await classes.createSession({ id: "s2", code: "DEF456", title: "Other", hostHash: "e".repeat(64) });
    expect((await classes.openSessionIds()).map((s) => s.id).sort()).toEqual(["s1", "s2"]);
    expect((await classes.openSessions(["s2"])).map((s) => s.id)).toEqual(["s2"]);
    await classes.endSession("s2", new Date());
    expect((await classes.openSessionIds()).map((s) => s.id)).toEqual(["s1"]);
    expect(await classes.openSessions(["s2"])).toEqual([]);

    const ended = new Date("2026-12-04T09:30:00.456Z");
    expect(await classes.closeOpen(ended)).toEqual({ sessions: 1, rounds: 1 });
    const history = await classes.history("s1");
    expect(history?.session).toMatchObject({ id: "s1", title: "Période 3", endedAt: ended.toISOString() });
    expect(history?.students).toEqual([{ playerId: "p1", nickname: "Zoë", kicked: true }]);
    expect(history?.rounds).toMatchObject([{ id: "r1", params: { dawnTick: 9 }, startedAt: t0.toISOString(), endedAt: ended.toISOString(), games: [] }]);
  });
});
