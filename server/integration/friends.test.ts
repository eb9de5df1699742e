/**
 * Friend games over real sockets: each human seat sees whether the other's player is connected
 * (and only in friend games), and after the game either player asks for a rematch, the other
 * accepts, and both land in a new game with the seats swapped; refusals are typed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { advanceClock, freezeClock, isFinished, startTestServer, TestClient, type Packet, type TestServer } from "../testing/harness";

let t: TestServer;
const clients: TestClient[] = [];
const client = (name: string) => {
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

const friendGame = (dawnTick: number) => ({
  scenario: "generals",
  params: { captureProbability: 0.3, crossingTicks: 1, dawnTick },
  seat: "A",
  others: { B: { kind: "human" } },
  tickMs: 20,
});

const snapshotWhere = (gameId: string, test: (s: GameSnapshot) => boolean) => (p: Packet) =>
  p.event === "game:snapshot" && (p.data as GameSnapshot).gameId === gameId && test(p.data as GameSnapshot);
const presenceOf = (s: GameSnapshot, seat: string) => s.seats.find((x) => x.seat === seat)?.present;

async function friends(dawnTick: number) {
  const host = client("Ada");
  const joiner = client("Bo");
  await Promise.all([host.connected(), joiner.connected()]);
  const a = await host.request<SeatGrant>("game:create", { ...friendGame(dawnTick), player: host.player });
  if (!a.ok) throw new Error(a.error.code);
  const b = await joiner.request<SeatGrant>("game:join", { code: a.code, player: joiner.player });
  if (!b.ok) throw new Error(b.error.code);
  return { host, joiner, a, b };
}

describe("friend games: presence", () => {
  it("each seat sees the other leave and come back; a game with a bot shows no presence", async () => {
    const { host, joiner, a, b } = await friends(200);
    await host.waitFor(snapshotWhere(a.gameId, (s) => s.status === "running" && presenceOf(s, "B") === true && presenceOf(s, "A") === true));
    await joiner.waitFor(snapshotWhere(a.gameId, (s) => presenceOf(s, "A") === true));

    joiner.close();
    await host.waitFor(snapshotWhere(a.gameId, (s) => presenceOf(s, "B") === false));

    const back = client("Bo again");
    await back.connected();
    expect((await back.request("game:resume", { gameId: b.gameId, seatToken: b.seatToken })).ok).toBe(true);
    const seen = host.packets.length;
    await host.waitFor((p) => host.packets.indexOf(p) >= seen && snapshotWhere(a.gameId, (s) => presenceOf(s, "B") === true)(p));

    // A solo game against a bot: no seat carries presence.
    const solo = client("Cy");
    await solo.connected();
    const g = await solo.request<SeatGrant>("game:create", { ...friendGame(200), others: { B: { kind: "bot", strategy: "bold" } }, player: solo.player });
    expect(g.ok).toBe(true);
    const snap = (await solo.waitFor((p) => p.event === "game:snapshot")).data as GameSnapshot;
    expect(snap.seats.every((s) => !("present" in s))).toBe(true);
  });
});

describe("friend games: rematch", () => {
  it("one asks, the other accepts: both land in a new game, seats swapped, same params, new seed", async () => {
    const { host, joiner, a, b } = await friends(4);
    // Not over yet.
    const early = await host.request("game:rematch", { gameId: a.gameId, seatToken: a.seatToken });
    expect(early).toMatchObject({ ok: false, error: { code: "GAME_NOT_FINISHED" } });

    await host.waitFor((p) => isFinished(p) && (p.data as GameSnapshot).gameId === a.gameId, 5000);
    await joiner.waitFor((p) => isFinished(p) && (p.data as GameSnapshot).gameId === a.gameId, 5000);
    expect(host.lastSnapshot()?.rematch).toEqual({ status: "open" });

    // Not a seat: a stranger with a made-up token.
    const stranger = client("Eve");
    await stranger.connected();
    const forged = await stranger.request("game:rematch", { gameId: a.gameId, seatToken: "z".repeat(32) });
    expect(forged).toMatchObject({ ok: false, error: { code: "BAD_TOKEN" } });

    expect(await host.request("game:rematch", { gameId: a.gameId, seatToken: a.seatToken })).toEqual({ ok: true, rematch: "asked" });
    // Twice.
    const twice = await host.request("game:rematch", { gameId: a.gameId, seatToken: a.seatToken });
    expect(twice).toMatchObject({ ok: false, error: { code: "REMATCH_ALREADY_ASKED" } });
    // The other sees the request.
    const asked = (await joiner.waitFor(snapshotWhere(a.gameId, (s) => s.rematch?.status === "asked"))).data as GameSnapshot;
    expect(asked.rematch).toMatchObject({ status: "asked", askedBy: ["A"] });

    expect(await joiner.request("game:rematch", { gameId: b.gameId, seatToken: b.seatToken })).toEqual({ ok: true, rematch: "ready" });
    const readyA = (await host.waitFor(snapshotWhere(a.gameId, (s) => s.rematch?.status === "ready"))).data as GameSnapshot;
    const readyB = (await joiner.waitFor(snapshotWhere(a.gameId, (s) => s.rematch?.status === "ready"))).data as GameSnapshot;
    if (readyA.rematch?.status !== "ready" || readyB.rematch?.status !== "ready") throw new Error("not ready");
    const nextA = readyA.rematch.next;
    const nextB = readyB.rematch.next;
    // Same new game, seats swapped, each seat's snapshot carrying only its own grant.
    expect(nextA.gameId).toBe(nextB.gameId);
    expect(nextA.gameId).not.toBe(a.gameId);
    expect([nextA.seat, nextB.seat]).toEqual(["B", "A"]);
    expect(nextA.seatToken).not.toBe(nextB.seatToken);
    expect(JSON.stringify(readyA)).not.toContain(nextB.seatToken);
    // Accepting again: the rematch is made.
    const again = await joiner.request("game:rematch", { gameId: b.gameId, seatToken: b.seatToken });
    expect(again).toMatchObject({ ok: false, error: { code: "REMATCH_UNAVAILABLE" } });

    // Both enter the new game: it runs, with the same scenario and params and a new seed.
    expect((await host.request("game:resume", { gameId: nextA.gameId, seatToken: nextA.seatToken })).ok).toBe(true);
    expect((await joiner.request("game:resume", { gameId: nextB.gameId, seatToken: nextB.seatToken })).ok).toBe(true);
    const running = (await host.waitFor(snapshotWhere(nextA.gameId, (s) => s.status === "running"))).data as GameSnapshot;
    expect(running.seat).toBe("B");
    expect(running.seats.map((s) => [s.seat, s.name])).toEqual([["A", "Bo"], ["B", "Ada"]]);
    // The stored game left memory: its rematch was answered by the room rebuilt from the database.
    const oldRoom = t.server.registry.get(a.gameId) ?? t.server.service.finishedRooms.peek(a.gameId)!;
    const newRoom = t.server.registry.get(nextA.gameId)!;
    expect(newRoom.params).toEqual(oldRoom.params);
    expect(newRoom.tickMs).toBe(oldRoom.tickMs);
    expect(newRoom.seed).not.toBe(oldRoom.seed);
    expect(newRoom.friends).toBe(true);
  });

  it("a game with a bot or of a class cannot be rematched", async () => {
    const solo = client("Di");
    await solo.connected();
    const g = await solo.request<SeatGrant>("game:create", { ...friendGame(3), others: { B: { kind: "bot", strategy: "bold" } }, player: solo.player });
    if (!g.ok) throw new Error(g.error.code);
    await solo.waitFor(isFinished, 5000);
    const res = await solo.request("game:rematch", { gameId: g.gameId, seatToken: g.seatToken });
    expect(res).toMatchObject({ ok: false, error: { code: "REMATCH_UNAVAILABLE" } });
    expect(solo.lastSnapshot()).not.toHaveProperty("rematch");
  });
});

describe("friend games: presence tells a seat nothing about the game", () => {
  /**
   * Two worlds B cannot tell apart: A commits to attack, or to hold (B learns which only at dawn).
   * In both, A's page closes and comes back at the same moment, and A reloads once more without
   * ever being away. B's snapshots up to dawn, presence included, must be the same bytes.
   */
  async function world(decision: "attack" | "hold"): Promise<string[]> {
    const host = client("Ada");
    const joiner = client("Bo");
    await Promise.all([host.connected(), joiner.connected()]);
    const create = { ...friendGame(4), tickMs: 10_000, params: { captureProbability: 0, crossingTicks: 1, dawnTick: 4 }, player: host.player };
    const a = await host.request<SeatGrant>("game:create", create);
    if (!a.ok) throw new Error(a.error.code);
    const b = await joiner.request<SeatGrant>("game:join", { code: a.code, player: joiner.player });
    if (!b.ok) throw new Error(b.error.code);
    await joiner.waitFor(snapshotWhere(a.gameId, (s) => s.status === "running" && presenceOf(s, "A") === true));
    const room = t.server.registry.get(a.gameId)!;
    freezeClock(t, room);
    expect((await host.request("game:move", { gameId: a.gameId, seatToken: a.seatToken, move: { type: "commit", decision } })).ok).toBe(true);
    await advanceClock(t, room);
    host.close();
    await joiner.waitFor(snapshotWhere(a.gameId, (s) => presenceOf(s, "A") === false));
    const back = client("Ada");
    await back.connected();
    expect((await back.request("game:resume", { gameId: a.gameId, seatToken: a.seatToken })).ok).toBe(true);
    await joiner.waitFor(snapshotWhere(a.gameId, (s) => presenceOf(s, "A") === true && s.view !== null && (s.view as { tick: number }).tick === 1));
    // A second socket for A (another tab): A never left, so B hears nothing of it.
    const tab = client("Ada");
    await tab.connected();
    expect((await tab.request("game:resume", { gameId: a.gameId, seatToken: a.seatToken })).ok).toBe(true);
    await advanceClock(t, room, 3);
    await joiner.waitFor((p) => isFinished(p) && (p.data as GameSnapshot).gameId === a.gameId);
    const own = joiner.snapshots().filter((x) => x.gameId === a.gameId);
    const untilDawn = own.slice(0, own.findIndex((x) => x.status === "finished"));
    return untilDawn.map((x) => JSON.stringify(x).replaceAll(a.gameId, "<game>").replaceAll(a.code, "<code>"));
  }

  it("B's packets are the same whether A attacks or holds, A's comings and goings included", async () => {
    const attack = await world("attack");
    const hold = await world("hold");
    expect(attack.length).toBeGreaterThan(3);
    expect(attack.some((x) => x.includes('"present":false'))).toBe(true);
    expect(hold).toEqual(attack);
  });
});
