/**
 * Connection state recovery on one node (no Redis; off by default there, so these servers turn
 * it on with `recoveryMs`): a host whose connection drops and comes back
 * within the window is the same socket again, still in its rooms, and gets the dashboard it
 * missed, before its page resends anything. A player whose network goes silent mid-game gets the
 * snapshots lost in the silence replayed: every number, in order, none missing. Without it (the
 * default on one node) it comes back as a new socket and those snapshots are gone.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { HostGrant } from "../protocol/classroom";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { dashboardWith, eventually, isFinished, startTestServer, TestClient, type TestServer } from "../testing/harness";
import { quickGame } from "../testing/quickGame";
import { startTcpProxy, type TcpProxy } from "../testing/tcpProxy";

const RECOVERY_MS = 120_000;
let t: TestServer | null = null;
let proxy: TcpProxy | null = null;
const clients: TestClient[] = [];

afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await proxy?.close();
  await t?.stop();
  await t?.db.cleanup();
  t = proxy = null;
});

const client = (url: string, name: string, reconnect = false) => {
  const c = new TestClient(url, name, { reconnect });
  clients.push(c);
  return c;
};

/** The host (through the relay) and a second watcher of its session (direct). */
async function hostBehindRelay(server: TestServer) {
  proxy = await startTcpProxy(server.server.port);
  const host = client(proxy.url, "Prof", true);
  await host.connected();
  const grant = await host.request<HostGrant>("class:host", { title: "Recovery", player: host.player });
  if (!grant.ok) throw new Error(grant.error.code);
  const watcher = client(server.server.url, "Prof's phone");
  await watcher.connected();
  expect((await watcher.request("class:watch", { sessionId: grant.sessionId, hostKey: grant.hostKey })).ok).toBe(true);
  return { host, watcher, grant, relay: proxy };
}

/** Cut the host's connection and keep it out until `letBackIn`; a student joins meanwhile. */
async function studentJoinsWhileHostAway(server: TestServer, relay: TcpProxy, watcher: TestClient, grant: HostGrant & { ok: true }) {
  const port = relay.target;
  relay.target = null;
  relay.cutAll();
  await eventually(async () => server.server.io.sockets.sockets.size === 1); // only the watcher
  const student = client(server.server.url, "Late Lou");
  await student.connected();
  expect((await student.request("class:join", { code: grant.code, player: student.player })).ok).toBe(true);
  await watcher.waitFor(dashboardWith(grant.sessionId, "Late Lou"));
  return { letBackIn: () => void (relay.target = port) };
}

describe("connection state recovery, one node", () => {
  it("gives a host back its socket, its rooms and the dashboard it missed", async () => {
    t = await startTestServer({ classDashboardEveryMs: 20, recoveryMs: RECOVERY_MS });
    const { host, watcher, grant, relay } = await hostBehindRelay(t);
    if (!grant.ok) throw new Error("unreachable");
    const id = host.socket.id;
    const seenBefore = host.packets.length;
    const away = await studentJoinsWhileHostAway(t, relay, watcher, grant);
    expect(host.socket.connected).toBe(false);
    away.letBackIn();
    await eventually(async () => host.socket.connected);
    expect(host.socket.recovered).toBe(true);
    expect(host.socket.id).toBe(id);
    // Replayed, not resent: the page has asked nothing since it came back.
    const missed = await host.waitFor(dashboardWith(grant.sessionId, "Late Lou"));
    expect(host.packets.indexOf(missed)).toBeGreaterThanOrEqual(seenBefore);
    // Still in the host's room: the next push reaches it with nothing asked.
    const second = client(t.server.url, "Second Sam");
    await second.connected();
    expect((await second.request("class:join", { code: grant.code, player: second.player })).ok).toBe(true);
    await host.waitFor(dashboardWith(grant.sessionId, "Second Sam"));
  });

  it("with recovery off (the default on one node), comes back as a new socket that must ask again", async () => {
    t = await startTestServer({ classDashboardEveryMs: 20 });
    const { host, watcher, grant, relay } = await hostBehindRelay(t);
    if (!grant.ok) throw new Error("unreachable");
    const id = host.socket.id;
    const away = await studentJoinsWhileHostAway(t, relay, watcher, grant);
    away.letBackIn();
    await eventually(async () => host.socket.connected);
    expect(host.socket.recovered).toBeFalsy();
    expect(host.socket.id).not.toBe(id);
    expect(host.packets.some(dashboardWith(grant.sessionId, "Late Lou"))).toBe(false);
    expect((await host.request("class:watch", { sessionId: grant.sessionId, hostKey: grant.hostKey })).ok).toBe(true);
    await host.waitFor(dashboardWith(grant.sessionId, "Late Lou"));
  });
});

/**
 * A game against a bot through the relay; the network goes silent for a few ticks, then drops;
 * the client comes back and resumes its seat, as the game page does. Returns the seat's snapshot
 * numbers in the order they arrived, and whether the connection was recovered.
 */
async function playThroughSilence(server: TestServer): Promise<{ seqs: number[]; recovered: boolean }> {
  proxy = await startTcpProxy(server.server.port);
  const relay = proxy;
  const player = client(relay.url, "Pat", true);
  await player.connected();
  const grant = await player.request<SeatGrant>("game:create", { ...quickGame(player), params: { captureProbability: 0, crossingTicks: 1, dawnTick: 60 }, tickMs: 25 });
  if (!grant.ok) throw new Error(grant.error.code);
  const ofGame = () => player.snapshots().filter((s) => s.gameId === grant.gameId);
  await eventually(async () => ofGame().some((s) => s.seq >= 3));
  const port = relay.target;
  relay.frozen = true;
  await new Promise((r) => setTimeout(r, 250)); // about ten ticks, each a snapshot lost in the silence
  relay.target = null;
  relay.cutAll();
  relay.frozen = false;
  await eventually(async () => server.server.io.sockets.sockets.size === 0);
  relay.target = port;
  await eventually(async () => player.socket.connected);
  expect((await player.request("game:resume", { gameId: grant.gameId, seatToken: grant.seatToken })).ok).toBe(true);
  await player.waitFor((p) => isFinished(p) && (p.data as GameSnapshot).gameId === grant.gameId, 10_000);
  return { seqs: ofGame().map((s) => s.seq), recovered: Boolean(player.socket.recovered) };
}

/** Steps between consecutive snapshot numbers, counted: `{ 1: 40, 0: 1 }`. */
const steps = (seqs: number[]) => {
  const count: Record<number, number> = {};
  for (let i = 1; i < seqs.length; i++) count[seqs[i] - seqs[i - 1]] = (count[seqs[i] - seqs[i - 1]] ?? 0) + 1;
  return count;
};

describe("a player's network goes silent mid-game", () => {
  it("recovered: the snapshots lost in the silence are replayed, in order, none missing", async () => {
    t = await startTestServer({ recoveryMs: RECOVERY_MS });
    const { seqs, recovered } = await playThroughSilence(t);
    expect(recovered).toBe(true);
    expect(seqs[0]).toBe(1);
    // Every number from 1 to the last, in order. A number comes twice only from a resync, which
    // repeats an unchanged view: on entering the seat, and on resuming it if no tick came between.
    expect(Object.keys(steps(seqs)).filter((k) => k !== "0" && k !== "1")).toEqual([]);
    expect(steps(seqs)[0] ?? 0).toBeLessThanOrEqual(2);
  });

  it("without recovery: a gap, closed by the resume's full snapshot", async () => {
    t = await startTestServer();
    const { seqs, recovered } = await playThroughSilence(t);
    expect(recovered).toBe(false);
    expect(Object.keys(steps(seqs)).some((k) => Number(k) > 1)).toBe(true);
  });
});
