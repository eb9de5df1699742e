/**
 * Two server processes in cluster mode on one PostgreSQL and one Redis (issue 16): a game lives on
 * the node that created it; a player whose socket is on the other node joins by code, resumes and
 * moves through it (the requests are forwarded to the owner, the views come back through Redis);
 * a bot revoked through one node loses its seats on the other.
 * Skipped without PostgreSQL or redis-server unless REQUIRE_POSTGRES=1 / REQUIRE_REDIS=1.
 */
import { afterEach, describe, expect, it } from "vitest";
import { verifyTrace, type StoredGame } from "../engine/verify";
import type { HostGrant, HostView, StudentGrant, StudentView } from "../protocol/classroom";
import type { Ack, GameSnapshot, SeatGrant } from "../protocol/events";
import { testProviders } from "../storage/eachProvider.testing";
import { getPrisma } from "../storage/db";
import { hashDeviceToken } from "../storage/prismaGameStore";
import { eventually, isFinished, newDeviceToken, TestClient, type Packet } from "../testing/harness";
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
  const nodes = { a: await kit.start({ ...env, NODE_ID: "A" }), b: await kit.start({ ...env, NODE_ID: "B" }) };
  // Each node hears the other through Redis before a request is forwarded (on a busy machine it takes a moment).
  for (const node of [nodes.a, nodes.b]) {
    await eventually(async () => ((await (await fetch(`${node.url}/api/health`)).json()) as { redis?: { nodes?: number } }).redis?.nodes === 2 || null, 10_000);
  }
  return nodes;
}

const snapshotOf = (gameId: string, status?: string) => (p: Packet) =>
  p.event === "game:snapshot" && (p.data as GameSnapshot).gameId === gameId && (!status || (p.data as GameSnapshot).status === status);
const send = (grant: { gameId: string; seatToken: string }) => ({ gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "send", kind: "plan" } });
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
    // One messenger per tick: the move waits for the view that says the seat may send again (the
    // reconnection can take less than the tick of the first move).
    await back.waitFor((p) => snapshotOf(grant.gameId, "running")(p) && (p.data as { view: { can?: { sendPlan?: boolean } } | null }).view?.can?.sendPlan === true, 15_000);
    expect(await back.request("game:move", send(grant))).toMatchObject({ ok: true });
    await back.waitFor((p) => snapshotOf(grant.gameId)(p) && isFinished(p), 30_000);
    // Still A's game: node B never took it.
    expect((await (await fetch(`${b.url}/api/health`)).json()) as { rooms: number }).toMatchObject({ rooms: 0 });

    const trace = await traceOf(a.url, grant.gameId);
    expect(sendsOf(trace, "A")).toBe(2);
  }, 120_000);

  it("a class hosted on A is joined, watched, spectated and played through B; a student leaving B is seen leaving", async () => {
    const { a, b } = await twoNodes();
    const host = kit.client(a.url, "Prof");
    await host.connected();
    const hosted = await host.request<HostGrant>("class:host", { title: "Two nodes", player: host.player });
    if (!hosted.ok) throw new Error(hosted.error.code);
    const auth = { sessionId: hosted.sessionId, hostKey: hosted.hostKey };
    const onB = [kit.client(b.url, "Sam"), kit.client(b.url, "Sue")];
    const onA = kit.client(a.url, "Sid");
    const students = [...onB, onA];
    await Promise.all(students.map((c) => c.connected()));
    const grants: Ack<StudentGrant>[] = [];
    for (const c of students) grants.push(await c.request<StudentGrant>("class:join", { code: hosted.code, player: c.player }));
    expect(grants.every((g) => g.ok)).toBe(true);
    // A second host screen through B: the dashboard A pushes reaches it, with every student connected.
    const screen = kit.client(b.url, "Prof", host.player.deviceToken);
    await screen.connected();
    expect(await screen.request("class:watch", auth)).toMatchObject({ ok: true, sessionId: auth.sessionId });
    const connected = (n: number) => (p: Packet) => p.event === "class:dashboard" && (p.data as HostView).students.filter((s) => s.connected).length === n;
    await screen.waitFor(connected(3), 10_000);

    // The round starts through B too; each student's view names their seat, and they play it through their own node.
    expect(await screen.request("class:round:start", { ...auth, scenario: "generals", params: { captureProbability: 0, crossingTicks: 1, dawnTick: 30 }, tickMs: 50 })).toEqual({ ok: true, round: 1 });
    const seats = await Promise.all(
      students.map((c) => c.waitFor((p) => p.event === "class:student" && (p.data as StudentView).game !== null, 10_000).then((p) => (p.data as StudentView).game!)),
    );
    for (const [i, c] of students.entries()) expect(await c.request("game:resume", { gameId: seats[i].gameId, seatToken: seats[i].seatToken })).toMatchObject({ ok: true, seat: seats[i].seat });
    await Promise.all(students.map((c, i) => c.waitFor(snapshotOf(seats[i].gameId, "running"), 15_000)));
    // General A sends the plan; General B commits.
    const moveOf = (seat: { gameId: string; seat: string; seatToken: string }) => (seat.seat === "A" ? send(seat) : { ...send(seat), move: { type: "commit", decision: "attack" } });
    for (const [i, c] of students.entries()) expect(await c.request("game:move", moveOf(seats[i])), `student ${i}`).toMatchObject({ ok: true });
    // Spectating through B: the owner's spectator views reach the screen on B.
    expect(await screen.request("class:spectate", { ...auth, gameId: seats[0].gameId })).toEqual({ ok: true, gameId: seats[0].gameId });
    await screen.waitFor((p) => p.event === "class:spectator" && (p.data as { gameId: string }).gameId === seats[0].gameId, 10_000);

    // A student's socket on B goes: B tells A, whose dashboard shows them gone (their grace period starts).
    onB[1].close();
    await host.waitFor(connected(2), 10_000);
    await screen.waitFor(connected(2), 10_000);

    await host.waitFor((p) => p.event === "class:dashboard" && (p.data as HostView).round?.status === "ended", 60_000);
    expect((await (await fetch(`${b.url}/api/health`)).json()) as { rooms: number }).toMatchObject({ rooms: 0 });
    for (const [i, game] of seats.entries()) {
      const trace = await traceOf(a.url, game.gameId);
      const byStudent = trace.inputs.filter((a) => (a as { seat?: string }).seat === game.seat && (a.type === "commit" || a.type === "send"));
      expect(byStudent, `student ${i}`).toHaveLength(1);
    }
  }, 120_000);

  it("a seat's socket on B gets byte for byte what its socket on A gets: forwarding adds nothing to a seat's view", async () => {
    const { a, b } = await twoNodes();
    const ann = kit.client(a.url, "Ann");
    const ben = kit.client(a.url, "Ben");
    await Promise.all([ann.connected(), ben.connected()]);
    const friendGame = { scenario: "generals", params: { captureProbability: 0.5, crossingTicks: 2, dawnTick: 30 }, seat: "A", others: { B: { kind: "human" } }, tickMs: 50 };
    const ga = await ann.request<SeatGrant>("game:create", { ...friendGame, player: ann.player });
    if (!ga.ok) throw new Error(ga.error.code);
    const gb = await ben.request<SeatGrant>("game:join", { code: ga.code, player: ben.player });
    if (!gb.ok) throw new Error(gb.error.code);
    // Ann's second tab, on node B: the same seat through a forwarded resume.
    const tab = kit.client(b.url, "Ann");
    await tab.connected();
    expect(await tab.request("game:resume", { gameId: ga.gameId, seatToken: ga.seatToken })).toMatchObject({ ok: true, seat: "A" });
    const first = (await tab.waitFor(snapshotOf(ga.gameId), 15_000)).data as GameSnapshot;
    await ann.waitFor(snapshotOf(ga.gameId, "running"), 15_000);
    for (let i = 0; i < 3; i++) {
      await ann.request("game:move", send(ga));
      await ben.request("game:move", { gameId: gb.gameId, seatToken: gb.seatToken, move: { type: "send", kind: "ack" } });
      await new Promise((r) => setTimeout(r, 120));
    }
    await ann.waitFor((p) => snapshotOf(ga.gameId)(p) && isFinished(p), 30_000);
    await tab.waitFor((p) => snapshotOf(ga.gameId)(p) && isFinished(p), 30_000);
    // Everything pushed to the seat from the tab's first snapshot on, in order, as bytes.
    const fromFirst = (c: typeof ann) => {
      const pushed = c.packets.filter((p) => !p.event.startsWith("ack:"));
      // The resume's snapshot goes to the whole seat: the socket on A may have had that seq once before.
      const start = pushed.findLastIndex((p) => snapshotOf(ga.gameId)(p) && (p.data as GameSnapshot).seq === first.seq);
      expect(start).toBeGreaterThanOrEqual(0);
      return pushed.slice(start).map((p) => JSON.stringify(p));
    };
    expect(fromFirst(tab).length).toBeGreaterThan(3);
    expect(fromFirst(tab)).toEqual(fromFirst(ann));
  }, 120_000);

  it("an unknown code or game id through either node is still UNKNOWN_GAME", async () => {
    const { b } = await twoNodes();
    const c = kit.client(b.url, "Cy");
    await c.connected();
    expect(await c.request("game:join", { code: "ZZZZZZ", player: c.player })).toMatchObject({ ok: false, error: { code: "UNKNOWN_GAME" } });
  }, 60_000);
  it("a bot revoked through node B loses its seat in a game node A owns: its socket closes and its seat token is void there", async () => {
    const { a, b } = await twoNodes();
    const owner = newDeviceToken();
    await getPrisma(kit.db!.url).player.create({ data: { deviceHash: hashDeviceToken(owner), nickname: "Owner" } });
    const post = (url: string, body: object) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const made = (await (await post(`${a.url}/api/bots`, { deviceToken: owner, name: "Roamer" })).json()) as { bot: { id: string }; token: string };
    const bot = new TestClient(a.url, "bot", { auth: { botToken: made.token } });
    try {
      await bot.connected();
      const slow = { scenario: "generals", params: { captureProbability: 0, crossingTicks: 1, dawnTick: 200 }, seat: "A", others: { B: { kind: "bot", strategy: "timid" } }, tickMs: 10_000 };
      const grant = await bot.request<SeatGrant>("game:create", slow);
      if (!grant.ok) throw new Error(grant.error.code);
      const closed = new Promise<void>((resolve) => bot.socket.once("disconnect", () => resolve()));
      expect((await post(`${b.url}/api/bots/revoke`, { deviceToken: owner, botId: made.bot.id })).status).toBe(200);
      await closed;
      // The game lives on A; the revocation reached B: A voids the seat token when B tells it.
      const plain = kit.client(a.url, "Plain");
      await plain.connected();
      const refused = await eventually(async () => {
        const res = await plain.request("game:resume", { gameId: grant.gameId, seatToken: grant.seatToken });
        return !res.ok && res.error.code === "BAD_TOKEN" ? res : null;
      }, 5_000);
      expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: "BAD_TOKEN" }) });
    } finally {
      bot.close();
    }
  });
});
