/**
 * Bad input: every inbound event gets generated malformed payloads, forged and stale tokens,
 * moves for the wrong seat and after dawn. Each must get a typed error, change nothing, and
 * leave the server up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SeededRandom } from "../engine/prng";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { eventually, freezeClock, mutations, newDeviceToken, refusalChecker, startTestServer, TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
let a: TestClient;
let b: TestClient;
let live: SeatGrant & { ok: true };
let liveB: SeatGrant & { ok: true };

beforeAll(async () => {
  t = await startTestServer();
  a = new TestClient(t.server.url, "Alpha");
  b = new TestClient(t.server.url, "Bravo");
  await Promise.all([a.connected(), b.connected()]);
  const created = await a.request<SeatGrant>("game:create", validCreate(a));
  if (!created.ok) throw new Error(created.error.code);
  live = created;
  const joined = await b.request<SeatGrant>("game:join", { code: live.code, player: b.player });
  if (!joined.ok) throw new Error(joined.error.code);
  liveB = joined;
  // Stop the live game's clock, so no tick can land between a check's before and after.
  await b.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "running");
  freezeClock(t, t.server.registry.get(live.gameId)!);
});
afterAll(async () => {
  a.close();
  b.close();
  await t.stop();
  await t.db.cleanup();
});

function validCreate(c: TestClient) {
  return { scenario: "generals", params: { captureProbability: 0.2, dawnTick: 200 }, seat: "A", others: { B: { kind: "human" } }, tickMs: 10_000, player: c.player };
}

/** The live game's whole state, to prove a refused input changed nothing. */
function fingerprint(): string {
  const room = t.server.registry.get(live.gameId)!;
  return JSON.stringify({ state: room.record.state, inputs: room.record.inputs.length, events: room.record.events.length, seats: room.seats, rooms: t.server.registry.size });
}

const expectRefused = refusalChecker(fingerprint);

describe("bad input gets a typed error and changes nothing", () => {
  const rng = new SeededRandom(99);

  it("game:create", async () => {
    const cases = mutations(validCreate(a), rng, ["params", "tickMs"]);
    cases.push({ name: "unknown scenario", payload: { ...validCreate(a), scenario: "three-generals" } });
    cases.push({ name: "bad params", payload: { ...validCreate(a), params: { captureProbability: 2 } } });
    cases.push({ name: "unknown seat", payload: { ...validCreate(a), seat: "C" } });
    cases.push({ name: "missing other seat", payload: { ...validCreate(a), others: {} } });
    cases.push({ name: "unknown bot", payload: { ...validCreate(a), others: { B: { kind: "bot", strategy: "telepathy" } } } });
    cases.push({ name: "enemy bot as general", payload: { ...validCreate(a), others: { B: { kind: "bot", strategy: "adversarial" } } } });
    cases.push({ name: "own seat among the others", payload: { ...validCreate(a), others: { A: { kind: "bot", strategy: "bold" }, B: { kind: "human" } } } });
    cases.push({ name: "oversized nickname", payload: { ...validCreate(a), player: { nickname: "n".repeat(25), deviceToken: newDeviceToken() } } });
    cases.push({ name: "markup nickname", payload: { ...validCreate(a), player: { nickname: "<script>", deviceToken: newDeviceToken() } } });
    for (const c of cases) await expectRefused(a, "game:create", c.payload);
    expect(cases.length).toBeGreaterThan(30);
  });

  it("game:join", async () => {
    const valid = { code: "ZZZZZZ", player: b.player };
    for (const c of mutations(valid, rng)) await expectRefused(b, "game:join", c.payload);
    await expectRefused(b, "game:join", valid, "UNKNOWN_GAME");
    await expectRefused(b, "game:join", { code: "O0I1L!", player: b.player }, "BAD_PAYLOAD");
  });

  it("game:resume", async () => {
    const valid = { gameId: live.gameId, seatToken: live.seatToken };
    for (const c of mutations(valid, rng)) await expectRefused(a, "game:resume", c.payload);
    await expectRefused(a, "game:resume", { gameId: live.gameId, seatToken: newDeviceToken() }, "BAD_TOKEN");
    await expectRefused(a, "game:resume", { gameId: "NoSuchGame1", seatToken: live.seatToken }, "UNKNOWN_GAME");
  });

  it("game:move", async () => {
    const valid = { gameId: live.gameId, seatToken: live.seatToken, move: { type: "send", kind: "plan" } };
    for (const c of mutations(valid, rng)) await expectRefused(a, "game:move", c.payload);
    const move = (m: unknown, token = live.seatToken) => ({ gameId: live.gameId, seatToken: token, move: m });
    await expectRefused(a, "game:move", move({ type: "teleport" }), "BAD_PAYLOAD");
    await expectRefused(a, "game:move", move({ type: "send", kind: "plan", seat: "B" }), "BAD_PAYLOAD");
    await expectRefused(a, "game:move", move({ type: "commit", decision: "maybe" }), "BAD_PAYLOAD");
    await expectRefused(a, "game:move", move({ type: "send", kind: "ack" }), "NOT_ALLOWED");
    await expectRefused(a, "game:move", move({ type: "capture", messengerId: 1 }), "NOT_YOUR_SEAT");
    await expectRefused(b, "game:move", move({ type: "send", kind: "plan" }, liveB.seatToken), "NOT_ALLOWED");
    await expectRefused(a, "game:move", move({ type: "send", kind: "plan" }, newDeviceToken()), "BAD_TOKEN");
  });

  it("game:rematch: malformed, not over yet, not a seat, no such game", async () => {
    const valid = { gameId: live.gameId, seatToken: live.seatToken };
    // Its own generator: the other cases keep the payloads they always had.
    for (const c of mutations(valid, new SeededRandom(5))) await expectRefused(a, "game:rematch", c.payload);
    await expectRefused(a, "game:rematch", valid, "GAME_NOT_FINISHED");
    await expectRefused(b, "game:rematch", { gameId: liveB.gameId, seatToken: liveB.seatToken }, "GAME_NOT_FINISHED");
    await expectRefused(a, "game:rematch", { gameId: live.gameId, seatToken: newDeviceToken() }, "BAD_TOKEN");
    await expectRefused(a, "game:rematch", { gameId: "NoSuchGame1", seatToken: live.seatToken }, "UNKNOWN_GAME");
  });

  it("a request without a callback gets a game:error event instead", async () => {
    const before = fingerprint();
    a.emitRaw("game:move", { gameId: live.gameId, seatToken: "forged-forged-forged-forged" });
    const error = await a.waitFor((p) => p.event === "game:error");
    expect(error.data).toMatchObject({ code: "BAD_PAYLOAD", event: "game:move" });
    a.emitRaw("game:move");
    a.emitRaw("game:move", 1, 2, 3);
    a.emitRaw("no-such-event", { hello: 1 });
    expect((await a.request("game:resume", { gameId: live.gameId, seatToken: live.seatToken })).ok).toBe(true);
    expect(fingerprint()).toBe(before);
  });

  it("moves after dawn and with the token of a finished game are refused", async () => {
    const c = new TestClient(t.server.url, "Late");
    await c.connected();
    const g = await c.request<SeatGrant>("game:create", { scenario: "generals", params: { dawnTick: 3 }, seat: "A", others: { B: { kind: "bot", strategy: "bold" } }, tickMs: 5, player: c.player });
    if (!g.ok) throw new Error(g.error.code);
    // Stored, the game leaves memory: a late move reaches the room rebuilt from the database.
    await c.waitFor((e) => e.event === "game:snapshot" && (e.data as GameSnapshot).saved === true);
    await eventually(async () => t.server.registry.get(g.gameId) === undefined);
    const trace = JSON.stringify(await t.server.service.finishedRooms.get(g.gameId).then((r) => r?.record.events));
    const res = await c.request("game:move", { gameId: g.gameId, seatToken: g.seatToken, move: { type: "commit", decision: "attack" } });
    expect(res).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
    expect(JSON.stringify(t.server.service.finishedRooms.peek(g.gameId)?.record.events)).toBe(trace);
    // A game nobody has: unknown.
    expect(await c.request("game:move", { gameId: "NoSuchGame12", seatToken: g.seatToken, move: { type: "send", kind: "plan" } })).toMatchObject({ ok: false, error: { code: "UNKNOWN_GAME" } });
    // A token of one game does not open another.
    await expectRefused(c, "game:move", { gameId: live.gameId, seatToken: g.seatToken, move: { type: "send", kind: "plan" } }, "BAD_TOKEN");
    c.close();
  });

  it("the server is still up and the live game still plays", async () => {
    expect((await fetch(`${t.server.url}/api/health`)).status).toBe(200);
    const res = await a.request("game:move", { gameId: live.gameId, seatToken: live.seatToken, move: { type: "send", kind: "plan" } });
    expect(res.ok).toBe(true);
  });
});

describe("floods", () => {
  it("are rate limited with a typed error, and the server stays up", async () => {
    // Never disconnected here: the socket budget's own test (abuse.test.ts) covers that.
    const limited = await startTestServer({ rateLimits: { perSocketPerSecond: 20, joinsPerMinute: 5, createsPerMinute: 5, strikesToDisconnect: 1e6 } });
    try {
      const c = new TestClient(limited.server.url, "Flood");
      await c.connected();
      const results = await Promise.all(Array.from({ length: 200 }, () => c.request("game:join", { code: "ZZZZZZ", player: c.player })));
      const codes = results.map((r) => (r.ok ? "ok" : r.error.code));
      expect(codes.filter((x) => x === "RATE_LIMITED").length).toBeGreaterThan(150);
      expect(codes.filter((x) => x === "UNKNOWN_GAME").length).toBeLessThanOrEqual(5);
      expect((await fetch(`${limited.server.url}/api/health`)).status).toBe(200);
      c.close();
    } finally {
      await limited.stop();
      await limited.db.cleanup();
    }
  });
});
