/**
 * Two server processes in cluster mode on one PostgreSQL (issue 16): (1) kill -9 the node that runs
 * the games: the other adopts them within 5 s, the players resume their seats there and finish,
 * no acknowledged move lost or doubled; (2) split brain: SIGSTOP the owner until the other node
 * adopts its game, then SIGCONT: the stale owner cannot write, drops the game and tells its player.
 * PostgreSQL only (skipped without one unless REQUIRE_POSTGRES=1).
 */
import { afterEach, describe, expect, it } from "vitest";
import { verifyTrace, type StoredGame } from "../engine/verify";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { getPrisma } from "../storage/db";
import { testProviders } from "../storage/eachProvider.testing";
import { eventually, isFinished, type Packet } from "../testing/harness";
import { leasedBy } from "../testing/leaseWatch";
import { ProcessKit } from "../testing/processKit";
import { createEach, longGame } from "../testing/quickGame";

const kit = new ProcessKit();
afterEach(() => kit.cleanup());
// Production timings (TTL 3.5 s, scan every 1 s): adoption must fit in 5 s as they are.
const startNode = (nodeId: string) => kit.start({ CREATES_PER_MINUTE: "1000", CLUSTER: "1", NODE_ID: nodeId, COUNTDOWN_MS: "0" });

const snapshotOf = (gameId: string) => (p: Packet) => p.event === "game:snapshot" && (p.data as GameSnapshot).gameId === gameId;
const send = (grant: SeatGrant) => ({ gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "send", kind: "plan" } });
const sendsOfA = (trace: StoredGame) => trace.inputs.filter((a) => a.type === "send" && (a as { seat?: string }).seat === "A").length;

type Client = ReturnType<ProcessKit["client"]>;

async function createGames(url: string, count: number): Promise<{ players: Client[]; grants: SeatGrant[] }> {
  const players = Array.from({ length: count }, (_, i) => kit.client(url, `P${i}`));
  await Promise.all(players.map((p) => p.connected()));
  const grants = await createEach(players, (p) => longGame(p, 120));
  return { players, grants };
}

/** One acknowledged move per game, once it runs (after its countdown). */
async function moveWhenRunning(players: Client[], grants: SeatGrant[]): Promise<void> {
  for (const [i, grant] of grants.entries()) {
    await players[i].waitFor((p) => snapshotOf(grant.gameId)(p) && (p.data as GameSnapshot).status === "running", 15_000);
    expect(await players[i].request("game:move", send(grant))).toMatchObject({ ok: true });
  }
}

/** Resume each seat on `url`, make one more move, play to the end; answers the stored traces. */
async function finishOn(url: string, grants: SeatGrant[]): Promise<StoredGame[]> {
  const backs = grants.map((_, i) => kit.client(url, `P${i}`));
  await Promise.all(backs.map((b) => b.connected()));
  for (const [i, grant] of grants.entries()) {
    expect(await backs[i].request<SeatGrant>("game:resume", { gameId: grant.gameId, seatToken: grant.seatToken })).toMatchObject({ ok: true, seat: "A" });
  }
  for (const [i, grant] of grants.entries()) await backs[i].waitFor((p) => snapshotOf(grant.gameId)(p) && (p.data as GameSnapshot).status === "running", 15_000);
  await new Promise((r) => setTimeout(r, 150));
  for (const [i, grant] of grants.entries()) expect(await backs[i].request("game:move", send(grant))).toMatchObject({ ok: true });
  for (const [i, grant] of grants.entries()) await backs[i].waitFor((p) => snapshotOf(grant.gameId)(p) && isFinished(p), 30_000);
  const traces: StoredGame[] = [];
  for (const grant of grants) {
    const trace = await eventually(async () => {
      const res = await fetch(`${url}/api/games/${grant.gameId}/trace`);
      return res.status === 200 ? ((await res.json()) as StoredGame) : null;
    }, 15_000);
    expect(verifyTrace(trace)).toMatchObject({ ok: true });
    traces.push(trace);
  }
  return traces;
}

describe.skipIf(!testProviders.includes("postgresql"))("cluster leases [postgresql]", () => {
  it("kill -9 the owner: the other node adopts its games within 5 s and they finish there, nothing lost or doubled", async () => {
    const db = await kit.database("postgresql");
    const a = await startNode("A");
    const b = await startNode("B");
    const { players, grants } = await createGames(a.url, 4);
    const ids = grants.map((g) => g.gameId);
    await leasedBy(db.url, "A", ids, 5_000);
    await moveWhenRunning(players, grants);

    a.child.kill("SIGKILL");
    await a.exited;
    const ms = await leasedBy(db.url, "B", ids, 8_000);
    console.log(`cluster: node B adopted ${ids.length} games ${ms} ms after node A was killed`);
    expect(ms).toBeLessThanOrEqual(5_000);

    const traces = await finishOn(b.url, grants);
    // One move on A, one on B: each exactly once.
    for (const trace of traces) expect(sendsOfA(trace)).toBe(2);
    await eventually(async () => ((await getPrisma(db.url).liveGame.count()) === 0 ? true : null), 15_000);
    expect(await getPrisma(db.url).lease.count()).toBe(0);
  }, 120_000);

  it("split brain: an owner paused (SIGSTOP) past its lease wakes, cannot write, drops the game and tells its player", async () => {
    const db = await kit.database("postgresql");
    const a = await startNode("A");
    const b = await startNode("B");
    const { players, grants } = await createGames(a.url, 1);
    const [grant] = grants;
    await leasedBy(db.url, "A", [grant.gameId], 5_000);
    await moveWhenRunning(players, grants);

    a.child.kill("SIGSTOP");
    const ms = await leasedBy(db.url, "B", [grant.gameId], 8_000);
    console.log(`cluster: node B adopted the paused node's game after ${ms} ms`);
    const inputsAtMove = await getPrisma(db.url).liveInput.count({ where: { gameId: grant.gameId } });
    a.child.kill("SIGCONT");

    // A's player is sent away; whatever A did after waking never reaches the journal.
    await players[0].waitFor((p) => p.event === "server:restarting", 10_000);
    await new Promise((r) => setTimeout(r, 500));
    const rows = await getPrisma(db.url).liveInput.findMany({ where: { gameId: grant.gameId }, orderBy: { seq: "asc" } });
    expect(rows.length).toBeGreaterThanOrEqual(inputsAtMove); // B's own ticks only
    expect((await getPrisma(db.url).lease.findUnique({ where: { resource: grant.gameId } }))?.owner).toBe("B");

    const [trace] = await finishOn(b.url, grants);
    expect(sendsOfA(trace)).toBe(2);
    // A dropped the game and is healthy: the refused write is not a failure retried forever.
    const health = await fetch(`${a.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, rooms: 0, journal: { ok: true, pending: 0 } });
    a.child.kill("SIGTERM");
    await a.exited;
  }, 120_000);
});
