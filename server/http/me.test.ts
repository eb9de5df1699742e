/**
 * POST /api/me over a real HTTP server on an ephemeral port, with a lookup standing in for the
 * database: a known device learns its public id (and gets it in a cookie), a new device is no
 * error (200, nobody, no cookie), and bad requests are refused without asking the lookup.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleMe, PLAYER_COOKIE, type PlayerLookup } from "./me";

const KNOWN = "known-device-token-0123456789";
const asked: string[] = [];
const lookup: PlayerLookup = async (token) => {
  asked.push(token);
  return token === KNOWN ? { id: "player_1", nickname: "Ada" } : null;
};

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => void handleMe(req, res, lookup));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/me`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
});

const post = (body: string) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });

describe("POST /api/me", () => {
  it("answers a known device's public id and nickname, and sets the id (never the token) in a cookie", async () => {
    const res = await post(JSON.stringify({ deviceToken: KNOWN }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ playerId: "player_1", nickname: "Ada" });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toContain(`${PLAYER_COOKIE}=player_1`);
    expect(cookie).not.toContain(KNOWN);
  });

  it("answers a device that has not played yet with 200 and nobody: a first visit is no error, and sets no cookie", async () => {
    const res = await post(JSON.stringify({ deviceToken: "a-new-device-token-000000" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ playerId: null, nickname: null });
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a bad body (400) and another method (405) without asking who the device is", async () => {
    asked.length = 0;
    for (const body of ["{", "{}", JSON.stringify({ deviceToken: "short" }), JSON.stringify({ deviceToken: KNOWN, extra: 1 }), JSON.stringify({ deviceToken: "x".repeat(2000) })]) {
      const res = await post(body);
      expect(res.status, body.slice(0, 40)).toBe(400);
      expect((await res.json()).error.code).toBe("BAD_PAYLOAD");
    }
    const get = await fetch(url);
    expect(get.status).toBe(405);
    expect((await get.json()).error.code).toBe("METHOD_NOT_ALLOWED");
    expect(asked).toEqual([]);
  });
});
