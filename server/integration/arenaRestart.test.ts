/**
 * An arena match across a restart: the server stops mid-match, the next one brings the game back
 * (restoreLiveGames), stand-ins finish it after the grace, and it is rated like any match; its
 * bots are held meanwhile, so their next match is night 1, not a second night 0.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { ArenaMatchNotice } from "../protocol/arena";
import type { GameSnapshot } from "../protocol/events";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import { botOwner, botSocket, newBot, ratedMatch, ratingOf } from "../testing/arenaKit";
import { eventually, startTestServer, type TestClient, type TestServer } from "../testing/harness";

let db: TestDatabase;
const servers: TestServer[] = [];
const clients: TestClient[] = [];

afterAll(async () => {
  clients.forEach((c) => c.close());
  for (const s of servers) await s.stop();
  await db?.cleanup();
});

const arena = { arenaIntervalMs: 20, arenaTickMs: 50 };
const notice = async (c: TestClient) => (await c.waitFor((p) => p.event === "arena:match", 10_000)).data as ArenaMatchNotice;

describe("arena across a restart", () => {
  it("rates a match the restart brought back, and holds its bots until then", async () => {
    db = await createTestDatabase();
    const first = await startTestServer({ ...arena, arenaPairWaitMs: 10_000 }, db);
    servers.push(first);
    const owner = await botOwner(first);
    const [one, two] = [await newBot(first, owner, "One"), await newBot(first, await botOwner(first), "Two")];
    const [a, b] = [await botSocket(first, one.token), await botSocket(first, two.token)];
    clients.push(a, b);
    await a.request("arena:join", { scenarios: ["generals"] });
    await b.request("arena:join", { scenarios: ["generals"] });
    const m = await notice(a);
    expect(m.night).toBe(0);
    await a.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "running");
    await first.stop();
    expect(await ratedMatch(first, m.matchId)).toBeNull();

    const second = await startTestServer({ ...arena, arenaPairWaitMs: 0, restoreLiveGames: true, restoreGraceMs: 200 }, db);
    servers.push(second);
    const again = await botSocket(second, one.token);
    clients.push(again);
    expect((await again.request("arena:join", { scenarios: ["generals"] })).ok).toBe(true);
    const match = await eventually(() => ratedMatch(second, m.matchId), 15_000);
    expect(match.entries.map((e) => e.botId)).toEqual([one.id, two.id]);
    expect((await ratingOf(second, one.id, "generals"))?.matches).toBe(1);
    // Held while its restored match ran: its next match is the next night.
    expect((await notice(again)).night).toBe(1);
  }, 40_000);
});
