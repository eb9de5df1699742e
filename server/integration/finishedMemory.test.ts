/**
 * Finished games hold no memory once stored (issue 20), over real sockets against a real server
 * and its SQLite database: the rooms of games played to their end are garbage collected, and a
 * seat that resumes a game no longer in memory gets the snapshot the live room gave it.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import type { GameRoom } from "../rooms/room";
import { eventually, startTestServer, TestClient, type Packet, type TestServer } from "../testing/harness";

// The collector, exposed at run time: vitest's workers are not started with --expose-gc.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

let t: TestServer;
const clients: TestClient[] = [];
const client = async (name: string) => {
  const c = new TestClient(t.server.url, name);
  clients.push(c);
  await c.connected();
  return c;
};

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

const game = (others: Record<string, unknown>) => ({ scenario: "generals", params: { captureProbability: 0.3, crossingTicks: 1, dawnTick: 3 }, seat: "A", others, tickMs: 5 });
const storedSnapshot = (gameId: string) => (p: Packet) => p.event === "game:snapshot" && (p.data as GameSnapshot).gameId === gameId && (p.data as GameSnapshot).saved === true;

/** The room of a game just created, held weakly: the test must not keep it alive itself. */
const weakRoom = (gameId: string) => new WeakRef(t.server.registry.get(gameId) as GameRoom);

async function collected(refs: WeakRef<GameRoom>[]): Promise<number> {
  for (let i = 0; i < 5; i++) {
    // WeakRefs hold their target until the current job ends: let it end, then collect.
    await new Promise((r) => setTimeout(r, 20));
    gc();
  }
  return refs.filter((r) => r.deref() === undefined).length;
}

describe("finished games in memory", () => {
  it("the rooms of stored games are collected", async () => {
    const c = await client("Many");
    const refs: WeakRef<GameRoom>[] = [];
    const ids: string[] = [];
    const tokens: string[] = [];
    for (let i = 0; i < 12; i++) {
      const g = await c.request<SeatGrant>("game:create", { ...game({ B: { kind: "bot", strategy: "bold" } }), player: c.player });
      if (!g.ok) throw new Error(g.error.code);
      refs.push(weakRoom(g.gameId));
      ids.push(g.gameId);
      tokens.push(g.seatToken);
    }
    for (const id of ids) await c.waitFor(storedSnapshot(id), 20_000);
    await eventually(async () => ids.every((id) => t.server.registry.get(id) === undefined));
    expect(await collected(refs)).toBe(refs.length);
    // Any of them resumes from the database, numbered from 1 again (as after a restart).
    const back = await client("Many again");
    const g = await back.request<SeatGrant>("game:resume", { gameId: ids[0], seatToken: tokens[0] });
    expect(g.ok).toBe(true);
    expect((await back.waitFor((p) => p.event === "game:snapshot")).data).toMatchObject({ gameId: ids[0], seq: 1, status: "finished", saved: true });
  });

  it("a seat resumes a game no longer in memory with the snapshot the live room gave it", async () => {
    const host = await client("Ada");
    const joiner = await client("Bo");
    const a = await host.request<SeatGrant>("game:create", { ...game({ B: { kind: "human" } }), player: host.player });
    if (!a.ok) throw new Error(a.error.code);
    const b = await joiner.request<SeatGrant>("game:join", { code: a.code, player: joiner.player });
    if (!b.ok) throw new Error(b.error.code);
    // Held strongly on purpose: what the live room would send each seat on its resume.
    const live = t.server.registry.get(a.gameId) as GameRoom;
    await host.waitFor(storedSnapshot(a.gameId), 20_000);
    await joiner.waitFor(storedSnapshot(a.gameId), 20_000);
    await eventually(async () => t.server.registry.get(a.gameId) === undefined);
    expect(t.server.service.finishedRooms.peek(a.gameId)).toBeUndefined();
    const rebuilt = t.server.service.finishedRooms.size;

    for (const [grant, name] of [[a, "Ada again"], [b, "Bo again"]] as const) {
      const back = await client(name);
      const shown = live.snapshot(grant.seat).seq;
      expect(await back.request("game:resume", { gameId: grant.gameId, seatToken: grant.seatToken })).toMatchObject({ ok: true, seat: grant.seat, code: a.code });
      const resumed = (await back.waitFor((p) => p.event === "game:snapshot")).data as GameSnapshot;
      // A friend game's numbers go on from the live room's (the other seat's page, still open, takes them).
      expect(resumed.seq).toBeGreaterThanOrEqual(shown);
      expect(resumed.status).toBe("finished");
      // Byte for byte what the live room would send now: the same body, the same number.
      expect(JSON.stringify(resumed)).toBe(JSON.stringify(live.snapshot(grant.seat)));
    }
    // Both seats' reloads replayed the game once.
    expect(t.server.service.finishedRooms.size).toBe(rebuilt + 1);

    const stranger = await client("Cy");
    expect(await stranger.request("game:resume", { gameId: a.gameId, seatToken: "x".repeat(43) })).toMatchObject({ ok: false, error: { code: "BAD_TOKEN" } });
    expect(await stranger.request("game:resume", { gameId: "NoSuchGame12", seatToken: a.seatToken })).toMatchObject({ ok: false, error: { code: "UNKNOWN_GAME" } });
    expect(await host.request("game:move", { gameId: a.gameId, seatToken: a.seatToken, move: { type: "commit", decision: "attack" } })).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
  });
});

describe("a stored friend game's rematch", () => {
  it("is kept for the retention only, then the rematch is over", async () => {
    const short = await startTestServer({ registry: { finishedRetentionMs: 1_500 } });
    const host = new TestClient(short.server.url, "Ada");
    const joiner = new TestClient(short.server.url, "Bo");
    clients.push(host, joiner);
    await Promise.all([host.connected(), joiner.connected()]);
    try {
      const a = await host.request<SeatGrant>("game:create", { ...game({ B: { kind: "human" } }), player: host.player });
      if (!a.ok) throw new Error(a.error.code);
      const b = await joiner.request<SeatGrant>("game:join", { code: a.code, player: joiner.player });
      if (!b.ok) throw new Error(b.error.code);
      await host.waitFor(storedSnapshot(a.gameId), 20_000);
      await eventually(async () => short.server.registry.get(a.gameId) === undefined);
      // Kept: nothing of the game but its rematch and code.
      expect(short.server.registry.memoOf(a.gameId)).toEqual({ rematch: { status: "open" }, asks: 0, seqs: new Map([["A", expect.any(Number)], ["B", expect.any(Number)]]) });
      expect(short.server.registry.hasCode(a.code)).toBe(true);
      // Bo reloads within the retention: the room rebuilt for him (and kept for reloads) shares the memo.
      const boBack = new TestClient(short.server.url, "Bo again");
      clients.push(boBack);
      await boBack.connected();
      expect((await boBack.request("game:resume", { gameId: a.gameId, seatToken: b.seatToken })).ok).toBe(true);
      expect(short.server.service.finishedRooms.peek(a.gameId)).toBeDefined();
      await eventually(async () => short.server.registry.memoOf(a.gameId) === undefined);
      // Over for the rebuilt room too: the memo lapsed in place.
      expect(await boBack.request("game:rematch", { gameId: a.gameId, seatToken: b.seatToken })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
      expect(short.server.registry.hasCode(a.code)).toBe(false);

      const back = new TestClient(short.server.url, "Ada again");
      clients.push(back);
      await back.connected();
      expect((await back.request("game:resume", { gameId: a.gameId, seatToken: a.seatToken })).ok).toBe(true);
      const resumed = (await back.waitFor((p) => p.event === "game:snapshot")).data as GameSnapshot;
      expect(resumed.rematch).toEqual({ status: "lapsed" });
      expect(await back.request("game:rematch", { gameId: a.gameId, seatToken: a.seatToken })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    } finally {
      await short.stop();
      await short.db.cleanup();
    }
  });
});
