/**
 * The countdown over real sockets: a friend game waits with the seat's announced parameters,
 * counts down once both seats are held (both seats told the same `startsAt`), refuses moves until
 * then, and its first view and first tick come after it. The trace starts at tick 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoverView } from "../engine/lovers/view";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { eventually, startTestServer, TestClient, type TestServer } from "../testing/harness";

const COUNTDOWN_MS = 600;
const TICK_MS = 100;

let t: TestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  t = await startTestServer({ countdownMs: COUNTDOWN_MS });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

/** A client that also stamps each snapshot with the local time it arrived. */
function stampedClient(name: string) {
  const c = new TestClient(t.server.url, name);
  clients.push(c);
  const arrivals: { at: number; snapshot: GameSnapshot<LoverView> }[] = [];
  c.socket.on("game:snapshot", (s) => arrivals.push({ at: Date.now(), snapshot: s as GameSnapshot<LoverView> }));
  // What the web client does: server time minus local time, when the greeting arrived.
  const clock = { offset: 0 };
  c.socket.on("server:hello", (hello) => (clock.offset = hello.serverTime - Date.now()));
  return { c, arrivals, clock };
}

describe("the countdown over sockets", () => {
  it("a friend game: waiting with its briefing, a shared countdown, moves refused, then tick 0 and the first tick after it", async () => {
    const alice = stampedClient("Alice");
    const bob = stampedClient("Bob");
    await Promise.all([alice.c.connected(), bob.c.connected()]);
    const created = await alice.c.request<SeatGrant>("game:create", {
      scenario: "lovers",
      params: { lossProbability: 0.25 },
      seat: "alice",
      others: { bob: { kind: "human" } },
      tickMs: TICK_MS,
      player: alice.c.player,
    });
    if (!created.ok) throw new Error(created.error.message);
    const waiting = (await alice.c.waitFor((p) => p.event === "game:snapshot")).data as GameSnapshot;
    // While waiting: no view, no countdown, and what Alice's briefing needs (the announced params only).
    expect(waiting).toMatchObject({ status: "waiting", view: null, announced: { lossProbability: 0.25, hours: 12 } });
    expect(waiting).not.toHaveProperty("startsAt");
    expect(Object.keys(waiting.announced ?? {}).sort()).toEqual(["hours", "lossProbability"]);

    const joined = await bob.c.request<SeatGrant>("game:join", { code: created.code, player: bob.c.player });
    if (!joined.ok) throw new Error(joined.error.message);
    const starting = async (c: TestClient) => (await c.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "starting")).data as GameSnapshot;
    const [aliceStarting, bobStarting] = await Promise.all([starting(alice.c), starting(bob.c)]);
    expect(aliceStarting.view).toBeNull();
    expect(aliceStarting.startsAt).toBeTypeOf("number");
    expect(bobStarting.startsAt).toBe(aliceStarting.startsAt);
    const startsAt = aliceStarting.startsAt as number;
    // One machine: server time is this process's time, so the countdown left is at most its
    // length. (The web client converts with the offset from server:hello, which here is about 0
    // less the greeting's delivery time: app/lib/serverClock.test.ts covers the conversion.)
    const remaining = startsAt - Date.now();
    expect(remaining).toBeGreaterThan(COUNTDOWN_MS - 300);
    expect(remaining).toBeLessThanOrEqual(COUNTDOWN_MS);
    expect(Math.abs(alice.clock.offset)).toBeLessThan(1000);

    // A move during the countdown is refused, with a code a client can switch on.
    const early = await bob.c.request("game:move", { gameId: joined.gameId, seatToken: joined.seatToken, move: { type: "send", kind: "ack" } });
    expect(early).toMatchObject({ ok: false, error: { code: "NOT_STARTED" } });

    const running = async (arrivals: typeof alice.arrivals, tick: number) =>
      eventually(async () => arrivals.find((a) => a.snapshot.status === "running" && a.snapshot.view?.tick === tick) ?? null, 5000);
    const tick0 = await running(alice.arrivals, 0);
    const tick1 = await running(alice.arrivals, 1);
    // Timers may fire a little early against Date.now() (ms rounding): a few ms of slack.
    expect(tick0.at).toBeGreaterThanOrEqual(startsAt - 5);
    expect(tick1.at).toBeGreaterThanOrEqual(startsAt + TICK_MS - 5);
    expect(tick0.snapshot.view?.params).toEqual(waiting.announced);
    expect(tick0.snapshot).not.toHaveProperty("announced");
    expect(tick0.snapshot).not.toHaveProperty("startsAt");
    // Every "starting" snapshot came before the first view.
    const statuses = alice.arrivals.map((a) => a.snapshot.status);
    expect(statuses.slice(0, statuses.indexOf("running"))).toEqual(["waiting", "starting"]);

    // Now moves are taken, and the game's record starts at tick 0, after the countdown.
    const move = await alice.c.request("game:move", { gameId: created.gameId, seatToken: created.seatToken, move: { type: "send", kind: "proposal" } });
    expect(move.ok).toBe(true);
    const room = t.server.registry.get(created.gameId);
    expect(room?.startedAt?.getTime()).toBeGreaterThanOrEqual(startsAt);
    expect(room?.record.inputs.length).toBeGreaterThan(0);
  });
});
