import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeatGrant } from "../protocol/events";
import type { GeneralView } from "../engine/generals/view";
import { replay } from "../engine/record";
import { generals } from "../engine/generals";
import { eventually, isFinished, startTestServer, TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
const clients: TestClient[] = [];
const client = (name?: string) => {
  const c = new TestClient(t.server.url, name);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

const fastGame = (others: object, params: object = {}) => ({
  scenario: "generals",
  params: { captureProbability: 0, crossingTicks: 1, dawnTick: 6, ...params },
  seat: "A",
  others,
  tickMs: 20,
});

async function traceOf(id: string) {
  return eventually(async () => {
    const res = await fetch(`${t.server.url}/api/games/${id}/trace`);
    return res.status === 200 ? res.json() : null;
  });
}

describe("playing over real sockets", () => {
  it("a human plays a bot to dawn; the game is recorded and its trace served", async () => {
    const a = client("Ada");
    await a.connected();
    const grant = await a.request<SeatGrant>("game:create", { ...fastGame({ B: { kind: "bot", strategy: "bold" } }), player: a.player });
    expect(grant.ok).toBe(true);
    if (!grant.ok) return;
    const first = (await a.waitFor((p) => p.event === "game:snapshot")).data as { seq: number; status: string };
    expect(first.seq).toBe(1);
    const moved = await a.request("game:move", { gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "send", kind: "plan" } });
    expect(moved.ok).toBe(true);
    await a.request("game:move", { gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "commit", decision: "attack" } });
    const end = (await a.waitFor(isFinished)).data as { view: GeneralView };
    expect(end.view.reveal?.outcome).toBe("victory");
    const trace = await traceOf(grant.gameId);
    expect(trace).toMatchObject({ format: "bivalent-trace", gameId: grant.gameId, outcome: "victory" });
    expect(trace.seats.map((s: { kind: string }) => s.kind)).toEqual(["human", "bot"]);
    // The recorded inputs replay to the recorded events, byte for byte.
    const again = replay(generals, trace.params, trace.seed, trace.inputs);
    expect(JSON.stringify(again.traceEvents())).toBe(JSON.stringify(trace.events));
  });

  it("two friends play through the join code; a running game has no public trace", async () => {
    const a = client("Ann");
    const b = client("Ben");
    await Promise.all([a.connected(), b.connected()]);
    const ga = await a.request<SeatGrant>("game:create", { ...fastGame({ B: { kind: "human" } }, { dawnTick: 30 }), player: a.player });
    if (!ga.ok) throw new Error(ga.error.code);
    const waiting = (await a.waitFor((p) => p.event === "game:snapshot")).data as { status: string; view: unknown };
    expect(waiting).toMatchObject({ status: "waiting", view: null });
    const gb = await b.request<SeatGrant>("game:join", { code: ga.code.toLowerCase(), player: b.player });
    if (!gb.ok) throw new Error(gb.error.code);
    expect(gb).toMatchObject({ gameId: ga.gameId, seat: "B" });
    await b.waitFor((p) => p.event === "game:snapshot" && (p.data as { status: string }).status === "running");
    const res = await fetch(`${t.server.url}/api/games/${ga.gameId}/trace`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "GAME_NOT_FINISHED" } });
    const third = client("Cy");
    await third.connected();
    const full = await third.request("game:join", { code: ga.code, player: third.player });
    expect(full).toMatchObject({ ok: false, error: { code: "GAME_FULL" } });
  });

  it("a reconnecting player resumes the same seat with a full snapshot", async () => {
    const a = client("Rita");
    await a.connected();
    const g = await a.request<SeatGrant>("game:create", { ...fastGame({ B: { kind: "bot", strategy: "timid" } }, { dawnTick: 100 }), player: a.player });
    if (!g.ok) throw new Error(g.error.code);
    await a.request("game:move", { gameId: g.gameId, seatToken: g.seatToken, move: { type: "send", kind: "plan" } });
    a.close();
    const again = client("Rita");
    await again.connected();
    const resumed = await again.request<SeatGrant>("game:resume", { gameId: g.gameId, seatToken: g.seatToken });
    expect(resumed).toMatchObject({ ok: true, seat: "A", gameId: g.gameId });
    const snap = (await again.waitFor((p) => p.event === "game:snapshot")).data as { view: GeneralView; seq: number };
    expect(snap.view.sent).toHaveLength(1);
    expect(snap.seq).toBeGreaterThan(1);
  });

  it("unknown traces are 404", async () => {
    expect((await fetch(`${t.server.url}/api/games/nope-not-a-game/trace`)).status).toBe(404);
    expect((await fetch(`${t.server.url}/api/games/%E0%A4%A/trace`)).status).toBe(404);
  });
});
