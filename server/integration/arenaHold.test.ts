/**
 * The arena's replay hold over real sockets and HTTP (server/arena/hold.ts), on cycles of two
 * nights: a match's trace answers ARENA_REPLAY_WITHHELD while a bot still has a night of its cycle
 * to play, opens once every bot has gone past it, and a bot that starts after that begins at the
 * next cycle, never on the nights already shown.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArenaMatchNotice } from "../protocol/arena";
import { readReplay } from "../read/replay";
import { getPrisma } from "../storage/db";
import { botOwner, botSocket, newBot, ratedMatch } from "../testing/arenaKit";
import { eventually, startTestServer, type TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  t = await startTestServer({ arenaIntervalMs: 20, arenaPairWaitMs: 150, arenaTickMs: 20, arenaNights: 2 });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

const notices = (c: TestClient) => c.packets.filter((p) => p.event === "arena:match").map((p) => p.data as ArenaMatchNotice);

/** Each bot joins the generals' queue and leaves on its first notice: one match, then it waits outside. */
async function playOnce(...bots: TestClient[]): Promise<ArenaMatchNotice> {
  const before = bots.map((c) => notices(c).length);
  for (const c of bots) expect((await c.request("arena:join", { scenarios: ["generals"] })).ok).toBe(true);
  const got = await Promise.all(bots.map((c, i) => c.waitFor(() => notices(c).length > before[i], 10_000).then(() => notices(c)[before[i]])));
  for (const c of bots) await c.request("arena:leave", {});
  expect(new Set(got.map((n) => n.matchId)).size).toBe(1);
  await eventually(() => ratedMatch(t, got[0].matchId), 10_000);
  return got[0];
}

const traceStatus = async (gameId: string) => {
  const res = await fetch(`${t.server.url}/api/games/${gameId}/trace`);
  return { status: res.status, body: (await res.json()) as { error?: { code: string; cycle: number; message: string }; seed?: number } };
};

describe("the arena's replay hold", () => {
  it("withholds a match's trace until every bot has played its cycle, then opens it; a later bot starts past it", async () => {
    const db = getPrisma(t.db.url);
    const bot = async (name: string) => {
      const made = await newBot(t, await botOwner(t), name);
      const c = await botSocket(t, made.token, name);
      clients.push(c);
      return { ...made, c };
    };
    const [a, b] = [await bot("Early"), await bot("Late")];

    // Night 1 of cycle 1 together: both have the second night still to play.
    const first = await playOnce(a.c, b.c);
    expect(first.night).toBe(0);
    const held = await traceStatus(first.gameId);
    expect(held).toEqual({ status: 403, body: { error: { code: "ARENA_REPLAY_WITHHELD", cycle: 0, message: "This arena match's replay opens when cycle 1 is over." } } });
    // The replay page reads the hold once, and nothing of the trace.
    expect(await readReplay(first.gameId, db)).toEqual({ withheldCycle: 0 });

    // a plays the cycle's last night alone: b has not, so both matches stay withheld.
    const second = await playOnce(a.c);
    expect(second.night).toBe(1);
    for (const id of [first.gameId, second.gameId]) expect((await traceStatus(id)).body.error?.code).toBe("ARENA_REPLAY_WITHHELD");

    // b plays it too: the cycle is over for every bot, its three matches open.
    const third = await playOnce(b.c);
    expect(third.night).toBe(1);
    for (const id of [first.gameId, second.gameId, third.gameId]) {
      const open = await traceStatus(id);
      expect(open.status, id).toBe(200);
      expect(typeof open.body.seed).toBe("number");
      const read = await readReplay(id, db);
      expect(read && "check" in read && read.check.ok).toBe(true);
    }

    // A bot that starts now begins at cycle 2: the nights of cycle 1 are public.
    const c = await bot("Newcomer");
    const fourth = await playOnce(c.c);
    const match = await db.arenaMatch.findUniqueOrThrow({ where: { id: fourth.matchId } });
    expect([match.cycle, match.night]).toEqual([1, 0]);
    expect((await traceStatus(fourth.gameId)).body.error).toMatchObject({ code: "ARENA_REPLAY_WITHHELD", cycle: 1 });
    // Not an arena match, or no game at all: the usual answers.
    expect((await traceStatus("nosuchgame")).body.error?.code).toBe("UNKNOWN_GAME");
  }, 60_000);
});

describe("an arena match being played", () => {
  it("answers GAME_NOT_FINISHED for its trace, and its replay page is held from the start (its match is written before its game opens)", async () => {
    // A pace so slow that the game is still being played while we ask.
    const slow = await startTestServer({ arenaIntervalMs: 20, arenaPairWaitMs: 0, arenaTickMs: 60_000 });
    try {
      const made = await newBot(slow, await botOwner(slow), "Slow");
      const c = await botSocket(slow, made.token, "Slow");
      try {
        expect((await c.request("arena:join", { scenarios: ["generals"] })).ok).toBe(true);
        await c.waitFor(() => notices(c).length > 0, 10_000);
        const { gameId } = notices(c)[0];
        const res = await fetch(`${slow.server.url}/api/games/${gameId}/trace`);
        expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([404, "GAME_NOT_FINISHED"]);
        expect(await readReplay(gameId, getPrisma(slow.db.url))).toEqual({ withheldCycle: 0 });
      } finally {
        c.close();
      }
    } finally {
      await slow.stop();
      await slow.db.cleanup();
    }
  }, 30_000);
});
