/**
 * The arena over real sockets (docs/bot-api.md, "The arena"): two bots join the generals' queue,
 * are matched together on night 0, play (here: never move), and the stored match has an entry per
 * bot against par and moved ratings; then both are back in their queues (b in lovers first). A lone bot
 * plays the house after the pair wait; a bot that disconnects mid-match is still rated; a
 * person's socket gets BOTS_ONLY; bad payloads are refused; a revoked bot leaves the queues.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArenaMatchNotice } from "../protocol/arena";
import type { GameSnapshot } from "../protocol/events";
import { getPrisma } from "../storage/db";
import { PrismaArenaStore } from "../storage/arenaStore";
import { parOf } from "../arena/nights";
import { botOwner, botSocket, newBot, ratedMatch, ratingOf, storedTrace } from "../testing/arenaKit";
import { eventually, startTestServer, TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: string;
const clients: TestClient[] = [];

beforeAll(async () => {
  t = await startTestServer({ arenaIntervalMs: 20, arenaPairWaitMs: 400, arenaTickMs: 20 });
  owner = await botOwner(t);
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

const track = (c: TestClient) => (clients.push(c), c);
const matchOf = async (c: TestClient, n = 1): Promise<ArenaMatchNotice> => {
  await c.waitFor(() => countMatches(c) >= n, 10_000);
  return matchNotices(c)[n - 1];
};
const matchNotices = (c: TestClient) => c.packets.filter((p) => p.event === "arena:match").map((p) => p.data as ArenaMatchNotice);
const countMatches = (c: TestClient) => matchNotices(c).length;

describe("the arena", () => {
  it("pairs two bots, stores the match with entries against par, moves both ratings, and serves them again", async () => {
    // Two owners: one owner's bots never share a match.
    const [one, two] = [await newBot(t, owner, "One"), await newBot(t, await botOwner(t), "Two")];
    const a = track(await botSocket(t, one.token));
    const b = track(await botSocket(t, two.token));
    expect(await a.request("arena:join", { scenarios: ["generals"] })).toEqual({ ok: true, scenarios: ["generals"] });
    expect(await b.request("arena:join", { scenarios: ["generals", "lovers"] })).toEqual({ ok: true, scenarios: ["generals", "lovers"] });
    const [ma, mb] = [await matchOf(a), await matchOf(b)];
    expect(ma.matchId).toBe(mb.matchId);
    expect(Object.keys(ma).sort()).toEqual(["gameId", "matchId", "night", "scenario", "seat", "seatToken"]);
    expect(ma.gameId).toBe(ma.matchId);
    expect([ma.seat, mb.seat]).toEqual(["A", "B"]);
    expect([ma.scenario, ma.night]).toEqual(["generals", 0]);
    // The socket holds its seat already: snapshots come without a game:resume.
    const first = (await a.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).gameId === ma.gameId)).data as GameSnapshot;
    expect(first.seat).toBe("A");
    expect(await a.request("game:move", { gameId: ma.gameId, seatToken: ma.seatToken, move: { type: "pass" } })).toMatchObject({ ok: true });

    const trace = await storedTrace(t, ma.gameId);
    expect(trace.seats.filter((s) => s.botId).map((s) => s.botId)).toEqual([one.id, two.id]);
    const match = await eventually(() => ratedMatch(t, ma.matchId), 10_000);
    const par = parOf("generals", trace.seed);
    expect(match.entries.map((e) => [e.seat, e.botId, e.parScore])).toEqual([["A", one.id, par.A], ["B", two.id, par.B]]);
    for (const e of match.entries) {
      expect(e.score).toBe(trace.result[e.seat].score);
      // Both stayed silent (one pass, then nothing): the stand-in played par for them, and a
      // match with any timeout is a loss against par, so their ratings fall.
      expect(e.timeouts).toBeGreaterThan(0);
      expect(e.result).toBe(0);
      expect(e.ratingBefore).toBe(1500);
      expect(e.ratingAfter).toBeLessThan(1500);
      const rating = await ratingOf(t, e.botId, "generals");
      expect([rating?.matches, rating?.rating]).toEqual([1, e.ratingAfter]);
    }
    // A game stored twice rates once.
    expect(await new PrismaArenaStore(getPrisma(t.db.url)).settle(ma.gameId)).toBe("already");
    expect(await getPrisma(t.db.url).arenaEntry.count({ where: { matchId: ma.matchId } })).toBe(2);

    // Back in the queues: generals just played goes to the back of b's, so b plays lovers (its
    // night 0) while a plays generals' night 1 with the house.
    const [na, nb] = [await matchOf(a, 2), await matchOf(b, 2)];
    expect([na.scenario, na.night]).toEqual(["generals", 1]);
    expect([nb.scenario, nb.night]).toEqual(["lovers", 0]);
    expect(await a.request("arena:leave", {})).toEqual({ ok: true });
    expect(await b.request("arena:leave", {})).toEqual({ ok: true });
    await eventually(() => ratedMatch(t, na.matchId), 10_000);
    await eventually(() => ratedMatch(t, nb.matchId), 10_000);
  }, 30_000);

  it("gives a lone bot the house after the pair wait, and rates a match its bot left mid-way", async () => {
    const solo = await newBot(t, owner, "Solo");
    const c = track(await botSocket(t, solo.token));
    const joinedAt = Date.now();
    await c.request("arena:join", { scenarios: ["lovers"] });
    const m = await matchOf(c);
    expect(Date.now() - joinedAt).toBeGreaterThanOrEqual(350);
    expect(m.scenario).toBe("lovers");
    c.close();
    const trace = await storedTrace(t, m.gameId);
    expect(trace.seats.filter((s) => s.botId).map((s) => [s.seat, s.botId])).toEqual([[m.seat, solo.id]]);
    expect(trace.seats.filter((s) => !s.botId).every((s) => s.kind === "bot")).toBe(true);
    const match = await eventually(() => ratedMatch(t, m.matchId), 10_000);
    expect(match.entries.map((e) => e.botId)).toEqual([solo.id]);
    // Disconnected: out of the queue, so no second match.
    await new Promise((r) => setTimeout(r, 200));
    expect(await getPrisma(t.db.url).arenaMatch.count({ where: { entries: { some: { botId: solo.id } } } })).toBe(1);
  }, 30_000);

  it("refuses persons, bad payloads and scenarios without an arena", async () => {
    const person = track(new TestClient(t.server.url, "Person"));
    await person.connected();
    expect(await person.request("arena:join", { scenarios: ["generals"] })).toEqual({ ok: false, error: expect.objectContaining({ code: "BOTS_ONLY" }) });
    expect(await person.request("arena:leave", {})).toEqual({ ok: false, error: expect.objectContaining({ code: "BOTS_ONLY" }) });
    const bot = await newBot(t, owner, "Picky");
    const c = track(await botSocket(t, bot.token));
    const code = async (event: string, payload: unknown) => ((await c.request(event, payload)) as { error?: { code: string } }).error?.code;
    for (const bad of [{}, { scenarios: [] }, { scenarios: ["generals", "generals"] }, { scenarios: Array.from({ length: 9 }, (_, i) => `s${i}`) }, { scenarios: ["generals"], extra: 1 }, { scenarios: [7] }, null, "generals"]) {
      expect(await code("arena:join", bad), JSON.stringify(bad)).toBe("BAD_PAYLOAD");
    }
    expect(await code("arena:join", { scenarios: ["nope"] })).toBe("UNKNOWN_SCENARIO");
    expect(await code("arena:join", { scenarios: ["__proto__"] })).toBe("UNKNOWN_SCENARIO");
    expect(await code("arena:leave", { all: true })).toBe("BAD_PAYLOAD");
    // Nothing was joined: no match comes.
    await new Promise((r) => setTimeout(r, 600));
    expect(countMatches(c)).toBe(0);
  }, 20_000);

  it("takes a revoked bot out of the queues", async () => {
    const bot = await newBot(t, owner, "Revoked");
    const c = track(await botSocket(t, bot.token));
    expect((await c.request("arena:join", { scenarios: ["generals"] })).ok).toBe(true);
    const res = await fetch(`${t.server.url}/api/bots/revoke`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ deviceToken: owner, botId: bot.id }) });
    expect(res.status).toBe(200);
    // Longer than the pair wait: a bot still queued would have had the house by now.
    await new Promise((r) => setTimeout(r, 700));
    expect([...t.server.registry.all()].some((room) => room.seats.some((s) => s.botId === bot.id))).toBe(false);
    expect(countMatches(c)).toBe(0);
  }, 20_000);
});
