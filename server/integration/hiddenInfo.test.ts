/**
 * Hidden information over real sockets: 1,000 seeded games between bot-driven clients.
 * Every packet each client receives (first sync, snapshots, acks) is captured and checked:
 * before dawn nothing may reveal the fate of that seat's own messengers, the seed or PRNG
 * state, or the other general's state.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { snapshotSchema } from "../testing/snapshotSchema";
import { enemyBotMoves, generalBotMoves, GENERAL_STRATEGIES, type GeneralStrategy } from "../engine/generals/bots";
import type { EnemyView, GeneralView } from "../engine/generals/view";
import { SeededRandom } from "../engine/prng";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { eventually, isFinished, startTestServer, TestClient, walkKeys, type Packet, type TestServer } from "../testing/harness";
import { sized } from "../testing/tier";

const GAMES = Number(process.env.HIDDEN_INFO_GAMES ?? sized(1000, 60));
const CONCURRENCY = 40;
const testRandom = new SeededRandom(20261122);
const seeds = Array.from({ length: GAMES }, () => testRandom.int(1_000_000, 2 ** 32 - 1));
let nextSeed = 0;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ newSeed: () => seeds[nextSeed++ % seeds.length] });
});
afterAll(async () => {
  await t.stop();
  await t.db.cleanup();
});

// What a general may see before dawn, and nothing more: strict objects refuse any extra field.
const params = z.object({ captureProbability: z.number(), crossingTicks: z.number(), dawnTick: z.number(), enemy: z.string() }).strict();
const sent = z.object({ id: z.number(), kind: z.enum(["plan", "ack"]), acked: z.number(), sentAt: z.number() }).strict();
const rung = (seat: string) => z.object({ level: z.number(), knower: z.literal(seat), tick: z.number(), sentence: z.string() }).strict();
const runningGeneralView = (seat: "A" | "B") =>
  z
    .object({
      scenario: z.literal("generals"),
      tick: z.number(),
      params,
      phase: z.literal("running"),
      reveal: z.null(),
      seat: z.literal(seat),
      sent: z.array(sent),
      received: z.array(sent.extend({ arrivedAt: z.number() }).strict()),
      commitment: z.object({ decision: z.enum(["attack", "hold"]), tick: z.number() }).strict().nullable(),
      knowledge: z.object({ depth: z.number(), sentence: z.string(), rungs: z.array(rung(seat)) }).strict(),
      can: z.object({ sendPlan: z.boolean(), sendAck: z.boolean(), commit: z.boolean() }).strict(),
    })
    .strict();
const valleyMessenger = z.object({ id: z.number(), from: z.enum(["A", "B"]), to: z.enum(["A", "B"]), kind: z.enum(["plan", "ack"]), acked: z.number(), sentAt: z.number(), arrivesAt: z.number() }).strict();
const runningEnemyView = z
  .object({
    scenario: z.literal("generals"),
    tick: z.number(),
    params,
    phase: z.literal("running"),
    reveal: z.null(),
    seat: z.literal("enemy"),
    crossing: z.array(valleyMessenger),
    passed: z.array(valleyMessenger.extend({ arrivedAt: z.number() }).strict()),
    captured: z.array(valleyMessenger.extend({ capturedAt: z.number() }).strict()),
    can: z.object({ capture: z.boolean() }).strict(),
  })
  .strict();
/** Before tick 0 a seat is told the announced parameters (every one, to every seat), and nothing else. */
const announced = z.object({ captureProbability: z.number(), crossingTicks: z.number(), dawnTick: z.number(), enemy: z.enum(["none", "bot", "human"]) }).strict();
const snapshotEnvelope = snapshotSchema({ scenario: "generals", seat: z.string(), announced });
const moveAck = z.union([z.object({ ok: z.literal(true), seq: z.number() }).strict(), z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }).strict() }).strict()]);

interface Player {
  seat: "A" | "B" | "enemy";
  client: TestClient;
  grant?: SeatGrant;
  strategy: string;
}

/** Drive a seat with a bot strategy from the client side, using only the snapshots it receives. */
function drive(player: Player, botSeed: number) {
  player.client.socket.on("game:snapshot", (snap: GameSnapshot) => {
    if (snap.status !== "running" || !snap.view || !player.grant) return;
    const moves =
      player.seat === "enemy"
        ? enemyBotMoves(snap.view as EnemyView, player.strategy as "adversarial" | "random", botSeed)
        : generalBotMoves(snap.view as GeneralView, player.strategy as GeneralStrategy);
    for (const move of moves) void player.client.request("game:move", { gameId: player.grant.gameId, seatToken: player.grant.seatToken, move }).catch(() => undefined);
  });
}

async function playOne(index: number): Promise<{ players: Player[]; gameId: string }> {
  const r = new SeededRandom(index + 1);
  const withEnemy = r.float() < 0.3;
  const p = [0, 0.2, 0.5, 0.8][r.int(0, 3)];
  const pick = () => GENERAL_STRATEGIES[r.int(0, GENERAL_STRATEGIES.length - 1)];
  const players: Player[] = [
    { seat: "A", client: new TestClient(t.server.url, `A${index}`), strategy: pick() },
    { seat: "B", client: new TestClient(t.server.url, `B${index}`), strategy: pick() },
  ];
  if (withEnemy) players.push({ seat: "enemy", client: new TestClient(t.server.url, `E${index}`), strategy: r.float() < 0.5 ? "adversarial" : "random" });
  await Promise.all(players.map((pl) => pl.client.connected()));
  const [a, ...rest] = players;
  players.forEach((pl, i) => drive(pl, index * 10 + i));
  const others = Object.fromEntries(rest.map((pl) => [pl.seat, { kind: "human" }]));
  const created = await a.client.request<SeatGrant>("game:create", {
    scenario: "generals",
    params: { captureProbability: p, crossingTicks: 1 + r.int(0, 2), dawnTick: 10 + r.int(0, 6), enemy: withEnemy ? "human" : "none" },
    seat: "A",
    others,
    tickMs: 8,
    player: a.client.player,
  });
  if (!created.ok) throw new Error(created.error.code);
  a.grant = created;
  for (const pl of rest) {
    const joined = await pl.client.request<SeatGrant>("game:join", { code: created.code, player: pl.client.player });
    if (!joined.ok) throw new Error(joined.error.code);
    expect(joined.seat).toBe(pl.seat); // seats fill in order: B, then the Enemy
    pl.grant = joined;
  }
  await Promise.all(players.map((pl) => pl.client.waitFor(isFinished, 15_000)));
  players.forEach((pl) => pl.client.close());
  return { players, gameId: created.gameId };
}

const FORBIDDEN_KEYS = new Set(["rng", "seed", "fate", "capturedBy", "settledAt", "messengers", "commitments", "outcome", "scores", "ladder", "depths", "chains", "inputs", "events", "token", "seatToken"]);

interface TraceEventLike {
  type: string;
  tick: number;
  messengerId?: number;
  from?: string;
  to?: string;
  general?: string;
  decision?: string;
  byDefault?: boolean;
}

function checkPreDawn(player: Player, packets: Packet[], seed: number, events: TraceEventLike[]) {
  const seedText = String(seed);
  const sentSeen = new Map<number, string>();
  const ownCommit = events.find((e) => e.type === "commit" && e.general === player.seat && !e.byDefault);
  for (const packet of packets) {
    const text = JSON.stringify(packet.data);
    if (packet.event.startsWith("ack:")) {
      if (packet.event === "ack:game:move") moveAck.parse(packet.data);
      expect(text).not.toContain(seedText);
      continue;
    }
    expect(packet.event).toBe("game:snapshot");
    const snap = snapshotEnvelope.parse(packet.data);
    if (snap.status === "finished") break; // dawn: from here on everything may be revealed
    expect(text).not.toContain(seedText);
    walkKeys(snap, (k) => expect(FORBIDDEN_KEYS.has(k), `forbidden key ${k} sent to ${player.seat}`).toBe(false));
    if (snap.view === null) continue; // the first sync while waiting for players
    if (player.seat === "enemy") {
      runningEnemyView.parse(snap.view);
      continue;
    }
    const view = runningGeneralView(player.seat).parse(snap.view);
    // A messenger's record never changes once sent: no later packet can hint at its fate.
    for (const m of view.sent) {
      const seen = sentSeen.get(m.id);
      const now = JSON.stringify(m);
      if (seen) expect(now).toBe(seen);
      sentSeen.set(m.id, now);
    }
    // What the seat sees is exactly its own history so far, as the trace tells it.
    // Sends: everything before this tick, and perhaps some of this tick's (a prefix).
    // Ids are in the seat's own frame: its sends 1..k in send order, never the game-wide ids.
    const mySends = events.filter((e) => e.type === "send" && e.from === player.seat);
    const shown = view.sent.map((m) => m.id);
    expect(shown).toEqual(shown.map((_, i) => i + 1));
    expect(view.sent.map((m) => m.sentAt)).toEqual(mySends.slice(0, shown.length).map((e) => e.tick));
    expect(shown.length).toBeGreaterThanOrEqual(mySends.filter((e) => e.tick < view.tick).length);
    expect(mySends.slice(0, shown.length).every((e) => e.tick <= view.tick)).toBe(true);
    // Deliveries happen as a tick begins, so they are all there, numbered 1..m as they arrived.
    const myDeliveries = events.filter((e) => e.type === "deliver" && e.to === player.seat && e.tick <= view.tick);
    const sendOf = (id: number | undefined) => events.find((e) => e.type === "send" && e.messengerId === id);
    expect(view.received.map((m) => m.id)).toEqual(myDeliveries.map((_, i) => i + 1));
    expect(view.received.map((m) => [m.sentAt, m.arrivedAt])).toEqual(myDeliveries.map((e) => [sendOf(e.messengerId)?.tick, e.tick]));
    // The only commitment shown is the seat's own, never the other general's.
    if (view.commitment) expect(view.commitment).toEqual({ decision: ownCommit?.decision, tick: ownCommit?.tick });
    else if (ownCommit) expect(ownCommit.tick).toBeGreaterThanOrEqual(view.tick);
  }
}

describe(`hidden information over ${GAMES} games on real sockets`, () => {
  it("no packet before dawn reveals own messengers' fates, the seed, or the other general's state", async () => {
    let done = 0;
    let withCapture = 0;
    let depthTwo = 0;
    const outcomes = new Map<string, number>();
    const work = async (index: number) => {
      const { players, gameId } = await playOne(index);
      const trace = await eventually(async () => {
        const res = await fetch(`${t.server.url}/api/games/${gameId}/trace`);
        return res.status === 200 ? res.json() : null;
      }, 10_000);
      if (trace.events.some((e: { type: string }) => e.type === "capture")) withCapture++;
      if ((trace.result.A?.depth ?? 0) >= 2) depthTwo++;
      outcomes.set(trace.outcome, (outcomes.get(trace.outcome) ?? 0) + 1);
      for (const player of players) {
        checkPreDawn(player, player.client.packets, trace.seed, trace.events);
        expect(player.client.snapshots().at(-1)?.status).toBe("finished");
      }
      done++;
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < GAMES) await work(next++);
      }),
    );
    expect(done).toBe(GAMES);
    // The games must actually exercise what is being hidden.
    expect(withCapture).toBeGreaterThan(GAMES / 5);
    expect(depthTwo).toBeGreaterThan(GAMES / 10);
    expect(outcomes.size).toBeGreaterThanOrEqual(3);
  }, 600_000);
});
