/**
 * Connection state recovery on one node (no Redis): a host whose connection drops and comes back
 * within the window is the same socket again, still in its rooms, and gets the dashboard it
 * missed, before its page resends anything. With `recoveryMs: 0` it comes back as a new socket.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { HostGrant } from "../protocol/classroom";
import { eventually, dashboardWith, startTestServer, TestClient, type TestServer } from "../testing/harness";
import { startTcpProxy, type TcpProxy } from "../testing/tcpProxy";

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
    t = await startTestServer({ classDashboardEveryMs: 20 });
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

  it("with recovery off, comes back as a new socket that must ask again", async () => {
    t = await startTestServer({ classDashboardEveryMs: 20, recoveryMs: 0 });
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
