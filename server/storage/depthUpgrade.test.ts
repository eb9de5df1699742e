import { afterAll, beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { consensus } from "../engine/consensus";
import { consensusParamsSchema } from "../engine/consensus/params";
import { generals } from "../engine/generals";
import { lovers } from "../engine/lovers";
import type { AnyScenario } from "../engine/scenario";
import { simulate } from "../engine/simulate";
import { chainIn, knownDepthIn } from "../engine/timeline";
import { verifyTrace } from "../engine/verify";
import { getPrisma } from "./db";
import { upgradeStoredDepths } from "./depthUpgrade";
import { ALL_TIME, betterDepth, rebuildPlayerStats } from "./playerStats";
import { PrismaGameStore } from "./prismaGameStore";
import { createTestDatabase, type ProviderTestDatabase } from "./testDatabase";
import type { FinishedGame, Trace } from "./types";
import { restless, storedAsVersion1 } from "./versionOneGames.testing";
import { describeEachProvider } from "./eachProvider.testing";

describeEachProvider("upgradeStoredDepths", (provider) => {
  let database: ProviderTestDatabase;
  let store: PrismaGameStore;
  let db: PrismaClient;
  const players: Record<string, string> = {};
  /** Per version 1 game: each two-party seat's known depth, computed here from the replay's timeline. */
  const known = new Map<string, Record<string, number>>();
  const originals = new Map<string, Trace>();
  let differing = 0;

  const everything = async () => ({
    games: await db.game.findMany({ orderBy: { id: "asc" }, select: { id: true, trace: true, traceVersion: true } }),
    seats: await db.gameSeat.findMany({ orderBy: [{ gameId: "asc" }, { seat: "asc" }] }),
    stats: (await db.playerStat.findMany({ orderBy: [{ playerId: "asc" }, { scenario: "asc" }, { period: "asc" }] })).map(({ updatedAt: _u, ...r }) => r),
  });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    store = new PrismaGameStore(database.url);
    db = getPrisma(database.url);
    for (const name of ["ann", "bob", "cy"]) players[name] = (await store.ensurePlayer(`device-${name}`, name)).id;
    const save = async (game: FinishedGame) => {
      originals.set(game.id, game.trace);
      expect(await store.saveFinishedGame(game)).toBe("created");
    };
    // Per scenario, the first seeds whose chain overstated what a seat knew, and a few where it did not.
    let i = 0;
    for (const scenario of [generals, lovers] as AnyScenario[]) {
      const seats = scenario === generals ? ["A", "B"] : ["alice", "bob"];
      let over = 0;
      let equal = 0;
      for (let seed = 0; seed < 2_000 && (over < 8 || equal < 4); seed++) {
        const record = restless(scenario, seed);
        const timeline = scenario.timeline(record.state, record.events);
        const depths = Object.fromEntries(seats.map((s) => [s, knownDepthIn(timeline, s)]));
        const overstated = seats.some((s) => depths[s] !== chainIn(timeline, s));
        if (overstated ? over++ >= 8 : equal++ >= 4) continue;
        // ann and bob share most games, cy plays some against a bot; games span three ISO weeks.
        const who = i % 3 === 2 ? { [seats[0]]: players.cy } : { [seats[0]]: players.ann, [seats[1]]: players.bob };
        const game = storedAsVersion1(`v1-${String(i).padStart(2, "0")}`, scenario, record, who, new Date(Date.UTC(2026, 10, 10 + i)), i === 5);
        known.set(game.id, depths);
        if (overstated) differing++;
        await save(game);
        i++;
      }
    }
    // A consensus game of version 1 (its depth is a round, not a chain): left exactly as it is.
    const params = consensusParamsSchema.parse({ n: 3, detector: "P", inputs: [0, 1, 1] });
    const run = simulate({ scenario: consensus, params, seed: 5, strategies: { p1: "protocol", p2: "protocol", p3: "protocol" } });
    await save(storedAsVersion1("c-1", consensus, run, { p1: players.ann }, new Date(Date.UTC(2026, 10, 21))));
    // A version 1 game whose events were tampered with: nothing to trust, so it is left alone.
    const forged = storedAsVersion1("v1-forged", generals, restless(generals, 77), { A: players.cy }, new Date(Date.UTC(2026, 10, 22)));
    forged.trace = { ...forged.trace, events: forged.trace.events.slice(0, -1) };
    await save(forged);
  });
  afterAll(async () => {
    await store.close();
    await database.cleanup();
  });

  it("rewrites version 1 depths to known depths, fixes bestDepth, keeps events, and a second run changes nothing", async () => {
    expect(differing).toBe(16); // the fixture has games where the chain overstated knowledge
    const statsBefore = await db.playerStat.findMany();
    const untouched = await db.game.findMany({ where: { id: { in: ["c-1", "v1-forged"] } }, orderBy: { id: "asc" } });

    // A run stopped in its first chunk (after two batches), then a full one: what a restart
    // mid-upgrade does. The stopped run's games are rewritten but not yet marked, nor their stats.
    let calls = 0;
    const first = await upgradeStoredDepths(db, { batchSize: 3, chunkSize: 9, shouldStop: () => ++calls > 2 });
    expect(first).toMatchObject({ stopped: true, upgraded: 6, statsCorrected: 0 });
    expect(await db.game.count({ where: { traceVersion: 2 } })).toBe(0);
    const rest = await upgradeStoredDepths(db, { batchSize: 3, chunkSize: 5 });
    expect(rest.alreadyCurrent).toBe(6);
    expect(first.upgraded + rest.upgraded).toBe(known.size);
    expect(rest.unverifiable).toBe(1);
    expect(rest.unverifiableIds).toEqual(["v1-forged"]);

    for (const [id, depths] of known) {
      const row = await db.game.findUniqueOrThrow({ where: { id }, include: { seats: true } });
      const trace = JSON.parse(row.trace) as Trace;
      const original = originals.get(id)!;
      expect(row.traceVersion).toBe(2);
      expect(trace.version).toBe(2);
      for (const [seat, depth] of Object.entries(depths)) {
        expect(row.seats.find((s) => s.seat === seat)?.depth).toBe(depth);
        expect(trace.result[seat].depth).toBe(depth);
        expect(trace.result[seat].score).toBe(original.result[seat].score);
      }
      expect(JSON.stringify(trace.events)).toBe(JSON.stringify(original.events));
      expect(JSON.stringify(trace.inputs)).toBe(JSON.stringify(original.inputs));
      expect(verifyTrace(trace).ok).toBe(true);
    }
    expect(await db.game.findMany({ where: { id: { in: ["c-1", "v1-forged"] } }, orderBy: { id: "asc" } })).toEqual(untouched);

    // bestDepth: the best known depth of each player's ranked seats (the practice game never counts).
    const stats = await db.playerStat.findMany();
    expect(stats.length).toBe(statsBefore.length);
    let lowered = 0;
    for (const who of ["ann", "bob", "cy"]) {
      for (const scenario of ["generals", "lovers"]) {
        let best: number | null = null;
        for (const [id, depths] of known) {
          if (id === "v1-05" || !id.startsWith("v1-")) continue;
          const g = originals.get(id)!;
          if (g.scenario !== scenario) continue;
          for (const s of g.seats) if (s.playerId === players[who]) best = betterDepth(scenario, best, depths[s.seat]);
        }
        const row = stats.find((r) => r.playerId === players[who] && r.scenario === scenario && r.period === ALL_TIME);
        expect(row?.bestDepth ?? null).toBe(best);
        const before = statsBefore.find((r) => r.playerId === players[who] && r.scenario === scenario && r.period === ALL_TIME);
        if (before && before.bestDepth !== row?.bestDepth) lowered++;
      }
    }
    expect(lowered).toBeGreaterThan(0);
    // Every period's row agrees with a rebuild from the seats, and only bestDepth ever moved.
    const upgraded = await everything();
    for (const s of stats) {
      const b = statsBefore.find((r) => r.playerId === s.playerId && r.scenario === s.scenario && r.period === s.period)!;
      expect({ ...s, bestDepth: 0, updatedAt: 0 }).toEqual({ ...b, bestDepth: 0, updatedAt: 0 });
    }
    await rebuildPlayerStats(db);
    const rebuilt = (await everything()).stats;
    expect(rebuilt.map((r) => [r.playerId, r.scenario, r.period, r.bestDepth])).toEqual(upgraded.stats.map((r) => [r.playerId, r.scenario, r.period, r.bestDepth]));

    // Idempotent: a second run finds nothing to do and writes nothing.
    const again = await upgradeStoredDepths(db, { batchSize: 3, chunkSize: 5 });
    expect(again).toMatchObject({ upgraded: 0, alreadyCurrent: 0, statsCorrected: 0, stopped: false });
    expect(await everything()).toEqual({ ...upgraded, stats: rebuilt });
  });

  it("finishes a game rewritten by a run that died before fixing its players' stats", async () => {
    // The state a crash leaves: the trace and seats rewritten, the column still 1, a stale bestDepth.
    await db.game.update({ where: { id: "v1-00" }, data: { traceVersion: 1 } });
    const stat = await db.playerStat.findFirstOrThrow({ where: { playerId: players.ann, scenario: "generals", period: ALL_TIME } });
    await db.playerStat.update({ where: { playerId_scenario_period: { playerId: players.ann, scenario: "generals", period: ALL_TIME } }, data: { bestDepth: 99 } });
    const run = await upgradeStoredDepths(db);
    expect(run).toMatchObject({ upgraded: 0, alreadyCurrent: 1, statsCorrected: 1 });
    expect((await db.game.findUniqueOrThrow({ where: { id: "v1-00" } })).traceVersion).toBe(2);
    expect((await db.playerStat.findFirstOrThrow({ where: { playerId: players.ann, scenario: "generals", period: ALL_TIME } })).bestDepth).toBe(stat.bestDepth);
  });
});
