/**
 * Two server processes in cluster mode on one PostgreSQL and one Redis (issue 16): a game lives on
 * the node that created it; a player whose socket is on the other node joins by code, resumes and
 * moves through it (the requests are forwarded to the owner, the views come back through Redis).
 * Skipped without PostgreSQL or redis-server unless REQUIRE_POSTGRES=1 / REQUIRE_REDIS=1.
 */
import { afterEach, describe, expect, it } from "vitest";
import { verifyTrace, type StoredGame } from "../engine/verify";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { testProviders } from "../storage/eachProvider.testing";
import { eventually, isFinished, type Packet } from "../testing/harness";
import { ProcessKit } from "../testing/processKit";
import { longGame } from "../testing/quickGame";
import { redisAvailable, startRedis, type TestRedis } from "../testing/redisServer";

const kit = new ProcessKit();
let redis: TestRedis | null = null;
afterEach(async () => {
  await kit.cleanup();
  await redis?.kill();
  redis = null;
});
const runs = testProviders.includes("postgresql") && redisAvailable();

async function twoNodes() {
  await kit.database("postgresql");
  redis = await startRedis();
  const env = { CREATES_PER_MINUTE: "1000", CLUSTER: "1", COUNTDOWN_MS: "0", REDIS_URL: redis.url };
  return { a: await kit.start({ ...env, NODE_ID: "A" }), b: await kit.start({ ...env, NODE_ID: "B" }) };
}

const snapshotOf = (gameId: string, status?: string) => (p: Packet) =>
  p.event === "game:snapshot" && (p.data as GameSnapshot).gameId === gameId && (!status || (p.data as GameSnapshot).status === status);
const send = (grant: SeatGrant) => ({ gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "send", kind: "plan" } });
const sendsOf = (trace: StoredGame, seat: string) => trace.inputs.filter((a) => a.type === "send" && (a as { seat?: string }).seat === seat).length;

async function traceOf(url: string, gameId: string): Promise<StoredGame> {
  const trace = await eventually(async () => {
    const res = await fetch(`${url}/api/games/${gameId}/trace`);
    return res.status === 200 ? ((await res.json()) as StoredGame) : null;
  }, 15_000);
  expect(verifyTrace(trace)).toMatchObject({ ok: true });
  return trace;
}

describe.skipIf(!runs)("cluster forwarding [postgresql + redis]", () => {
  it("a friend joins A's game by code through node B and both play to the end; B's moves are forwarded, none lost or doubled", async () => {
    const { a, b } = await twoNodes();
    const ann = kit.client(a.url, "Ann");
    const ben = kit.client(b.url, "Ben");
    await Promise.all([ann.connected(), ben.connected()]);
    const friendGame = { scenario: "generals", params: { captureProbability: 0, crossingTicks: 1, dawnTick: 40 }, seat: "A", others: { B: { kind: "human" } }, tickMs: 50 };
    const ga = await ann.request<SeatGrant>("game:create", { ...friendGame, player: ann.player });
    if (!ga.ok) throw new Error(ga.error.code);
    const gb = await ben.request<SeatGrant>("game:join", { code: ga.code, player: ben.player });
    expect(gb).toMatchObject({ ok: true, gameId: ga.gameId, seat: "B" });
    if (!gb.ok) return;
    await ben.waitFor(snapshotOf(ga.gameId, "running"), 15_000);
    await ann.waitFor(snapshotOf(ga.gameId, "running"), 15_000);

    expect(await ann.request("game:move", send(ga))).toMatchObject({ ok: true });
    expect(await ben.request("game:move", { gameId: gb.gameId, seatToken: gb.seatToken, move: { type: "commit", decision: "attack" } })).toMatchObject({ ok: true });
    // A wrong seat token from node B: the owner's seat check refuses it, typed.
    expect(await ben.request("game:move", { ...send(gb), seatToken: "x".repeat(30) })).toMatchObject({ ok: false, error: { code: "BAD_TOKEN" } });

    await ann.waitFor((p) => snapshotOf(ga.gameId)(p) && isFinished(p), 30_000);
    await ben.waitFor((p) => snapshotOf(ga.gameId)(p) && isFinished(p), 30_000);
    // Each seat's room got that seat's view only.
    expect(ben.packets.filter(snapshotOf(ga.gameId)).every((p) => (p.data as GameSnapshot).seat === "B")).toBe(true);
    expect(ann.packets.filter(snapshotOf(ga.gameId)).every((p) => (p.data as GameSnapshot).seat === "A")).toBe(true);

    const trace = await traceOf(a.url, ga.gameId);
    expect(sendsOf(trace, "A")).toBe(1);
    expect(trace.inputs.filter((i) => i.type === "commit" && (i as { seat?: string }).seat === "B")).toHaveLength(1);
  }, 120_000);

  it("a player of A's game reconnects to node B, resumes its seat with its token and plays on to the end", async () => {
    const { a, b } = await twoNodes();
    const first = kit.client(a.url, "Rita");
    await first.connected();
    const grant = await first.request<SeatGrant>("game:create", longGame(first, 40));
    if (!grant.ok) throw new Error(grant.error.code);
    await first.waitFor(snapshotOf(grant.gameId, "running"), 15_000);
    expect(await first.request("game:move", send(grant))).toMatchObject({ ok: true });
    first.close();

    const back = kit.client(b.url, "Rita");
    await back.connected();
    expect(await back.request("game:resume", { gameId: grant.gameId, seatToken: grant.seatToken })).toMatchObject({ ok: true, seat: "A", gameId: grant.gameId });
    await back.waitFor(snapshotOf(grant.gameId, "running"), 15_000);
    expect(await back.request("game:move", send(grant))).toMatchObject({ ok: true });
    await back.waitFor((p) => snapshotOf(grant.gameId)(p) && isFinished(p), 30_000);
    // Still A's game: node B never took it.
    expect((await (await fetch(`${b.url}/api/health`)).json()) as { rooms: number }).toMatchObject({ rooms: 0 });

    const trace = await traceOf(a.url, grant.gameId);
    expect(sendsOf(trace, "A")).toBe(2);
  }, 120_000);

  it("an unknown code or game id through either node is still UNKNOWN_GAME", async () => {
    const { b } = await twoNodes();
    const c = kit.client(b.url, "Cy");
    await c.connected();
    expect(await c.request("game:join", { code: "ZZZZZZ", player: c.player })).toMatchObject({ ok: false, error: { code: "UNKNOWN_GAME" } });
  }, 60_000);
});
