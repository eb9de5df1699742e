/**
 * The gangsters' skin of the Two Generals (server/protocol/skins.ts) over real sockets: chosen at
 * game:create, carried in every snapshot's header (never in a seat's view), written to the trace
 * and the Game row, and never a cause of any difference in the run itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostGrant, HostView, StudentGrant, StudentView } from "../protocol/classroom";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { verifyTrace } from "../engine/verify";
import { getPrisma } from "../storage/db";
import type { Trace } from "../storage/types";
import { isFinished, startTestServer, TestClient, traceOf, type TestServer } from "../testing/harness";

let t: TestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

async function client(name: string): Promise<TestClient> {
  const c = new TestClient(t.server.url, name);
  clients.push(c);
  await c.connected();
  return c;
}

/** A night the two generals' bots play alone, on a fixed seed: the human Enemy never moves. */
async function botsNight(skin?: "gangsters"): Promise<{ trace: Trace; snapshots: GameSnapshot[]; gameId: string }> {
  const c = await client("Watcher");
  const grant = await c.request<SeatGrant>("game:create", {
    scenario: "generals",
    params: { captureProbability: 0.4, crossingTicks: 1, dawnTick: 10, enemy: "human" },
    seat: "enemy",
    others: { A: { kind: "bot", strategy: "acknowledged" }, B: { kind: "bot", strategy: "acknowledged" } },
    tickMs: 10,
    seed: 20_261_204,
    player: c.player,
    ...(skin ? { skin } : {}),
  });
  if (!grant.ok) throw new Error(JSON.stringify(grant));
  await c.waitFor(isFinished);
  return { trace: await traceOf(t.server.url, grant.gameId), snapshots: c.snapshots().filter((s) => s.gameId === grant.gameId), gameId: grant.gameId };
}

/** The seat's views by their tick, in the order received; a view repeated at once counts once. */
function viewsByTick(snapshots: GameSnapshot[]): Map<number, string[]> {
  const byTick = new Map<number, string[]>();
  let last = "";
  for (const s of snapshots) {
    const view = s.view ? JSON.stringify(s.view) : null;
    if (!view || view === last) continue;
    last = view;
    const tick = (s.view as { tick: number }).tick;
    byTick.set(tick, [...(byTick.get(tick) ?? []), view]);
  }
  return byTick;
}

/** Whether every one of `few` is in `many`, in the same order (views missed in between are allowed). */
function inOrderWithin(few: string[], many: string[]): boolean {
  let at = 0;
  for (const view of few) {
    at = many.indexOf(view, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

describe("the gangsters' skin", () => {
  it("is in every snapshot's header, the trace and the Game row, and in no view", async () => {
    const told = await botsNight("gangsters");
    expect(told.snapshots.length).toBeGreaterThan(2);
    for (const s of told.snapshots) {
      expect(s.skin).toBe("gangsters");
      expect(JSON.stringify(s.view ?? {})).not.toContain("gangsters");
    }
    expect(told.trace.skin).toBe("gangsters");
    expect(verifyTrace(told.trace).ok).toBe(true);
    const db = getPrisma(t.db.url);
    expect(await db.game.findUnique({ where: { id: told.gameId }, select: { skin: true } })).toEqual({ skin: "gangsters" });

    const plain = await botsNight();
    for (const s of plain.snapshots) expect("skin" in s).toBe(false);
    expect("skin" in plain.trace).toBe(false);
    expect(await db.game.findUnique({ where: { id: plain.gameId }, select: { skin: true } })).toEqual({ skin: null });
  });

  it("changes nothing in the run: same seed and seats, same inputs, events, outcome and scores", async () => {
    const told = await botsNight("gangsters");
    const plain = await botsNight();
    expect(told.trace.inputs).toEqual(plain.trace.inputs);
    expect(told.trace.events).toEqual(plain.trace.events);
    expect(told.trace.outcome).toBe(plain.trace.outcome);
    expect(told.trace.result).toEqual(plain.trace.result);
    // The seat's views are the same too: the skin is words, never knowledge. Over real sockets a
    // game may lack a snapshot the other has (views waiting to be sent merge into the next one
    // under load; the first may come twice, with the create's answer and as an event, and counts once): the
    // protocol allows it, each snapshot is whole. So compare tick by tick where both games have
    // views: at each such tick one game's views are the other's, or a run of them in order
    // (nothing the other did not see, nothing out of order). Both must reach the run's last tick
    // with the same final view, and between them cover every tick of the run.
    const toldTicks = viewsByTick(told.snapshots);
    const plainTicks = viewsByTick(plain.snapshots);
    const lastTick = Math.max(...plainTicks.keys());
    expect(Math.max(...toldTicks.keys())).toBe(lastTick);
    expect(toldTicks.get(lastTick)!.at(-1)).toEqual(plainTicks.get(lastTick)!.at(-1));
    for (let tick = 0; tick <= lastTick; tick++) {
      expect(toldTicks.has(tick) || plainTicks.has(tick), `no view of tick ${tick} in either game`).toBe(true);
      const [few, many] = [toldTicks.get(tick), plainTicks.get(tick)].sort((x, y) => (x?.length ?? 0) - (y?.length ?? 0));
      if (few && many) expect(inOrderWithin(few, many), `views at tick ${tick}`).toBe(true);
    }
  });

  it("refuses a skin for a scenario it does not retell, and an unknown skin, and creates nothing", async () => {
    const c = await client("Bo");
    const lovers = await c.request("game:create", { scenario: "lovers", params: {}, seat: "alice", others: { bob: { kind: "bot", strategy: "eager" } }, player: c.player, skin: "gangsters" });
    expect(lovers).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    const unknown = await c.request("game:create", { scenario: "generals", params: {}, seat: "A", others: { B: { kind: "bot", strategy: "acknowledged" } }, player: c.player, skin: "pirates" });
    expect(unknown).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(c.snapshots()).toHaveLength(0);
  });

  it("a class round started with the skin tells every game of it so, and refuses it for another scenario", async () => {
    const host = await client("Prof");
    const grant = await host.request<HostGrant>("class:host", { title: "Week 1", player: host.player });
    if (!grant.ok) throw new Error(grant.error.code);
    const auth = { sessionId: grant.sessionId, hostKey: grant.hostKey };
    const student = await client("Sam");
    const joined = await student.request<StudentGrant>("class:join", { code: grant.code, player: student.player });
    expect(joined.ok).toBe(true);
    const refused = await host.request("class:round:start", { ...auth, scenario: "lovers", params: {}, tickMs: 25, skin: "gangsters" });
    expect(refused).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });

    const started = await host.request("class:round:start", { ...auth, scenario: "generals", params: { crossingTicks: 1, dawnTick: 8 }, tickMs: 25, skin: "gangsters" });
    expect(started).toEqual({ ok: true, round: 1 });
    const seated = await student.waitFor((p) => p.event === "class:student" && (p.data as StudentView).game !== null);
    const seat = (seated.data as StudentView).game!;
    // The class screens tell the round the same way: the student's round and the host's dashboard carry the skin.
    expect((seated.data as StudentView).round?.skin).toBe("gangsters");
    const dashboard = await host.waitFor((p) => p.event === "class:dashboard" && (p.data as HostView).round?.number === 1);
    expect((dashboard.data as HostView).round?.skin).toBe("gangsters");
    expect((await student.request("game:resume", { gameId: seat.gameId, seatToken: seat.seatToken })).ok).toBe(true);
    await student.waitFor(isFinished);
    const snapshots = student.snapshots().filter((x) => x.gameId === seat.gameId);
    expect(snapshots.length).toBeGreaterThan(0);
    for (const x of snapshots) expect(x.skin).toBe("gangsters");
    expect((await traceOf(t.server.url, seat.gameId)).skin).toBe("gangsters");
    // Kept with the round: the host's history (its debriefs) tells it so too.
    const history = await fetch(`${t.server.url}/api/class/${auth.sessionId}/history`, { headers: { authorization: `Bearer ${auth.hostKey}` } });
    expect(((await history.json()) as { rounds: { skin?: string }[] }).rounds.map((r) => r.skin)).toEqual(["gangsters"]);
  });
});
