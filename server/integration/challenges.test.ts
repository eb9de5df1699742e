/**
 * Challenge nights over real sockets: refusals (unknown, locked, no such night), the fixed seed
 * and the snapshot's challenge field, the night recorded on save, the next challenge unlocked,
 * and POST /api/me.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { CHALLENGE_SEEDS } from "../challenges/seeds";
import { getPrisma } from "../storage/db";
import { eventually, isFinished, startTestServer, TestClient, traceOf, type TestServer } from "../testing/harness";

describe("challenge:start", () => {
  let server: TestServer;
  let client: TestClient;
  const start = (challengeId: string, night: number, extra: object = {}) =>
    client.request<SeatGrant>("challenge:start", { challengeId, night, tickMs: 5, player: client.player, ...extra });

  beforeAll(async () => {
    server = await startTestServer();
    client = new TestClient(server.server.url, "Ladder");
    await client.connected();
  });
  afterAll(async () => {
    client.close();
    await server.stop();
  });

  it("refuses an unknown challenge, a night it does not have, and a locked challenge", async () => {
    expect(await start("no-such-thing", 1)).toMatchObject({ ok: false, error: { code: "UNKNOWN_CHALLENGE" } });
    expect(await start("foggy-valley", 3)).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(await start("reading-enemy", 1)).toMatchObject({ ok: false, error: { code: "CHALLENGE_LOCKED" } });
    expect(await start("foggy-valley", 1, { seed: 1 })).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
  });

  it("plays every night of the first challenge on its fixed seeds, records them, and unlocks the next", async () => {
    for (const night of [1, 2]) {
      const grant = await start("foggy-valley", night);
      expect(grant).toMatchObject({ ok: true, seat: "A" });
      if (!grant.ok) return;
      const end = await client.waitFor((p) => isFinished(p) && (p.data as GameSnapshot).gameId === grant.gameId);
      expect((end.data as GameSnapshot).challenge).toEqual({ challengeId: "foggy-valley", night });
      const trace = await traceOf(server.server.url, grant.gameId);
      expect(trace.seed).toBe(CHALLENGE_SEEDS["foggy-valley"][night - 1]);
      expect(trace.seats.find((s) => s.seat === "B")).toMatchObject({ kind: "bot", name: "acknowledged" });
    }
    const db = getPrisma(server.db.url);
    const player = await db.player.findFirstOrThrow({ where: { nickname: "Ladder" } });
    const score = await eventually(() => db.challengeScore.findUnique({ where: { challengeId_playerId_period: { challengeId: "foggy-valley", playerId: player.id, period: "all" } } }));
    expect(score).toMatchObject({ nights: 2, completed: true });
    expect(await start("reading-enemy", 1)).toMatchObject({ ok: true, seat: "A" });
    expect(await start("be-the-enemy", 1)).toMatchObject({ ok: false, error: { code: "CHALLENGE_LOCKED" } });
  });

  it("POST /api/me answers the device's public id and sets it in a cookie, never echoing the token", async () => {
    const res = await fetch(`${server.server.url}/api/me`, { method: "POST", body: JSON.stringify({ deviceToken: client.player.deviceToken }) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ playerId: expect.any(String), nickname: "Ladder" });
    expect(res.headers.get("set-cookie")).toContain(`bivalent_player=${body.playerId}`);
    expect(JSON.stringify(body) + res.headers.get("set-cookie")).not.toContain(client.player.deviceToken);
    const unknown = await fetch(`${server.server.url}/api/me`, { method: "POST", body: JSON.stringify({ deviceToken: "x".repeat(24) }) });
    // A new device is no error: 200, nobody, and no cookie.
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toEqual({ playerId: null, nickname: null });
    expect(unknown.headers.get("set-cookie")).toBeNull();
    expect((await fetch(`${server.server.url}/api/me`, { method: "POST", body: "{" })).status).toBe(400);
    expect((await fetch(`${server.server.url}/api/me`)).status).toBe(405);
  });

  it("plays the same night the same way at any pace (no moves from the player)", async () => {
    const db = getPrisma(server.db.url);
    const traces = [];
    for (const tickMs of [5, 25]) {
      const grant = await start("foggy-valley", 1, { tickMs });
      if (!grant.ok) throw new Error(grant.error.message);
      await client.waitFor((p) => isFinished(p) && (p.data as GameSnapshot).gameId === grant.gameId);
      traces.push(await traceOf(server.server.url, grant.gameId));
    }
    expect(traces[1].tickMs).toBe(25);
    expect(traces[1].events).toEqual(traces[0].events);
    expect(traces[1].inputs).toEqual(traces[0].inputs);
    expect(await db.game.count({ where: { challengeId: "foggy-valley", seedIndex: 0 } })).toBeGreaterThanOrEqual(2);
  });
});
