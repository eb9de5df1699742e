/**
 * The example arena bot (examples/bots/typescript/arena.ts) over real sockets: two of them join
 * the arena through runArena and play 200 matches between them (Two Generals and consensus
 * runs, each seat with its example strategy) against the house's par on the same nights. Every
 * stored trace verifies, every match is rated once per bot, and the ratings moved (the generals'
 * from 1500; the process's deviation at least: it plays as par does).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runArena, type MatchResult } from "../../examples/bots/typescript/arena";
import { verifyTrace } from "../engine/verify";
import { getPrisma } from "../storage/db";
import { botOwner, newBot, storedTrace } from "../testing/arenaKit";
import { eventually, runPool, startTestServer, type TestServer } from "../testing/harness";

/** Matches per bot and scenario: 2 bots x 2 scenarios x 50 = 200 in all (a match of both bots counts for each). */
const MATCHES = Number(process.env.ARENA_EXAMPLE_MATCHES ?? 50);
const SCENARIOS = ["generals", "consensus"];

let t: TestServer;
let owner: string;

beforeAll(async () => {
  // A fast arena: queues served every 10 ms, a lone bot paired with the house after 150 ms, 20 ms ticks.
  t = await startTestServer({ arenaIntervalMs: 10, arenaPairWaitMs: 150, arenaTickMs: 20 });
  owner = await botOwner(t);
});
afterAll(async () => {
  await t.stop();
  await t.db.cleanup();
});

describe("the example arena bot", () => {
  it(`plays ${4 * MATCHES} arena matches with two bots: traces verify, matches rated, ratings moved`, async () => {
    const bots = [await newBot(t, owner, "Arena one"), await newBot(t, await botOwner(t), "Arena two")];
    const started = Date.now();
    // Both wait in both queues: the server serves the scenario whose bot waited longest, and the
    // one just played goes to the back, so the pair plays generals and consensus in turn.
    const runs = await Promise.all(bots.map((bot) => runArena({ url: t.server.url, botToken: bot.token, matches: 2 * MATCHES, scenarios: SCENARIOS })));
    const seconds = (Date.now() - started) / 1000;
    const all: (MatchResult & { botId: string })[] = runs.flatMap((results, i) => results.map((r) => ({ ...r, botId: bots[i].id })));
    expect(all).toHaveLength(4 * MATCHES);
    const scenarios = new Set(all.map((r) => r.scenario));
    console.info(`${all.length} matches (${[...scenarios].map((s) => `${s} ${all.filter((r) => r.scenario === s).length}`).join(", ")}) in ${seconds.toFixed(1)} s`);
    expect(scenarios).toEqual(new Set(SCENARIOS));
    const gameIds = [...new Set(all.map((r) => r.gameId))];
    await runPool(gameIds.length, 8, async (i) => {
      const trace = await storedTrace(t, gameIds[i]);
      expect(verifyTrace(trace), gameIds[i]).toEqual(expect.objectContaining({ ok: true }));
    });
    const db = getPrisma(t.db.url);
    // Each bot meets the nights in order, whatever scenario, never one twice: its places (cycle,
    // night) strictly increase (a match is at the highest place among its bots: a bot may skip a
    // night, never go back).
    const cycles = new Map((await db.arenaMatch.findMany({ where: { id: { in: gameIds } }, select: { id: true, cycle: true } })).map((m) => [m.id, m.cycle]));
    for (const results of runs) {
      for (const s of scenarios) {
        const places = results.filter((r) => r.scenario === s).map((r) => cycles.get(r.matchId)! * 32 + r.night);
        expect(places, s).toEqual([...new Set(places)].sort((a, b) => a - b));
      }
    }
    const entries = await eventually(async () => {
      const rows = await db.arenaEntry.findMany({ where: { matchId: { in: gameIds } } });
      return rows.length === all.length ? rows : null;
    }, 20_000);
    for (const r of all) expect(entries.filter((e) => e.matchId === r.matchId && e.botId === r.botId).map((e) => [e.seat, e.score])).toEqual([[r.seat, r.score]]);
    const missed = (key: "timeouts" | "refused") => entries.reduce((sum, e) => sum + e[key], 0);
    console.info(`ticks played by the stand-in: ${missed("timeouts")}, moves refused: ${missed("refused")}`);
    const ratings = await db.botRating.findMany({ where: { botId: { in: bots.map((b) => b.id) } } });
    expect(ratings).toHaveLength(2 * scenarios.size);
    for (const rating of ratings) {
      expect(rating.matches).toBe(all.filter((r) => r.botId === rating.botId && r.scenario === rating.scenario).length);
      expect(rating.rd).toBeLessThan(350); // rated: the deviation shrinks with every match
    }
    // The example general is not the house's par strategy, so its rating moves; the example
    // process runs the same protocol as par and mostly scores par exactly (a draw leaves 1500).
    console.info(ratings.map((r) => `${r.scenario} ${r.rating.toFixed(0)} ± ${r.rd.toFixed(0)}`).join(", "));
    expect(ratings.filter((r) => r.scenario === "generals").every((r) => r.rating !== 1500)).toBe(true);
  }, 120_000);
});
