/**
 * The Bot API over real sockets (docs/bot-api.md): a player makes a bot over HTTP, the example
 * general (examples/bots/typescript) plays a whole game with its token, the game is stored with
 * the seat marked as that bot's and ranked nowhere; bad and revoked tokens are refused at the
 * handshake; a bot's socket acts only with the seat tokens it holds.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { play } from "../../examples/bots/typescript/general";
import { verifyTrace } from "../engine/verify";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { getPrisma } from "../storage/db";
import { hashDeviceToken } from "../storage/prismaGameStore";
import { MAX_BOTS_PER_OWNER } from "../storage/botStore";
import { snapshotSchema } from "../testing/snapshotSchema";
import { eventually, isFinished, newDeviceToken, NO_LIMITS, startTestServer, TestClient, traceOf, type TestServer } from "../testing/harness";

let t: TestServer;
const clients: TestClient[] = [];
const owner = newDeviceToken();

beforeAll(async () => {
  t = await startTestServer();
  // Bots belong to a player: a device that has played (here written directly).
  await getPrisma(t.db.url).player.create({ data: { deviceHash: hashDeviceToken(owner), nickname: "Owner" } });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> & { error?: { code: string } } }> {
  const res = await fetch(`${t.server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function newBot(name: string): Promise<{ id: string; token: string }> {
  const made = await post("/api/bots", { deviceToken: owner, name });
  expect(made.status).toBe(201);
  return { id: (made.json.bot as { id: string }).id, token: made.json.token as string };
}

/** A connected bot socket, or the connect_error's data when the handshake is refused. */
async function botClient(botToken: unknown): Promise<TestClient | { code: string }> {
  const c = new TestClient(t.server.url, "bot", { auth: { botToken } });
  clients.push(c);
  try {
    await c.connected();
    return c;
  } catch (err) {
    return (err as { data: { code: string } }).data;
  }
}

const slowGame = (others: object = { B: { kind: "bot", strategy: "timid" } }) => ({
  scenario: "generals",
  params: { captureProbability: 0.2, crossingTicks: 2, dawnTick: 200 },
  seat: "A",
  others,
  tickMs: 10_000,
});

describe("bot accounts over HTTP", () => {
  it("creates, lists and revokes a device's bots; refuses strangers, bad names and a sixth bot", async () => {
    expect((await post("/api/bots", { deviceToken: newDeviceToken(), name: "Nobody" })).json.error?.code).toBe("UNKNOWN_PLAYER");
    expect((await post("/api/bots", { deviceToken: owner, name: "<script>" })).json.error?.code).toBe("BAD_PAYLOAD");
    expect((await post("/api/bots", { deviceToken: owner, name: "x", extra: 1 })).json.error?.code).toBe("BAD_PAYLOAD");
    const made = await Promise.all(Array.from({ length: MAX_BOTS_PER_OWNER + 1 }, (_, i) => post("/api/bots", { deviceToken: owner, name: `Bot ${i}` })));
    expect(made.filter((m) => m.status === 201)).toHaveLength(MAX_BOTS_PER_OWNER);
    expect(made.filter((m) => m.json.error?.code === "BOT_LIMIT")).toHaveLength(1);
    const listed = (await post("/api/bots/list", { deviceToken: owner })).json.bots as { id: string; revokedAt: string | null }[];
    expect(listed).toHaveLength(MAX_BOTS_PER_OWNER);
    expect(JSON.stringify(listed)).not.toMatch(/bvb_|tokenHash/);
    for (const bot of listed) expect((await post("/api/bots/revoke", { deviceToken: owner, botId: bot.id })).status).toBe(200);
    // Only the owner's device revokes: another device learns nothing of the bot.
    const stranger = newDeviceToken();
    await getPrisma(t.db.url).player.create({ data: { deviceHash: hashDeviceToken(stranger), nickname: "Stranger" } });
    expect((await post("/api/bots/revoke", { deviceToken: stranger, botId: listed[0].id })).json.error?.code).toBe("UNKNOWN_BOT");
    expect((await fetch(`${t.server.url}/api/bots/list`)).status).toBe(405);
  });
});

describe("the Bot API", () => {
  it("refuses unknown, malformed and revoked tokens at the handshake, and closes a revoked bot's sockets", async () => {
    expect(await botClient(`bvb_${"A".repeat(43)}`)).toEqual(expect.objectContaining({ code: "BAD_BOT_TOKEN" }));
    expect(await botClient("not a token")).toEqual(expect.objectContaining({ code: "BAD_BOT_TOKEN" }));
    expect(await botClient(42)).toEqual(expect.objectContaining({ code: "BAD_BOT_TOKEN" }));
    const bot = await newBot("Revokee");
    const open = (await botClient(bot.token)) as TestClient;
    expect(open.socket.connected).toBe(true);
    const grant = await open.request<SeatGrant>("game:create", slowGame());
    if (!grant.ok) throw new Error(JSON.stringify(grant));
    const closed = new Promise<void>((resolve) => open.socket.once("disconnect", () => resolve()));
    await post("/api/bots/revoke", { deviceToken: owner, botId: bot.id });
    await closed;
    expect(await botClient(bot.token)).toEqual(expect.objectContaining({ code: "BAD_BOT_TOKEN" }));
    // The seat token its program kept is void too, from any socket.
    const plain = new TestClient(t.server.url, "Plain");
    clients.push(plain);
    await plain.connected();
    const move = { gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "send", kind: "plan" } };
    expect(await plain.request("game:move", move)).toEqual({ ok: false, error: expect.objectContaining({ code: "BAD_TOKEN" }) });
  });

  it("plays the TypeScript example to dawn: a checked game with the seat recorded as the bot's, on no human board", async () => {
    const bot = await newBot("Chainbot");
    const result = await play({ url: t.server.url, botToken: bot.token, tickMs: 15 });
    expect(["victory", "no-battle", "defeat-A", "defeat-B"]).toContain(result.outcome);
    const trace = await traceOf(t.server.url, result.gameId);
    expect(verifyTrace(trace)).toEqual(expect.objectContaining({ ok: true }));
    expect(trace.outcome).toBe(result.outcome);
    expect(trace.seats.find((s) => s.seat === "A")).toEqual({ seat: "A", kind: "bot", name: "Chainbot", playerId: null, botId: bot.id });
    const db = getPrisma(t.db.url);
    const seat = await eventually(() => db.gameSeat.findUnique({ where: { gameId_seat: { gameId: result.gameId, seat: "A" } } }));
    expect(seat).toEqual(expect.objectContaining({ kind: "bot", botId: bot.id, playerId: null, strategy: null }));
    // No human played, so no player has totals: the bot is on no leaderboard.
    expect(await db.playerStat.count()).toBe(0);
  });

  it("marks the bot's seat in its snapshots, and refuses persons as opponents and requests bots may not send", async () => {
    const bot = await newBot("Marked");
    const c = (await botClient(bot.token)) as TestClient;
    expect((await c.request("game:create", slowGame({ B: { kind: "human" } }))).ok).toBe(false);
    expect((await c.request("game:join", { code: "ABCDEF", player: c.player })) as unknown).toEqual({ ok: false, error: expect.objectContaining({ code: "NOT_FOR_BOTS" }) });
    // One handler table: an extension's request (a class's) is refused to bots too, naming what they may send; an unknown one is unknown.
    expect(await c.request("class:host", {})).toEqual({ ok: false, error: { code: "NOT_FOR_BOTS", message: expect.stringContaining("game:create, game:resume, game:move") } });
    expect(await c.request("game:nothing", {})).toEqual({ ok: false, error: expect.objectContaining({ code: "UNKNOWN_EVENT" }) });
    const grant = await c.request<SeatGrant>("game:create", slowGame());
    if (!grant.ok) throw new Error(JSON.stringify(grant));
    const snap = (await c.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "running")).data as GameSnapshot;
    expect(snap.seats.find((s) => s.seat === "A")).toEqual({ seat: "A", kind: "bot", name: "Marked", botId: bot.id });
    expect((await c.request("game:move", { gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "send", kind: "plan" } })).ok).toBe(true);
    // A pass is answered like a move; a pass with more in it is no pass, and no move of the scenario.
    expect(await c.request("game:move", { gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "pass" } })).toEqual({ ok: true, seq: expect.any(Number) });
    expect(await c.request("game:move", { gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "pass", kind: "plan" } })).toEqual({ ok: false, error: expect.objectContaining({ code: "BAD_PAYLOAD" }) });
    // Every snapshot the bot got holds exactly the documented fields, its seat's view and no more.
    const envelope = snapshotSchema({ scenario: "generals", seat: z.literal("A"), announced: z.unknown() });
    for (const s of c.snapshots()) expect(envelope.safeParse(s).success, JSON.stringify(s).slice(0, 200)).toBe(true);
    expect(JSON.stringify(c.snapshots())).not.toMatch(/"seed"|"fate"/);
  });

  it("acts only with the seat tokens it holds: another seat's game, view and moves stay out of reach", async () => {
    const human = new TestClient(t.server.url, "Human");
    clients.push(human);
    await human.connected();
    const theirs = await human.request<SeatGrant>("game:create", { ...slowGame(), player: human.player });
    if (!theirs.ok) throw new Error(JSON.stringify(theirs));
    await human.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "running");
    const before = JSON.stringify(human.lastSnapshot());

    const bot = await newBot("Forger");
    const c = (await botClient(bot.token)) as TestClient;
    const mine = await c.request<SeatGrant>("game:create", slowGame());
    if (!mine.ok) throw new Error(JSON.stringify(mine));
    const forged = [mine.seatToken, "F".repeat(32), theirs.seatToken.slice(0, -1) + (theirs.seatToken.endsWith("A") ? "B" : "A")];
    for (const seatToken of forged) {
      expect(await c.request("game:move", { gameId: theirs.gameId, seatToken, move: { type: "commit", decision: "attack" } })).toEqual({ ok: false, error: expect.objectContaining({ code: "BAD_TOKEN" }) });
      expect(await c.request("game:resume", { gameId: theirs.gameId, seatToken })).toEqual({ ok: false, error: expect.objectContaining({ code: "BAD_TOKEN" }) });
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(c.snapshots().filter((s) => s.gameId === theirs.gameId)).toEqual([]);
    expect(JSON.stringify(human.lastSnapshot())).toBe(before);
    expect(human.packets.some(isFinished)).toBe(false);
  });
});

describe("the Bot API's budgets", () => {
  it("limits bot creations per address over HTTP, and a bot's game creations like a person's", async () => {
    const limited = await startTestServer({ rateLimits: { ...NO_LIMITS, createsPerMinute: 2 } });
    try {
      const device = newDeviceToken();
      await getPrisma(limited.db.url).player.create({ data: { deviceHash: hashDeviceToken(device), nickname: "Busy" } });
      const create = () => fetch(`${limited.server.url}/api/bots`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ deviceToken: device, name: "Busy bot" }) });
      const answers = [await create(), await create(), await create()];
      expect(answers.map((a) => a.status)).toEqual([201, 201, 429]);
      const { token } = (await answers[0].json()) as { token: string };
      const c = new TestClient(limited.server.url, "bot", { auth: { botToken: token } });
      clients.push(c);
      await c.connected();
      const codes = [];
      for (let i = 0; i < 3; i++) {
        const res = await c.request("game:create", slowGame());
        codes.push(res.ok ? "ok" : res.error.code);
      }
      expect(codes).toEqual(["ok", "ok", "RATE_LIMITED"]);
    } finally {
      await limited.stop();
      await limited.db.cleanup();
    }
  });
});

