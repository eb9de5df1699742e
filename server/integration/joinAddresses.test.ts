/**
 * Where students join, over a real server on an ephemeral port: the class host asks
 * `GET /api/class/:id/join-addresses` with the host key and gets PUBLIC_URL when it is set, the
 * machine's LAN addresses with the server's real port when it is not, and nothing on a server
 * that listens on loopback only. Nobody without the host key learns the machine's addresses.
 */
import type { NetworkInterfaceInfo } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostGrant } from "../protocol/classroom";
import type { JoinAddresses } from "../protocol/joinAddresses";
import { startServer } from "../app";
import { startTestServer, TestClient, type TestServer } from "../testing/harness";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";

const wifi = (address: string, family: "IPv4" | "IPv6"): NetworkInterfaceInfo =>
  family === "IPv4"
    ? { address, netmask: "255.255.255.0", family, mac: "02:00:00:00:00:01", internal: false, cidr: `${address}/24` }
    : { address, netmask: "ffff:ffff:ffff:ffff::", family, mac: "02:00:00:00:00:01", internal: false, cidr: `${address}/64`, scopeid: 0 };
const interfaces = () => ({
  lo: [{ ...wifi("127.0.0.1", "IPv4"), internal: true }],
  wlan0: [wifi("192.168.1.20", "IPv4"), wifi("fe80::1", "IPv6"), wifi("fd00::20", "IPv6")],
});

let db: TestDatabase;
let withPublicUrl: TestServer;
let onLan: TestServer;
let loopbackOnly: TestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  withPublicUrl = await startTestServer({ publicUrl: "http://192.168.1.20:3000/", networkInterfaces: interfaces }, db);
  // Every interface, as `npm start` listens by default (HOST unset).
  onLan = await startTestServer({ host: undefined, networkInterfaces: interfaces }, db);
  loopbackOnly = await startTestServer({ host: "127.0.0.1", networkInterfaces: interfaces }, db);
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  for (const t of [withPublicUrl, onLan, loopbackOnly]) await t?.stop();
  await db?.cleanup();
});

async function hostSession(t: TestServer) {
  const host = new TestClient(t.server.url, "Prof");
  clients.push(host);
  await host.connected();
  const grant = await host.request<HostGrant>("class:host", { title: "Week 3", player: host.player });
  if (!grant.ok) throw new Error(grant.error.code);
  return grant;
}

async function addressesOf(t: TestServer, sessionId: string, hostKey: string): Promise<{ status: number; body: JoinAddresses }> {
  const res = await fetch(`${t.server.url}/api/class/${sessionId}/join-addresses`, { headers: { authorization: `Bearer ${hostKey}` } });
  return { status: res.status, body: (await res.json()) as JoinAddresses };
}

describe("GET /api/class/:id/join-addresses", () => {
  it("gives the host PUBLIC_URL, normalised, when it is set", async () => {
    const grant = await hostSession(withPublicUrl);
    const { status, body } = await addressesOf(withPublicUrl, grant.sessionId, grant.hostKey);
    expect(status).toBe(200);
    expect(body.publicUrl).toBe("http://192.168.1.20:3000");
  });

  it("gives the host the LAN addresses with the server's own port when PUBLIC_URL is unset", async () => {
    const grant = await hostSession(onLan);
    const { status, body } = await addressesOf(onLan, grant.sessionId, grant.hostKey);
    expect(status).toBe(200);
    expect(body).toEqual({
      publicUrl: null,
      listening: "all",
      lan: [
        { url: `http://192.168.1.20:${onLan.server.port}`, interface: "wlan0", family: "IPv4" },
        { url: `http://[fd00::20]:${onLan.server.port}`, interface: "wlan0", family: "IPv6" },
      ],
    });
  });

  it("says so when the server listens on loopback only, and offers no address", async () => {
    const grant = await hostSession(loopbackOnly);
    const { body } = await addressesOf(loopbackOnly, grant.sessionId, grant.hostKey);
    expect(body).toEqual({ publicUrl: null, listening: "loopback", lan: [] });
  });

  it("tells nobody else: no key, a wrong key, a student's token, an unknown session", async () => {
    const grant = await hostSession(onLan);
    const student = new TestClient(onLan.server.url, "Ada");
    clients.push(student);
    await student.connected();
    const joined = await student.request<{ studentToken: string }>("class:join", { code: grant.code, player: student.player });
    if (!joined.ok) throw new Error(joined.error.code);
    const url = `${onLan.server.url}/api/class/${grant.sessionId}/join-addresses`;
    const tries: Record<string, string>[] = [{}, { authorization: "Bearer nope-nope-nope-nope-nope" }, { authorization: `Bearer ${joined.studentToken}` }];
    for (const headers of tries) {
      const res = await fetch(url, { headers });
      expect(res.status).toBe(403);
      const text = await res.text();
      expect(JSON.parse(text).error.code).toBe("BAD_HOST_KEY");
      expect(text).not.toContain("192.168");
    }
    const unknown = await fetch(`${onLan.server.url}/api/class/AAAAAAAAAAAA/join-addresses`, { headers: { authorization: `Bearer ${grant.hostKey}` } });
    expect(unknown.status).toBe(404);
    const post = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${grant.hostKey}` } });
    expect(post.status).toBe(405);
  });

  it("lets pages served from PUBLIC_URL open sockets (a proxy may present another Host)", async () => {
    const handshake = (t: TestServer, origin: string) => fetch(`${t.server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin } }).then((r) => r.status);
    expect(await handshake(withPublicUrl, "http://192.168.1.20:3000")).toBe(200);
    expect(await handshake(onLan, "http://192.168.1.20:3000")).toBe(403);
  });
});

describe("PUBLIC_URL at start", () => {
  it("a bad value stops the server before it listens, saying what is wrong", async () => {
    await expect(startServer({ port: 0, host: "127.0.0.1", ui: false, databaseUrl: db.url, publicUrl: "192.168.1.20:3000/class" })).rejects.toThrow(/PUBLIC_URL=.*not usable/);
  });
});
