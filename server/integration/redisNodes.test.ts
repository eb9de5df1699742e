/**
 * Two nodes on one Redis (a redis-server this test starts on a free port): a class dashboard that
 * node A pushes reaches a host socket on node B; serverSideEmit reaches the other node; a host
 * whose connection drops on A and comes back on B is recovered there with what it missed; with
 * Redis gone, each node still serves its own sockets and its health says so. Skipped without
 * redis-server, unless REQUIRE_REDIS=1. Each node has its own database (nothing is shared but
 * Redis), and restoreLiveGames stays off.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../app";
import { hostChannel } from "../classroom/classSockets";
import type { HostGrant, HostView } from "../protocol/classroom";
import { DEFAULT_RATE_LIMITS } from "../realtime/budget";
import { RedisUnreachable } from "../realtime/redisAdapter";
import { eventually, dashboardWith, startTestServer, TestClient, type TestServer } from "../testing/harness";
import { redisAvailable, startRedis, type TestRedis } from "../testing/redisServer";
import { startServerProcess } from "../testing/serverProcess";
import { createTestDatabase } from "../storage/testDatabase";
import { freePort, startTcpProxy } from "../testing/tcpProxy";

const withRedis = redisAvailable();
let redis: TestRedis;
let a: TestServer;
let b: TestServer;
const clients: TestClient[] = [];
const client = (url: string, name: string, reconnect = false) => {
  const c = new TestClient(url, name, { reconnect });
  clients.push(c);
  return c;
};

async function hostOn(url: string, reconnect = false) {
  const host = client(url, "Prof", reconnect);
  await host.connected();
  const grant = await host.request<HostGrant>("class:host", { title: "Two nodes", player: host.player });
  if (!grant.ok) throw new Error(grant.error.code);
  return { host, grant };
}

async function studentJoins(url: string, code: string, nickname: string) {
  const student = client(url, nickname);
  await student.connected();
  expect((await student.request("class:join", { code, player: student.player })).ok).toBe(true);
}

describe("REDIS_URL set but Redis unreachable", () => {
  it("refuses to start, saying what to do", async () => {
    const port = await freePort();
    const started = startServer({ port: 0, host: "127.0.0.1", ui: false, redisUrl: `redis://user:secret@127.0.0.1:${port}` });
    await expect(started).rejects.toBeInstanceOf(RedisUnreachable);
    await expect(started).rejects.toThrow(new RegExp(`REDIS_URL is set but Redis at redis://127\\.0\\.0\\.1:${port} cannot be reached .*unset REDIS_URL`));
    await expect(started).rejects.not.toThrow(/secret/);
  });

  it("stops the server process with exit code 1 and the reason", async () => {
    const db = await createTestDatabase();
    try {
      const port = await freePort();
      const started = startServerProcess(db.url, { env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
      await expect(started).rejects.toThrow(/server exited with 1:[\s\S]*Bivalent cannot start: REDIS_URL is set but Redis at/);
    } finally {
      await db.cleanup();
    }
  }, 30_000);
});

describe.skipIf(!withRedis)("two nodes on one Redis", () => {
  beforeAll(async () => {
    redis = await startRedis();
    // Its own names in Redis: runs never see each other's events.
    const redisPrefix = `test-${randomBytes(6).toString("hex")}`;
    a = await startTestServer({ redisUrl: redis.url, redisPrefix, classDashboardEveryMs: 20 });
    b = await startTestServer({ redisUrl: redis.url, redisPrefix, classDashboardEveryMs: 20 });
    // Both nodes read the stream before the first test sends anything.
    await eventually(async () => (await fetch(`${a.server.url}/api/health`)).ok && (await fetch(`${b.server.url}/api/health`)).ok);
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all([a, b].map(async (t) => (await t?.stop(), await t?.db.cleanup())));
    await redis?.kill();
  });

  it("a dashboard that node A pushes reaches a host socket on node B", async () => {
    const { grant } = await hostOn(a.server.url);
    if (!grant.ok) throw new Error("unreachable");
    const far = client(b.server.url, "Prof's tablet");
    await far.connected();
    // Node A puts a socket of node B in the session's host room (Redis carries the join).
    a.server.io.in(far.socket.id!).socketsJoin(hostChannel(grant.sessionId));
    await eventually(async () => b.server.io.sockets.adapter.rooms.get(hostChannel(grant.sessionId))?.has(far.socket.id!));
    await studentJoins(a.server.url, grant.code, "Ada");
    const view = (await far.waitFor(dashboardWith(grant.sessionId, "Ada"))).data as HostView;
    expect(view.code).toBe(grant.code);
    // Node B holds no class session: the view came from A.
    expect(b.server.classes.sessionById(grant.sessionId)).toBeUndefined();
  });

  it("serverSideEmit reaches the other node", async () => {
    const heard = new Promise<unknown>((resolve, reject) => {
      b.server.io.on("bivalent:test", resolve);
      setTimeout(() => reject(new Error("node B heard nothing")), 5_000).unref();
    });
    a.server.io.serverSideEmit("bivalent:test", { from: "A" });
    await expect(heard).resolves.toEqual({ from: "A" });
  });

  it("a host dropped on A comes back on B as itself, with the dashboard it missed", async () => {
    const relay = await startTcpProxy(a.server.port);
    try {
      const { host, grant } = await hostOn(relay.url, true);
      if (!grant.ok) throw new Error("unreachable");
      const id = host.socket.id;
      const watcher = client(a.server.url, "Prof's phone");
      await watcher.connected();
      expect((await watcher.request("class:watch", { sessionId: grant.sessionId, hostKey: grant.hostKey })).ok).toBe(true);

      relay.target = null;
      relay.cutAll();
      await eventually(async () => !a.server.io.sockets.sockets.has(id!));
      await studentJoins(a.server.url, grant.code, "Bea");
      await watcher.waitFor(dashboardWith(grant.sessionId, "Bea"));

      // The load balancer sends it to the other node.
      relay.target = b.server.port;
      await eventually(async () => host.socket.connected);
      expect(b.server.io.sockets.sockets.has(id!)).toBe(true);
      expect(host.socket.recovered).toBe(true);
      expect(host.socket.id).toBe(id);
      await host.waitFor(dashboardWith(grant.sessionId, "Bea"));
      // Its rooms came with it: A's next push reaches it on B.
      await studentJoins(a.server.url, grant.code, "Cal");
      await host.waitFor(dashboardWith(grant.sessionId, "Cal"));
    } finally {
      await relay.close();
    }
  });

  it("a node stopped by SIGTERM leaves its sockets' sessions in Redis: they come back on another node", async () => {
    const db = await createTestDatabase();
    // The real server process, with Redis's default names; the node it hands over to uses them too.
    const node = await startServerProcess(db.url, { env: { REDIS_URL: redis.url } });
    const other = await startTestServer({ redisUrl: redis.url });
    const relay = await startTcpProxy(Number(new URL(node.url).port));
    try {
      const { host } = await hostOn(relay.url, true);
      const id = host.socket.id;
      relay.target = null;
      const started = Date.now();
      node.child.kill("SIGTERM");
      expect(await node.exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(host.packets.some((p) => p.event === "server:restarting")).toBe(true);
      relay.target = other.server.port;
      await eventually(async () => host.socket.connected);
      expect(host.socket.recovered).toBe(true);
      expect(host.socket.id).toBe(id);
    } finally {
      if (node.child.exitCode === null) node.child.kill("SIGKILL");
      await relay.close();
      await other.stop();
      await Promise.all([db.cleanup(), other.db.cleanup()]);
    }
  }, 30_000);

  it("a socket over its budget hears OVER_BUDGET before its node closes it (the event does not wait for Redis)", async () => {
    const strict = await startTestServer({ redisUrl: redis.url, rateLimits: { ...DEFAULT_RATE_LIMITS, perSocketPerSecond: 20, strikesToDisconnect: 20 } });
    try {
      const c = client(strict.server.url, "Flood");
      await c.connected();
      const closed = new Promise<number>((resolve) => c.socket.once("disconnect", () => resolve(c.packets.length)));
      const bogus = { gameId: "nosuchgame", seatToken: "x".repeat(32), move: { type: "send", kind: "plan" } };
      for (let i = 0; i < 100; i++) c.emitRaw("game:move", bogus);
      const seen = await closed;
      expect(c.packets.slice(0, seen).find((p) => p.event === "game:error" && (p.data as { code: string }).code === "OVER_BUDGET")).toBeDefined();
    } finally {
      await strict.stop();
      await strict.db.cleanup();
    }
  });

  it("with Redis gone, a node still serves its own sockets, its health says so, and it stops promptly", async () => {
    const { host, grant } = await hostOn(a.server.url);
    if (!grant.ok) throw new Error("unreachable");
    const third = await startTestServer({ redisUrl: redis.url });
    const thirdsClient = client(third.server.url, "Third's guest");
    await thirdsClient.connected();
    await redis.kill();
    try {
      const health = await eventually(async () => {
        const res = await fetch(`${a.server.url}/api/health`);
        return res.status === 503 ? ((await res.json()) as { ok: boolean; redis: { ok: boolean; lastError: string | null; since: string | null } }) : null;
      });
      expect(health.ok).toBe(false);
      expect(health.redis.ok).toBe(false);
      expect(health.redis.since).not.toBeNull();
      await studentJoins(a.server.url, grant.code, "Dee");
      await host.waitFor(dashboardWith(grant.sessionId, "Dee"));
      // Its sockets' sessions cannot be written, its readers wait for Redis: none of it holds the stop.
      const stopping = Date.now();
      await third.stop();
      expect(Date.now() - stopping).toBeLessThan(3_000);
    } finally {
      await third.stop();
      await third.db.cleanup();
      await redis.restart();
    }
    await eventually(async () => (await fetch(`${a.server.url}/api/health`)).ok, 10_000);
    const health = (await (await fetch(`${a.server.url}/api/health`)).json()) as { redis: unknown };
    expect(health.redis).toEqual({ ok: true, lastError: null, since: null, nodes: expect.any(Number) });
  });
});
