/**
 * Security headers over a real server on an ephemeral port (issue 20): every /api route, answered
 * or refused, an unknown path, and socket.io's polling answers carry the CSP, X-Frame-Options,
 * nosniff, Referrer-Policy and Permissions-Policy; HSTS only with an https PUBLIC_URL. Pages,
 * static assets and Next's 404 need a build: e2e/headers.spec.ts checks those on the production server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testing/harness";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";

let db: TestDatabase;
let plain: TestServer;
let https: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  plain = await startTestServer({}, db);
  https = await startTestServer({ publicUrl: "https://bivalent.school.example" }, db);
});
afterAll(async () => {
  for (const t of [plain, https]) await t?.stop();
  await db?.cleanup();
});

/** Every route server/http answers (docs/protocol.md, docs/bot-api.md), with unknown ids: refusals carry the headers too. */
const API: { method: "GET" | "POST"; path: string; body?: unknown }[] = [
  { method: "GET", path: "/api/health" },
  { method: "GET", path: "/api/games/no-such-game/trace" },
  { method: "POST", path: "/api/games/no-such-game/trace" },
  { method: "POST", path: "/api/me", body: { deviceToken: "a-new-device-token-000000" } },
  { method: "POST", path: "/api/me", body: "not json" },
  { method: "POST", path: "/api/bots/list", body: { deviceToken: "a-new-device-token-000000" } },
  { method: "POST", path: "/api/bots", body: { deviceToken: "a-new-device-token-000000", name: "b" } },
  { method: "POST", path: "/api/bots/revoke", body: { deviceToken: "a-new-device-token-000000", botId: "x" } },
  { method: "GET", path: "/api/class/no-such-session/history" },
  { method: "GET", path: "/api/class/no-such-session/export.csv" },
  { method: "GET", path: "/api/class/no-such-session/join-addresses" },
  { method: "GET", path: "/api/nothing-here" },
  { method: "GET", path: "/no-such-page" },
];

const request = (base: string, r: (typeof API)[number]) =>
  fetch(base + r.path, {
    method: r.method,
    ...(r.body !== undefined ? { headers: { "content-type": "application/json" }, body: typeof r.body === "string" ? r.body : JSON.stringify(r.body) } : {}),
  });

/** The headers every answer must carry; returns the policy's nonce. */
function expectSecure(headers: Headers, where: string): string {
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp, where).toMatch(/^default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'; /);
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(headers.get("x-frame-options"), where).toBe("DENY");
  expect(headers.get("x-content-type-options"), where).toBe("nosniff");
  expect(headers.get("referrer-policy"), where).toBe("no-referrer");
  expect(headers.get("permissions-policy"), where).toContain("camera=()");
  return /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
}

describe("security headers", () => {
  it("are on every API answer and on a 404, with a fresh nonce each time and no HSTS without an https PUBLIC_URL", async () => {
    const nonces = new Set<string>();
    for (const r of API) {
      const res = await request(plain.server.url, r);
      await res.arrayBuffer();
      nonces.add(expectSecure(res.headers, `${r.method} ${r.path} (${res.status})`));
      expect(res.headers.get("strict-transport-security")).toBeNull();
    }
    expect(nonces.size).toBe(API.length);
  });

  it("name the page's own host as the socket endpoint", async () => {
    const res = await fetch(`${plain.server.url}/api/health`);
    const host = new URL(plain.server.url).host;
    expect(res.headers.get("content-security-policy")).toContain(`connect-src 'self' ws://${host} wss://${host};`);
  });

  it("name PUBLIC_URL's host, not the request's Host header, when PUBLIC_URL is set", async () => {
    const res = await fetch(`${https.server.url}/api/health`);
    expect(res.headers.get("content-security-policy")).toContain("connect-src 'self' ws://bivalent.school.example wss://bivalent.school.example;");
  });

  it("are on socket.io's polling answers and on its refusals, which engine.io writes itself", async () => {
    const handshake = await fetch(`${plain.server.url}/socket.io/?EIO=4&transport=polling`);
    expect(handshake.status).toBe(200);
    await handshake.text();
    expectSecure(handshake.headers, "socket.io polling handshake");
    const refusals: [string, RequestInit][] = [
      ["/socket.io/?EIO=4&transport=polling&sid=no-such-session", {}],
      ["/socket.io/?EIO=4&transport=carrier-pigeon", {}],
      ["/socket.io/?EIO=4&transport=polling", { headers: { origin: "https://evil.example" } }],
    ];
    for (const [path, init] of refusals) {
      const res = await fetch(plain.server.url + path, init);
      await res.arrayBuffer();
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expectSecure(res.headers, `socket.io refusal ${path} (${res.status})`);
    }
  });

  it("add HSTS on every answer, socket.io's included, when PUBLIC_URL is https", async () => {
    for (const path of ["/api/health", "/no-such-page", "/socket.io/?EIO=4&transport=polling"]) {
      const res = await fetch(https.server.url + path);
      await res.arrayBuffer();
      expectSecure(res.headers, path);
      expect(res.headers.get("strict-transport-security"), path).toBe("max-age=31536000");
    }
  });
});
