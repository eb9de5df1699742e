/**
 * Practice games: a seed chosen at game:create makes the game unranked. It is played, stored and
 * replayable like any other, with that very seed, and never reaches a leaderboard or a player's stats.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { verifyTrace } from "../engine/verify";
import { getPrisma } from "../storage/db";
import type { Trace } from "../storage/types";
import { isFinished, startTestServer, TestClient, traceOf, type TestServer } from "../testing/harness";

let t: TestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

async function playToDawn(seed?: number): Promise<{ grant: SeatGrant & { ok: true }; trace: Trace; snapshots: GameSnapshot[] }> {
  const a = new TestClient(t.server.url, "Ada");
  clients.push(a);
  await a.connected();
  const payload = {
    scenario: "generals",
    params: { captureProbability: 0.5, crossingTicks: 1, dawnTick: 8 },
    seat: "A",
    others: { B: { kind: "bot", strategy: "acknowledged" } },
    tickMs: 10,
    player: a.player,
    ...(seed === undefined ? {} : { seed }),
  };
  const grant = await a.request<SeatGrant>("game:create", payload);
  if (!grant.ok) throw new Error(JSON.stringify(grant));
  await a.request("game:move", { gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "send", kind: "plan" } });
  await a.waitFor(isFinished);
  return { grant, trace: await traceOf(t.server.url, grant.gameId), snapshots: a.snapshots().filter((s) => s.gameId === grant.gameId) };
}

describe("practice games (a chosen seed)", () => {
  it("use the seed, are stored, flagged and verifiable, and are never ranked", async () => {
    const db = getPrisma(t.db.url);
    const ranked = await playToDawn();
    const statsAfterRanked = await db.playerStat.count();
    expect(statsAfterRanked).toBeGreaterThan(0);
    expect(ranked.trace.practice).toBeUndefined();

    const practice = await playToDawn(123_456_789);
    expect(practice.trace.seed).toBe(123_456_789);
    expect(practice.trace.practice).toBe(true);
    expect(verifyTrace(practice.trace).ok).toBe(true);
    expect(await db.game.findUnique({ where: { id: practice.grant.gameId }, select: { practice: true } })).toEqual({ practice: true });
    const seats = await db.gameSeat.findMany({ where: { gameId: practice.grant.gameId }, select: { practice: true } });
    expect(seats.every((s) => s.practice)).toBe(true);
    // The ranked game moved the player's stats; the practice game did not.
    expect(await db.playerStat.count()).toBe(statsAfterRanked);
    const stat = await db.playerStat.findFirst({ where: { period: "all", scenario: "generals" } });
    expect(stat?.games).toBe(1);
    expect(stat?.bestGameId).toBe(ranked.grant.gameId);
  });

  it("say so in every snapshot of a practice game, with its seed, and in no snapshot of a ranked one", async () => {
    const ranked = await playToDawn();
    const practice = await playToDawn(42);
    for (const { snapshots } of [ranked, practice]) {
      expect(snapshots.length).toBeGreaterThan(1);
      expect(snapshots.at(-1)?.status).toBe("finished");
    }
    for (const s of ranked.snapshots) expect("practice" in s).toBe(false);
    for (const s of practice.snapshots) expect(s.practice).toEqual({ seed: 42 });
  });

  it("refuses a seed that is not a 32-bit unsigned integer", async () => {
    const a = new TestClient(t.server.url, "Bo");
    clients.push(a);
    await a.connected();
    for (const seed of [-1, 2 ** 32, 1.5, "7"]) {
      const res = await a.request("game:create", { scenario: "lovers", params: {}, seat: "alice", others: { bob: { kind: "bot", strategy: "eager" } }, player: a.player, seed });
      expect(res).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    }
  });
});
