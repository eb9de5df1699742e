/**
 * Hidden information for the Two Insecure Lovers, over real sockets: 1,000 seeded games.
 * Every packet each client receives (first sync, snapshots, acks) is captured and checked:
 * before midnight nothing may reveal the fate of that lover's own SMS, whether the night is
 * lucky, the seed or PRNG state, or the other lover's ladder and decision. After midnight the
 * reveal is there, true to the trace, and the same for both lovers.
 *
 * Games come in twins: the same seed, params, seats and drivers, one on a lucky night and one
 * not. When both twins took exactly the same inputs and produced the same events (nothing was
 * lost on the unlucky night and the moves landed in the same hours), every snapshot each lover
 * got must be identical too: then no field, value or extra packet can carry the lucky night.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { snapshotSchema } from "../testing/snapshotSchema";
import { knownLadder } from "../engine/generals/knowledge";
import { lovers, LOVERS_STRATEGIES, type LoverView, type LoversMove, type LoversState } from "../engine/lovers";
import { loversBotMoves } from "../engine/lovers/bots";
import { SeededRandom, seedRng } from "../engine/prng";
import { GameRecord } from "../engine/record";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import type { Trace } from "../storage/types";
import { isFinished, runPool, SeedPins, startTestServer, TestClient, traceOf, walkKeys, type TestServer } from "../testing/harness";
import { ManualClock } from "../testing/manualClock";
import { sized } from "../testing/tier";

const GAMES = 2 * Math.ceil(Number(process.env.LOVERS_HIDDEN_INFO_GAMES ?? sized(1000, 80)) / 2);
const CONCURRENCY = 40;
const LOSS = [0, 0.1, 0.3, 0.5, 0.9];
type Lover = "alice" | "bob";
const OTHER: Record<Lover, Lover> = { alice: "bob", bob: "alice" };

// One seed per pair of twins. A game's seed is pinned by creating games one at a time (the
// server draws the seed inside game:create) and handing the server the seed of the game
// being created.
const testRandom = new SeededRandom(20261207);
const pairSeeds = Array.from({ length: GAMES / 2 }, () => testRandom.int(1_000_000, 2 ** 32 - 1));
const pins = new SeedPins();

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ newSeed: pins.newSeed });
});
afterAll(async () => {
  await t.stop();
  await t.db.cleanup();
});

const createWithSeed = (client: TestClient, payload: object, seed: number) => pins.create(client, payload, seed);

// What a lover may see before midnight, and nothing more: strict objects refuse any extra field.
const sms = z.object({ id: z.number(), kind: z.enum(["proposal", "ack"]), acked: z.number(), sentAt: z.number() }).strict();
const rung = (seat: Lover) => z.object({ level: z.number(), knower: z.literal(seat), tick: z.number(), sentence: z.string() }).strict();
const runningLoverView = (seat: Lover, lossProbability: number) =>
  z
    .object({
      scenario: z.literal("lovers"),
      seat: z.literal(seat),
      tick: z.number().int().min(0).max(11),
      phase: z.literal("running"),
      params: z.object({ lossProbability: z.literal(lossProbability), hours: z.literal(12) }).strict(),
      sent: z.array(sms),
      received: z.array(sms.extend({ arrivedAt: z.number() }).strict()),
      decision: z.object({ decision: z.enum(["show", "stay"]), tick: z.number() }).strict().nullable(),
      knowledge: z.object({ depth: z.number(), sentence: z.string(), rungs: z.array(rung(seat)) }).strict(),
      can: z.object({ propose: z.boolean(), ack: z.boolean(), decide: z.boolean() }).strict(),
      reveal: z.null(),
    })
    .strict();
const revealSchema = z
  .object({
    outcome: z.enum(["date", "nothing", "stood-up-alice", "stood-up-bob"]),
    scores: z.object({ alice: z.number(), bob: z.number() }).strict(),
    decisions: z.object({ alice: z.unknown(), bob: z.unknown() }).strict(),
    sms: z.array(z.object({ id: z.number(), from: z.string(), to: z.string(), fate: z.enum(["delivered", "lost", "late"]), settledAt: z.number() }).passthrough()),
    ladder: z.array(z.object({ level: z.number(), knower: z.enum(["alice", "bob"]), tick: z.number(), sentence: z.string() }).strict()),
    depths: z.object({ alice: z.number(), bob: z.number() }).strict(),
    chains: z.object({ alice: z.number(), bob: z.number() }).strict(),
    luckyNight: z.boolean(),
  })
  .strict();
type Reveal = z.infer<typeof revealSchema>;
/** Before tick 0 a lover is told the loss probability and the length of the night: never the lucky night. */
const announced = z.object({ lossProbability: z.number(), hours: z.number() }).strict();
const snapshotEnvelope = snapshotSchema({ scenario: "lovers", seat: z.enum(["alice", "bob"]), seatName: z.enum(["alice", "bob"]), announced });
const grantAck = z.object({ ok: z.literal(true), gameId: z.string(), code: z.string(), seat: z.string(), seatToken: z.string() }).strict();
const errorAck = z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }).strict() }).strict();
const moveAck = z.union([z.object({ ok: z.literal(true), seq: z.number() }).strict(), errorAck]);
/** The refusals a lover's own moves may get: each is about its own phone, or the clock. */
const OWN_REFUSALS = ["NOT_ALLOWED", "TOO_SOON", "ALREADY_DECIDED", "GAME_OVER"];

/** Keys that would carry hidden state (or a credential) if they ever appeared before midnight. */
const FORBIDDEN_KEYS = new Set([
  "rng", "seed", "inner", "fate", "settledAt", "arrivesAt", "lost", "lose", "late", "lucky", "luckyNight", "captureProbability", "capturedBy",
  "messengers", "sms", "commitments", "decisions", "outcome", "scores", "ladder", "depths", "chains", "inputs", "events", "token", "seatToken",
]);

/** How a human seat is played from the client side: a bot strategy on its own snapshots, random moves, or nothing. */
type Driver = { kind: "bot"; strategy: string } | { kind: "random"; seed: number } | { kind: "passive" };

interface Player {
  seat: Lover;
  client: TestClient;
  driver: Driver;
  grant?: SeatGrant;
}

interface GameSetup {
  index: number;
  seed: number;
  lossProbability: number;
  luckyNight: boolean;
  /** The creator's seat; the other seat is a human (joins by code) or a server bot. */
  creator: Lover;
  humans: Partial<Record<Lover, Driver>>;
  bots: Partial<Record<Lover, string>>;
}

/** The setup of game `index`: twins (2k, 2k+1) differ only in the lucky night. */
function setupOf(index: number): GameSetup {
  const pair = Math.floor(index / 2);
  const r = new SeededRandom(pair + 1);
  const lossProbability = LOSS[r.int(0, LOSS.length - 1)];
  const luckyNight = (index + pair) % 2 === 0; // which twin is lucky alternates
  const strategy = () => LOVERS_STRATEGIES[r.int(0, LOVERS_STRATEGIES.length - 1)];
  const driver = (seatSalt: number): Driver => (r.float() < 0.7 ? { kind: "bot", strategy: strategy() } : { kind: "random", seed: pair * 10 + seatSalt });
  const mode = r.float();
  if (mode < 0.5) return { index, seed: pairSeeds[pair], lossProbability, luckyNight, creator: "alice", humans: { alice: driver(1), bob: driver(2) }, bots: {} };
  if (mode < 0.65) return { index, seed: pairSeeds[pair], lossProbability, luckyNight, creator: "alice", humans: { alice: driver(1) }, bots: { bob: strategy() } };
  if (mode < 0.8) return { index, seed: pairSeeds[pair], lossProbability, luckyNight, creator: "bob", humans: { bob: driver(2) }, bots: { alice: strategy() } };
  // A lover who only watches while a bot plays the other seat: its packets depend on nothing
  // but the server, so twins match whenever nothing was lost.
  return { index, seed: pairSeeds[pair], lossProbability, luckyNight, creator: "bob", humans: { bob: { kind: "passive" } }, bots: { alice: strategy() } };
}

/** Random moves, legal or not: illegal ones must be refused without revealing anything either. */
function randomMoves(view: LoverView, rng: SeededRandom): LoversMove[] {
  const moves: LoversMove[] = [];
  if (rng.float() < 0.45) moves.push({ type: "send", kind: rng.float() < 0.5 ? "proposal" : "ack" });
  if (rng.float() < (view.can.decide ? 0.1 : 0.03)) moves.push({ type: "decide", decision: rng.float() < 0.5 ? "show" : "stay" });
  return moves;
}

/** Play a seat from the client side, using only the snapshots it receives. */
function drive(player: Player) {
  if (player.driver.kind === "passive") return;
  const driver = player.driver;
  const rng = new SeededRandom(driver.kind === "random" ? driver.seed : 0);
  player.client.socket.on("game:snapshot", (snap: GameSnapshot) => {
    if (snap.status !== "running" || !snap.view || !player.grant) return;
    const view = snap.view as LoverView;
    const moves = driver.kind === "bot" ? loversBotMoves(view, driver.strategy) : randomMoves(view, rng);
    for (const move of moves) void player.client.request("game:move", { gameId: player.grant.gameId, seatToken: player.grant.seatToken, move }).catch(() => undefined);
  });
}

async function playOne(setup: GameSetup): Promise<{ players: Player[]; gameId: string }> {
  const players: Player[] = (["alice", "bob"] as const)
    .filter((seat) => setup.humans[seat])
    .map((seat) => ({ seat, client: new TestClient(t.server.url, `${seat}${Math.floor(setup.index / 2)}`), driver: setup.humans[seat]! }))
    .sort((x, y) => (x.seat === setup.creator ? -1 : y.seat === setup.creator ? 1 : 0));
  await Promise.all(players.map((pl) => pl.client.connected()));
  players.forEach(drive);
  const [creator, ...rest] = players;
  const others = Object.fromEntries(
    (["alice", "bob"] as const).filter((s) => s !== setup.creator).map((s) => [s, setup.bots[s] ? { kind: "bot", strategy: setup.bots[s] } : { kind: "human" }]),
  );
  const created = await createWithSeed(
    creator.client,
    { scenario: "lovers", params: { lossProbability: setup.lossProbability, luckyNight: setup.luckyNight }, seat: setup.creator, others, tickMs: 8, player: creator.client.player },
    setup.seed,
  );
  if (!created.ok) throw new Error(created.error.code);
  creator.grant = created;
  for (const pl of rest) {
    const joined = await pl.client.request<SeatGrant>("game:join", { code: created.code, player: pl.client.player });
    if (!joined.ok) throw new Error(joined.error.code);
    expect(joined.seat).toBe(pl.seat);
    pl.grant = joined;
  }
  await Promise.all(players.map((pl) => pl.client.waitFor(isFinished, 15_000)));
  players.forEach((pl) => pl.client.close());
  return { players, gameId: created.gameId };
}

/** The trace replayed: every PRNG state word the game went through (as text) and the true ladder. */
function replayTrace(trace: Trace): { rngWords: Set<string>; ladder: Rung[] } {
  const record = new GameRecord<LoversState>(lovers, trace.params, trace.seed);
  const words = new Set<string>(seedRng(trace.seed).map(String));
  for (const input of trace.inputs) {
    const r = record.apply(input);
    expect(r.ok, `replay refused ${input.type}`).toBe(true);
    for (const w of record.state.inner.rng) words.add(String(w));
  }
  expect(JSON.stringify(record.traceEvents())).toBe(JSON.stringify(trace.events)); // the trace is the game that was played
  const ladder = record.state.inner.ladder.map((r) => ({ level: r.level, knower: (r.knower === "A" ? "alice" : "bob") as Lover, tick: r.tick }));
  // Tiny words could match a tick or an id by chance; the state words are 32-bit.
  return { rngWords: new Set([...words].filter((w) => w.replace("-", "").length >= 5)), ladder };
}

type Rung = { level: number; knower: Lover; tick: number };
type LoversTraceEvent = { type: string; tick: number; smsId?: number; from?: string; to?: string; kind?: string; acked?: number; lover?: string; decision?: string; byDefault?: boolean };

/** Check every packet one lover received; return its pre-midnight snapshots and its reveal. */
function checkLover(player: Player, setup: GameSetup, trace: Trace, ladder: Rung[], otherToken: string | undefined, secrets: Set<string>) {
  const seat = player.seat;
  const events = trace.events as unknown as LoversTraceEvent[];
  const viewSchema = runningLoverView(seat, setup.lossProbability);
  const mySends = events.filter((e) => e.type === "send" && e.from === seat);
  const ownDecision = events.find((e) => e.type === "decide" && e.lover === seat && !e.byDefault);
  const sentSeen = new Map<number, string>();
  const before: { body: string; seq: number }[] = [];
  let last: { body: string; seq: number; tick: number } | null = null;
  let reveal: Reveal | null = null;
  let finishedBody: string | null = null;
  let refusals = 0;

  // Plain checks with one expect per packet: tens of thousands of packets are checked.
  const noSecrets = (text: string, what: string) => {
    let found: string | undefined;
    for (const s of secrets) if (text.includes(s)) found = `the seed or a PRNG state word (${s})`;
    if (/lucky/i.test(text)) found = "a mention of luck";
    if (otherToken && text.includes(otherToken)) found = "the other lover's seat token";
    expect(found, `${what} to ${seat} contains ${found}: ${text.slice(0, 300)}`).toBeUndefined();
  };

  for (const packet of player.client.packets) {
    const text = JSON.stringify(packet.data);
    if (packet.event.startsWith("ack:")) {
      if (reveal) continue; // after midnight
      if (packet.event === "ack:game:move") {
        const ack = moveAck.parse(packet.data);
        if (!ack.ok) {
          expect(OWN_REFUSALS).toContain(ack.error.code);
          refusals++;
        }
      } else {
        expect(["ack:game:create", "ack:game:join"]).toContain(packet.event);
        grantAck.parse(packet.data);
      }
      noSecrets(text, packet.event);
      continue;
    }
    expect(packet.event).toBe("game:snapshot");
    const snap = snapshotEnvelope.parse(packet.data);
    expect(snap.seat).toBe(seat);
    const { seq, ...rest } = snap;
    const body = JSON.stringify({ ...rest, gameId: undefined, code: undefined });
    if (snap.status === "finished") {
      // Midnight: from here on everything may be revealed, the same in every finished snapshot.
      const view = snap.view as { phase: string; tick: number; reveal: unknown };
      expect(view.phase).toBe("finished");
      expect(view.tick).toBe(12);
      const r = revealSchema.parse(view.reveal);
      if (reveal) expect(JSON.stringify(r)).toBe(finishedBody);
      reveal = r;
      finishedBody = JSON.stringify(r);
      continue;
    }
    expect(reveal, `a running snapshot after midnight to ${seat}`).toBeNull();
    noSecrets(text, "snapshot");
    const forbidden: string[] = [];
    walkKeys(snap, (k) => FORBIDDEN_KEYS.has(k) && forbidden.push(k));
    expect(forbidden, `forbidden keys sent to ${seat}`).toEqual([]);
    // One snapshot per change of this lover's own view: a new number means a new body, and a
    // repeated number (the resync after entering) means the same body.
    if (last) {
      if (seq === last.seq) expect(body).toBe(last.body);
      else {
        expect(seq).toBe(last.seq + 1);
        expect(body, `snapshot ${seq} to ${seat} repeats ${last.seq}`).not.toBe(last.body);
      }
    } else expect(seq).toBe(1);
    before.push({ body, seq });
    if (snap.view === null) {
      expect(snap.status).toBe("waiting");
      last = { body, seq, tick: -1 };
      continue;
    }
    expect(snap.status).toBe("running");
    const view = viewSchema.parse(snap.view);
    expect(view.tick).toBeGreaterThanOrEqual(last?.tick ?? 0);
    last = { body, seq, tick: view.tick };

    // An SMS's record never changes once sent: no later packet hints at its fate.
    for (const m of view.sent) {
      const seen = sentSeen.get(m.id);
      const now = JSON.stringify(m);
      if (seen) expect(now).toBe(seen);
      sentSeen.set(m.id, now);
    }
    // Sent: exactly this lover's own SMS so far, as the trace tells them (a prefix: some of
    // this hour's may come later), and nothing about what became of them.
    // Ids are in this lover's own frame (1..k in send order), never the night's SMS ids, whose
    // gaps would be the other lover's lost texts.
    const shown = view.sent.map((m) => m.id);
    expect(shown.length).toBeGreaterThanOrEqual(mySends.filter((e) => e.tick < view.tick).length);
    for (const [i, m] of view.sent.entries()) {
      const e = mySends[i];
      expect(e.tick).toBeLessThanOrEqual(view.tick);
      expect(m).toEqual({ id: i + 1, kind: e.kind, acked: e.acked, sentAt: e.tick });
    }
    // Received: every SMS that reached this lover by this hour (deliveries come first in an hour),
    // numbered 1..m as they arrived.
    const delivered = events.filter((e) => e.type === "deliver" && e.to === seat && e.tick <= view.tick);
    expect(view.received.map((m) => m.id)).toEqual(delivered.map((_, i) => i + 1));
    for (const [i, m] of view.received.entries()) expect(m.arrivedAt).toBe(delivered[i].tick);
    // The decision shown is this lover's own, never the other's.
    if (view.decision) expect(view.decision).toEqual({ decision: ownDecision?.decision, tick: ownDecision?.tick });
    else if (ownDecision) expect(ownDecision.tick).toBeGreaterThanOrEqual(view.tick);
    // Rungs: what this lover can be sure of from its own phone (never the other's rungs, never
    // above the truth, and never the true ladder itself, which would tell it its SMS's fates).
    const myRungs = ladder.filter((r) => r.knower === seat && r.tick <= view.tick);
    const general = seat === "alice" ? "A" : "B";
    const sure = knownLadder(general, view.sent.map((m) => ({ id: m.id, sentAt: m.sentAt, arrivesAt: m.sentAt + 1 })), view.received);
    expect(view.knowledge.rungs.map((r) => [r.level, r.tick])).toEqual(sure.map((r) => [r.level, r.tick]));
    expect(view.knowledge.depth).toBe(sure.at(-1)?.level ?? 0);
    expect(view.knowledge.depth).toBeLessThanOrEqual(myRungs.at(-1)?.level ?? 0);
    for (const r of view.knowledge.rungs) expect(r.knower).toBe(seat);
    // What a lover may do follows from its own phone alone.
    const sentThisHour = view.sent.at(-1)?.sentAt === view.tick;
    expect(view.can).toEqual({ propose: seat === "alice" && !sentThisHour, ack: !sentThisHour && view.received.length > 0, decide: view.decision === null });
  }
  expect(reveal, `${seat} never saw midnight`).not.toBeNull();
  return { before, reveal: reveal as Reveal, refusals };
}

/** The reveal agrees with the trace: outcome, every SMS's fate, both decisions, the ladder, the lucky night. */
function checkReveal(reveal: Reveal, trace: Trace, ladder: Rung[], setup: GameSetup) {
  const events = trace.events as unknown as LoversTraceEvent[];
  expect(reveal.luckyNight).toBe(setup.luckyNight);
  expect(reveal.outcome).toBe(trace.outcome);
  const fates = new Map<number, string>();
  for (const e of events) {
    if (e.type === "deliver") fates.set(e.smsId!, "delivered");
    if (e.type === "lose") fates.set(e.smsId!, "lost");
    if (e.type === "late") fates.set(e.smsId!, "late");
  }
  expect(reveal.sms.map((m) => [m.id, m.fate])).toEqual(events.filter((e) => e.type === "send").map((e) => [e.smsId, fates.get(e.smsId!)]));
  for (const lover of ["alice", "bob"] as const) {
    const d = events.find((e) => e.type === "decide" && e.lover === lover)!;
    expect(reveal.decisions[lover]).toEqual({ decision: d.decision, tick: d.tick, byDefault: d.byDefault });
    expect(reveal.depths[lover]).toBe(trace.result[lover].depth);
    // The chain is the lover's top rung of the true ladder; what it knew is never more.
    expect(reveal.chains[lover]).toBe(Math.max(0, ...ladder.filter((r) => r.knower === lover).map((r) => r.level)));
    expect(reveal.depths[lover]).toBeLessThanOrEqual(reveal.chains[lover]);
    expect(reveal.scores[lover]).toBe(trace.result[lover].score);
  }
  expect(reveal.ladder.map((r) => [r.level, r.knower, r.tick])).toEqual(ladder.map((r) => [r.level, r.knower, r.tick]));
}

describe(`Lovers: hidden information over ${GAMES} games on real sockets`, () => {
  it("no packet before midnight reveals own SMS fates, the lucky night, the seed or PRNG, or the other lover's state", async () => {
    const results = new Map<number, { setup: GameSetup; trace: Trace; streams: Partial<Record<Lover, { body: string; seq: number }[]>>; reveal: Reveal }>();
    const stats = { lucky: 0, withLoss: 0, withLate: 0, depthTwo: 0, bothHumans: 0, refusals: 0, twinsCompared: 0, twinsComparedWithRisk: 0 };
    const outcomes = new Map<string, number>();

    await runPool(GAMES, CONCURRENCY, async (index) => {
      const setup = setupOf(index);
      const { players, gameId } = await playOne(setup);
      const trace = await traceOf(t.server.url, gameId);
      expect(trace.seed).toBe(setup.seed);
      expect(trace.params).toEqual({ lossProbability: setup.lossProbability, luckyNight: setup.luckyNight });
      const events = trace.events as unknown as LoversTraceEvent[];
      if (setup.luckyNight) {
        stats.lucky++;
        expect(events.some((e) => e.type === "lose"), "an SMS was lost on a lucky night").toBe(false);
      }
      if (events.some((e) => e.type === "lose")) stats.withLoss++;
      if (events.some((e) => e.type === "late")) stats.withLate++;
      if (Math.max(trace.result.alice.depth ?? 0, trace.result.bob.depth ?? 0) >= 2) stats.depthTwo++;
      outcomes.set(trace.outcome, (outcomes.get(trace.outcome) ?? 0) + 1);

      const { rngWords, ladder } = replayTrace(trace);
      const secrets = new Set([String(trace.seed), ...rngWords]);
      const tokens = Object.fromEntries(players.map((pl) => [pl.seat, pl.grant!.seatToken]));
      const streams: Partial<Record<Lover, { body: string; seq: number }[]>> = {};
      const reveals: Reveal[] = [];
      for (const player of players) {
        const seen = checkLover(player, setup, trace, ladder, tokens[OTHER[player.seat]], secrets);
        checkReveal(seen.reveal, trace, ladder, setup);
        streams[player.seat] = seen.before;
        reveals.push(seen.reveal);
        stats.refusals += seen.refusals;
        expect(player.client.snapshots().at(-1)?.status).toBe("finished");
      }
      // After midnight both lovers get the same reveal.
      if (reveals.length === 2) {
        stats.bothHumans++;
        expect(reveals[1]).toEqual(reveals[0]);
      }
      const reveal = reveals[0];
      results.set(index, { setup, trace, streams, reveal });

      // Twins: once both have played, compare them if they took the very same inputs.
      const twin = results.get(index ^ 1);
      if (!twin) return;
      const mine = results.get(index)!;
      results.delete(index);
      results.delete(index ^ 1);
      // Same inputs and same events: nothing was lost on the unlucky night, moves landed alike.
      if (JSON.stringify(twin.trace.inputs) !== JSON.stringify(mine.trace.inputs)) return;
      if (JSON.stringify(twin.trace.events) !== JSON.stringify(mine.trace.events)) return;
      stats.twinsCompared++;
      if (setup.lossProbability > 0) stats.twinsComparedWithRisk++;
      for (const seat of ["alice", "bob"] as const) expect(mine.streams[seat], `${seat}'s packets differ between twins`).toEqual(twin.streams[seat]);
      expect({ ...mine.reveal, luckyNight: null }).toEqual({ ...twin.reveal, luckyNight: null });
      expect(mine.reveal.luckyNight).toBe(!twin.reveal.luckyNight);
    });

    // The games must actually exercise what is being hidden.
    expect(stats.lucky).toBe(GAMES / 2);
    expect(stats.withLoss).toBeGreaterThan(GAMES / 10);
    expect(stats.withLate).toBeGreaterThan(GAMES / 10);
    expect(stats.depthTwo).toBeGreaterThan(GAMES / 10);
    expect(stats.bothHumans).toBeGreaterThan(GAMES / 4);
    expect(stats.refusals).toBeGreaterThan(GAMES / 10);
    expect(outcomes.size).toBe(4);
    // Twins compare only when both games' moves landed on the same ticks, which a loaded machine
    // makes rarer: 94 pairs (39 with risk) on a quiet one, 44 in a gate running beside everything.
    expect(stats.twinsCompared).toBeGreaterThan(GAMES / 40);
    expect(stats.twinsComparedWithRisk).toBeGreaterThan(GAMES / 80);
    console.log(`lovers hidden info: ${JSON.stringify({ games: GAMES, ...stats, outcomes: Object.fromEntries(outcomes) })}`);
  }, 600_000);
});

/**
 * A leak this test found and now guards: the ladder shown to a lover was once computed from the
 * true fates of the SMS, not from what the lover's phone shows. Here are two unlucky nights, with
 * the same moves at the same hours, that look exactly the same on Alice's phone (the same SMS
 * sent, the same SMS received, with the same `acked` counts): only the fates of her own SMS 3 and
 * 4 swap. She was shown depth 4 on one night and depth 2 on the other, so her ladder told her
 * which of her own SMS got through. Now both show what she can be sure of (knownLadder).
 */
describe("Lovers: the knowledge shown depends only on what the lover's phone shows", () => {
  // Found by replaying this script over seeds at the engine level (p = 0.5).
  const SEEDS = [2825, 2972];
  const SCRIPT: Record<number, { seat: Lover; move: LoversMove }[]> = {
    0: [{ seat: "alice", move: { type: "send", kind: "proposal" } }],
    1: [
      { seat: "bob", move: { type: "send", kind: "ack" } },
      { seat: "alice", move: { type: "send", kind: "proposal" } },
    ],
    2: [{ seat: "alice", move: { type: "send", kind: "ack" } }],
    4: [{ seat: "bob", move: { type: "send", kind: "ack" } }],
  };
  // The hours pass on a manual clock: the script's moves land in their hours however slow the machine.
  const clock = new ManualClock();
  const scriptPins = new SeedPins();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ newSeed: scriptPins.newSeed, clock }, t.db);
  });
  afterAll(() => server.stop());

  /** Play the script on a pinned seed, both lovers over sockets, moves in script order within each hour. */
  async function scriptedNight(seed: number) {
    const clients = { alice: new TestClient(server.server.url, "Alice"), bob: new TestClient(server.server.url, "Bob") };
    await Promise.all([clients.alice.connected(), clients.bob.connected()]);
    const created = await scriptPins.create(
      clients.alice,
      { scenario: "lovers", params: { lossProbability: 0.5, luckyNight: false }, seat: "alice", others: { bob: { kind: "human" } }, tickMs: 250, player: clients.alice.player },
      seed,
    );
    if (!created.ok) throw new Error(created.error.code);
    const joined = await clients.bob.request<SeatGrant>("game:join", { code: created.code, player: clients.bob.player });
    if (!joined.ok) throw new Error(joined.error.code);
    const grants = { alice: created, bob: joined };
    const atHour = (c: TestClient, hour: number) =>
      c.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "running" && ((p.data as GameSnapshot).view as LoverView).tick >= hour);
    let now = 0;
    for (const [hour, moves] of Object.entries(SCRIPT)) {
      for (; now < Number(hour); now++) await clock.advance(created.gameId);
      const seen = await Promise.all([atHour(clients.alice, Number(hour)), atHour(clients.bob, Number(hour))]);
      for (const s of seen) expect(((s.data as GameSnapshot).view as LoverView).tick).toBe(Number(hour));
      for (const { seat, move } of moves) {
        const res = await clients[seat].request("game:move", { gameId: created.gameId, seatToken: grants[seat].seatToken, move });
        expect(res, `${seat} ${JSON.stringify(move)} at ${hour}`).toMatchObject({ ok: true });
      }
    }
    while (clock.running(created.gameId)) await clock.advance(created.gameId);
    await Promise.all([clients.alice.waitFor(isFinished), clients.bob.waitFor(isFinished)]);
    clients.alice.close();
    clients.bob.close();
    const running = clients.alice.snapshots().filter((s) => s.status === "running");
    return { trace: await traceOf(server.server.url, created.gameId), alice: running.at(-1)!.view as LoverView };
  }

  it("two unlucky nights look the same on Alice's phone, though her SMS met different fates, so she is shown the same knowledge", async () => {
    const x = await scriptedNight(SEEDS[0]);
    const y = await scriptedNight(SEEDS[1]);
    expect(x.trace.inputs).toEqual(y.trace.inputs);
    expect(x.alice.tick).toBe(11);
    const phone = (v: LoverView) => ({ tick: v.tick, sent: v.sent, received: v.received, decision: v.decision, can: v.can });
    expect(phone(x.alice)).toEqual(phone(y.alice));
    const fates = (tr: Trace) => (tr.events as unknown as LoversTraceEvent[]).filter((e) => e.type === "lose" || e.type === "deliver").map((e) => [e.smsId, e.type]);
    expect(fates(x.trace)).not.toEqual(fates(y.trace));
    expect(x.alice.knowledge).toEqual(y.alice.knowledge);
  });
});
