/**
 * The gangsters' skin of the Two Generals (server/protocol/skins.ts) over real sockets: chosen at
 * game:create, carried in every snapshot's header (never in a seat's view), written to the trace
 * and the Game row, and never a cause of any difference in the run itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
    // The seat's views, tick by tick, are the same too: the skin is words, never knowledge.
    const views = (s: GameSnapshot[]) => s.filter((x) => x.view).map((x) => x.view);
    expect(views(told.snapshots)).toEqual(views(plain.snapshots));
  });

  it("refuses a skin for a scenario it does not retell, and an unknown skin, and creates nothing", async () => {
    const c = await client("Bo");
    const lovers = await c.request("game:create", { scenario: "lovers", params: {}, seat: "alice", others: { bob: { kind: "bot", strategy: "eager" } }, player: c.player, skin: "gangsters" });
    expect(lovers).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    const unknown = await c.request("game:create", { scenario: "generals", params: {}, seat: "A", others: { B: { kind: "bot", strategy: "acknowledged" } }, player: c.player, skin: "pirates" });
    expect(unknown).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(c.snapshots()).toHaveLength(0);
  });
});
