/**
 * Bad input for consensus: malformed moves of every type (wrong types, huge values, unknown
 * types and the other scenarios' moves, polluting keys, missing and extra fields, forged seats),
 * bad params at game:create, forged and stale tokens, processes acting out of phase or trying
 * the adversary's moves, and an adversary trying to break the model (detector class, f, the
 * protected process, completeness, the network's deadline). Each must get a typed error (the
 * code the engine documents), change nothing (the room's state, every seat's view, and what
 * every human seat is shown on a resume, with its snapshot number) and leave the server up.
 *
 * The live games' clocks are stopped (freezeClock) and moved on by hand (advanceClock), so no
 * tick passes between "before" and "after" of a check however slowly this file runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsensusState, InFlight } from "../engine/consensus";
import { DETECTOR_CLASSES } from "../engine/consensus/params";
import { SeededRandom } from "../engine/prng";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import type { GameRoom } from "../rooms/room";
import { advanceClock, freezeClock, HUGE, isFinished, mutations, newDeviceToken, refusalChecker, resumeSnapshot, startTestServer, TestClient, WRONG_VALUES, type TestServer } from "../testing/harness";

type Grant = SeatGrant & { ok: true };
type Move = Record<string, unknown>;

interface Live {
  room: GameRoom;
  gameId: string;
  /** Every human seat, in seat order. */
  seats: Record<string, { client: TestClient; grant: Grant }>;
  check: ReturnType<typeof refusalChecker>;
}

let t: TestServer;
const clients: TestClient[] = [];
/** n = 3 under P, every seat human (p1, p2, p3 and the adversary), Δ = 2, f = 1, all inputs 0. */
let main: Live;

beforeAll(async () => {
  t = await startTestServer();
  main = await liveGame({ n: 3, inputs: [0, 0, 0], detector: "P", gst: 0, maxDelay: 2, f: 1, mistakeRate: 0, adversary: "human", maxTicks: 1000 }, ["p1", "p2", "p3", "adversary"]);
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

function client(name: string): TestClient {
  const c = new TestClient(t.server.url, name);
  clients.push(c);
  return c;
}

/** Bots for every process seat but `humans` (and the adversary if there is one). */
function botsFor(n: number, humans: string[], adversary: string | null = null): Record<string, object> {
  const others: Record<string, object> = {};
  for (let p = 1; p <= n; p++) if (!humans.includes(`p${p}`)) others[`p${p}`] = { kind: "bot", strategy: "protocol" };
  if (adversary && !humans.includes("adversary")) others.adversary = { kind: "bot", strategy: adversary };
  return others;
}

/** A running game with these human seats (the first creates, the others join in seat order), its clock stopped. */
async function liveGame(params: Record<string, unknown>, humans: string[], bots: Record<string, object> = {}): Promise<Live> {
  const cs = humans.map((seat) => client(`${seat}`));
  await Promise.all(cs.map((c) => c.connected()));
  const others: Record<string, object> = { ...bots };
  for (const seat of humans.slice(1)) others[seat] = { kind: "human" };
  const created = await cs[0].request<SeatGrant>("game:create", { scenario: "consensus", params, seat: humans[0], others, tickMs: 10_000, player: cs[0].player });
  if (!created.ok) throw new Error(`${created.error.code}: ${created.error.message}`);
  const seats: Live["seats"] = { [humans[0]]: { client: cs[0], grant: created } };
  for (const [i, seat] of humans.entries()) {
    if (i === 0) continue;
    const joined = await cs[i].request<SeatGrant>("game:join", { code: created.code, player: cs[i].player });
    if (!joined.ok) throw new Error(joined.error.code);
    expect(joined.seat).toBe(seat);
    seats[seat] = { client: cs[i], grant: joined };
  }
  await Promise.all(cs.map((c) => c.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "running")));
  const room = t.server.registry.get(created.gameId)!;
  freezeClock(t, room);
  const live: Live = { room, gameId: created.gameId, seats, check: refusalChecker(() => fingerprint(live)) };
  return live;
}

const stateOf = (live: Live) => live.room.record.state as ConsensusState;

/** The game's whole state on the server and every seat's view (bots' too), to prove a refused input changed nothing. */
function fingerprint(live: Live): string {
  const { room } = live;
  const views = room.seats.map((s) => room.scenario.view(room.record.state, s.seat));
  return JSON.stringify({ state: room.record.state, views, inputs: room.record.inputs.length, events: room.record.events.length, seats: room.seats, status: room.status, rooms: t.server.registry.size });
}

/** What every human seat is shown, as a resume gives it (with the snapshot number). */
async function shown(live: Live): Promise<Record<string, GameSnapshot>> {
  const entries = await Promise.all(Object.entries(live.seats).map(async ([seat, { client: c, grant }]) => [seat, await resumeSnapshot(c, grant)] as const));
  return Object.fromEntries(entries);
}

const snapshotCount = (live: Live) => Object.values(live.seats).reduce((sum, s) => sum + s.client.snapshots().length, 0);
const PROCESS_SECRET_WORDS = /\bgst\b|protected|deadline|in flight|mistake|seed/i;

/**
 * Refused with a typed error (that code, if given); the room, every seat's view and what every
 * human seat is shown are unchanged; no snapshot was pushed; a process's error says nothing secret.
 */
async function expectRefused(live: Live, from: string | TestClient, event: string, payload: unknown, code?: string) {
  const c = typeof from === "string" ? live.seats[from].client : from;
  const before = await shown(live);
  const count = snapshotCount(live);
  const error = await live.check(c, event, payload, code);
  expect(error.message.length).toBeLessThanOrEqual(300);
  expect(error.message).not.toContain(String(live.room.seed));
  if (typeof from === "string" && from !== "adversary" && !PROCESS_SECRET_WORDS.test(JSON.stringify(payload) ?? "")) {
    expect(error.message, `an error to ${from} gives away a secret`).not.toMatch(PROCESS_SECRET_WORDS);
  }
  expect(snapshotCount(live)).toBe(count);
  expect(await shown(live)).toEqual(before);
  return error;
}

const moveOf = (live: Live, seat: string, move: unknown) => ({ gameId: live.gameId, seatToken: live.seats[seat].grant.seatToken, move });
const refuseMove = (live: Live, seat: string, move: unknown, code: string) => expectRefused(live, seat, "game:move", moveOf(live, seat, move), code);
async function accept(live: Live, seat: string, move: Move) {
  expect(await live.seats[seat].client.request("game:move", moveOf(live, seat, move)), `${seat} ${JSON.stringify(move)}`).toMatchObject({ ok: true });
}

/** A valid move of every type, with values the generated mutations cannot turn into another valid move. */
const VALID_MOVES: Move[] = [
  { type: "opinion" },
  { type: "suggest", value: 0 },
  { type: "reply", ack: true },
  { type: "decide" },
  { type: "relay" },
  { type: "delay", messageId: 1 },
  { type: "rush", messageId: 1 },
  { type: "suspect", process: 1, target: 2 },
  { type: "unsuspect", process: 1, target: 2 },
  { type: "crash", process: 2 },
];
const PROCESS_MOVES = VALID_MOVES.slice(0, 5);
const ADVERSARY_MOVES = VALID_MOVES.slice(5);

/** Malformed consensus moves: generated mutations of every move type, and hand-made ones. */
function malformedMoves(rng: SeededRandom): { name: string; move: unknown }[] {
  const out: { name: string; move: unknown }[] = [];
  for (const valid of VALID_MOVES) for (const m of mutations(valid, rng)) out.push({ name: `${valid.type}: ${m.name}`, move: m.payload });
  const odd = [...WRONG_VALUES, "x".repeat(33), 1.5, -0.5, 2 ** 53];
  // Unknown types, the engine's internal actions, near misses, and the other scenarios' moves.
  for (const type of ["tick", "start", "end", "deliver", "drop", "timeout", "ack", "nack", "propose", "Opinion", "OPINION", "opinion ", " decide", "crash!", "suggest-value", "send", "commit", "capture"]) {
    out.push({ name: `type ${type}`, move: { type } });
  }
  out.push({ name: "generals plan", move: { type: "send", kind: "plan" } });
  out.push({ name: "generals commit", move: { type: "commit", decision: "attack" } });
  out.push({ name: "generals capture", move: { type: "capture", messengerId: 1 } });
  out.push({ name: "lovers proposal", move: { type: "send", kind: "proposal" } });
  out.push({ name: "lovers decide", move: { type: "decide", decision: "show" } });
  // Wrong values, huge values and missing fields, field by field.
  for (const v of [...odd.filter((v) => v !== 0), 2, -1, "0", "1", 0.5]) out.push({ name: `suggest ${JSON.stringify(v)?.slice(0, 20)}`, move: { type: "suggest", value: v } });
  for (const v of [...odd.filter((v) => v !== true), 1, 0, "true", "false", "ack", "nack"]) out.push({ name: `reply ${JSON.stringify(v)?.slice(0, 20)}`, move: { type: "reply", ack: v } });
  for (const type of ["delay", "rush"]) for (const v of [...odd, 1_000_001, 1e9, "1"]) out.push({ name: `${type} ${JSON.stringify(v)?.slice(0, 20)}`, move: { type, messageId: v } });
  for (const type of ["suspect", "unsuspect"]) {
    for (const v of [...odd, 8, 1000, "2"]) {
      out.push({ name: `${type} process ${JSON.stringify(v)?.slice(0, 20)}`, move: { type, process: v, target: 2 } });
      out.push({ name: `${type} target ${JSON.stringify(v)?.slice(0, 20)}`, move: { type, process: 1, target: v } });
    }
    out.push({ name: `${type} without target`, move: { type, process: 1 } });
    out.push({ name: `${type} without process`, move: { type, target: 2 } });
    out.push({ name: `${type} with targets`, move: { type, process: 1, targets: [2, 3] } });
  }
  for (const v of [...odd, 8, "p2", "2"]) out.push({ name: `crash ${JSON.stringify(v)?.slice(0, 20)}`, move: { type: "crash", process: v } });
  out.push({ name: "suggest without value", move: { type: "suggest" } });
  out.push({ name: "reply without ack", move: { type: "reply" } });
  out.push({ name: "delay without id", move: { type: "delay" } });
  out.push({ name: "crash without process", move: { type: "crash" } });
  out.push({ name: "no type", move: { value: 0 } });
  // Forged seats and fields the server fills in itself, on every move type.
  for (const valid of VALID_MOVES) {
    for (const [field, value] of [["seat", "p2"], ["seat", "adversary"], ["seat", valid.type === "opinion" ? "p1" : "p3"], ["from", 2], ["round", 1], ["ts", 9], ["tick", 0], ["deliverAt", 99], ["coordinator", 1], ["protectedProcess", 1], ["value", 1], ["ack", false], ["process", 3]] as const) {
      if (field in valid) continue;
      out.push({ name: `${valid.type} with ${field}`, move: { ...valid, [field]: value } });
    }
    out.push({ name: `${valid.type} with a huge extra field`, move: { ...valid, note: HUGE } });
  }
  out.push({ name: "__proto__ in move", move: JSON.parse('{"__proto__": {"polluted": true}, "type": "opinion"}') });
  out.push({ name: "__proto__ as the value", move: JSON.parse('{"type": "suggest", "value": {"__proto__": {"polluted": true}}}') });
  out.push({ name: "__proto__ as the process", move: JSON.parse('{"type": "crash", "process": {"__proto__": {"polluted": true}}}') });
  out.push({ name: "constructor in move", move: { type: "relay", constructor: { prototype: { polluted: true } } } });
  out.push({ name: "prototype in move", move: { type: "decide", prototype: {} } });
  out.push({ name: "move as array", move: [{ type: "opinion" }] });
  out.push({ name: "move as string", move: "opinion" });
  out.push({ name: "move as number", move: 7 });
  let deep: Record<string, unknown> = { type: "crash" };
  for (let i = 0; i < 10; i++) deep = { type: "crash", process: deep };
  out.push({ name: "deeply nested process", move: deep });
  return out;
}

describe("Consensus: bad input gets a typed error and changes nothing", () => {
  const rng = new SeededRandom(2027);

  it("game:create with bad consensus params, seats or bots", async () => {
    const creator = main.seats.p1.client;
    const valid = (params: unknown, seat = "p1", others: Record<string, object> = botsFor(3, ["p1"])) => ({ scenario: "consensus", params, seat, others, tickMs: 10_000, player: creator.player });
    const base = { n: 3, detector: "ES" };
    // `params: {}` is five processes: with only p2 and p3 given, the payload is refused anyway.
    const cases = mutations(valid(base), rng, ["params", "tickMs"]);
    const params = (p: unknown) => valid(p);
    const n5 = (p: Record<string, unknown>) => valid({ n: 5, ...p }, "p1", botsFor(5, ["p1"]));
    const n7 = (p: Record<string, unknown>) => valid({ n: 7, ...p }, "p1", botsFor(7, ["p1"]));
    for (const n of [2, 8, 0, -1, 1e308, 3.5, "3", null, true, [], {}, [3]]) cases.push({ name: `n ${JSON.stringify(n)}`, payload: params({ ...base, n }) });
    // f must stay below n/2.
    cases.push({ name: "n 3, f 2", payload: params({ ...base, f: 2 }) });
    cases.push({ name: "n 4, f 2", payload: valid({ n: 4, f: 2 }, "p1", botsFor(4, ["p1"])) });
    cases.push({ name: "n 5, f 3", payload: n5({ f: 3 }) });
    cases.push({ name: "n 6, f 3", payload: valid({ n: 6, f: 3 }, "p1", botsFor(6, ["p1"])) });
    cases.push({ name: "n 7, f 4", payload: n7({ f: 4 }) });
    for (const f of [-1, 1.5, "1", null, 1e308]) cases.push({ name: `f ${JSON.stringify(f)}`, payload: params({ ...base, f }) });
    // Inputs: exactly n bits.
    for (const inputs of [[0, 1], [0, 1, 0, 1], [], [0, 1, 2], [1, 1, -1], [true, false, true], ["0", "1", "0"], [0.5, 0, 1], "010", { 0: 0, 1: 1, 2: 0 }, null, Array(8).fill(0)]) {
      cases.push({ name: `inputs ${JSON.stringify(inputs)}`, payload: params({ ...base, inputs }) });
    }
    cases.push({ name: "n 5, three inputs", payload: n5({ inputs: [0, 1, 0] }) });
    cases.push({ name: "default n, three inputs", payload: valid({ inputs: [0, 1, 0] }, "p1", botsFor(5, ["p1"])) });
    // Unknown detectors.
    for (const detector of ["Q", "p", "ep", "◇S", "◇P", "ES ", "", "PERFECT", "EventuallyStrong", null, 1, ["ES"], { class: "ES" }]) cases.push({ name: `detector ${JSON.stringify(detector)}`, payload: params({ ...base, detector }) });
    // Numbers out of range.
    for (const gst of [-1, 501, 1.5, "20", null, 1e308]) cases.push({ name: `gst ${JSON.stringify(gst)}`, payload: params({ ...base, gst }) });
    for (const maxDelay of [0, 11, 2.5, -3, "3"]) cases.push({ name: `maxDelay ${JSON.stringify(maxDelay)}`, payload: params({ ...base, maxDelay }) });
    for (const mistakeRate of [-0.1, 1.1, "0.1", null, 1e308]) cases.push({ name: `mistakeRate ${JSON.stringify(mistakeRate)}`, payload: params({ ...base, mistakeRate }) });
    for (const maxTicks of [9, 0, 1001, 10.5, "150"]) cases.push({ name: `maxTicks ${JSON.stringify(maxTicks)}`, payload: params({ ...base, maxTicks }) });
    for (const adversary of ["bots", "Human", "enemy", "random", true, null, ""]) cases.push({ name: `adversary ${JSON.stringify(adversary)}`, payload: params({ ...base, adversary }) });
    for (const sandbox of ["true", 1, 0, null, "yes"]) cases.push({ name: `sandbox ${JSON.stringify(sandbox)}`, payload: params({ ...base, sandbox }) });
    // Crashes: more than f, more than three, a process twice, no such process, bad ticks, extra fields.
    const crash = (process: unknown, tick: unknown = 5) => ({ process, tick });
    cases.push({ name: "more crashes than f", payload: n5({ f: 1, crashes: [crash(1), crash(2)] }) });
    cases.push({ name: "crashes with f 0", payload: params({ ...base, f: 0, crashes: [crash(1)] }) });
    cases.push({ name: "four crashes", payload: n7({ f: 3, crashes: [crash(1), crash(2), crash(3), crash(4)] }) });
    cases.push({ name: "a process crashes twice", payload: n5({ f: 2, crashes: [crash(3, 4), crash(3, 9)] }) });
    cases.push({ name: "crash of p4 when n = 3", payload: params({ ...base, crashes: [crash(4)] }) });
    for (const p of [0, 8, -1, 1.5, "1", "p1", null]) cases.push({ name: `crash of process ${JSON.stringify(p)}`, payload: params({ ...base, crashes: [crash(p)] }) });
    for (const tick of [-1, 1001, 2.5, "5", null]) cases.push({ name: `crash at tick ${JSON.stringify(tick)}`, payload: params({ ...base, crashes: [crash(1, tick)] }) });
    cases.push({ name: "crash with extra field", payload: params({ ...base, crashes: [{ process: 1, tick: 5, by: "adversary" }] }) });
    cases.push({ name: "crash without tick", payload: params({ ...base, crashes: [{ process: 1 }] }) });
    cases.push({ name: "crashes as object", payload: params({ ...base, crashes: { process: 1, tick: 5 } }) });
    cases.push({ name: "crashes as string", payload: params({ ...base, crashes: "p1@5" }) });
    // Unknown and secret-sounding keys, and the other scenarios' params.
    for (const [k, v] of [["seed", 42], ["protectedProcess", 1], ["rng", [1, 2, 3, 4]], ["tickMs", 5], ["gst2", 3], ["Detector", "P"], [" n", 3], ["mistake_rate", 0], ["inFlight", []], ["captureProbability", 0.2], ["lossProbability", 0.3], ["luckyNight", true], ["dawnTick", 20]] as const) {
      cases.push({ name: `unknown param ${k}`, payload: params({ ...base, [k]: v }) });
    }
    for (const p of ["n=3", [], [3], 7, true, null, HUGE]) cases.push({ name: `params ${JSON.stringify(p).slice(0, 20)}`, payload: params(p) });
    cases.push({ name: "oversized param name", payload: params({ ...base, ["k".repeat(65)]: 1 }) });
    cases.push({ name: "__proto__ in params", payload: params(JSON.parse('{"__proto__": {"n": 7}, "n": 3}')) });
    cases.push({ name: "__proto__ in crashes", payload: params(JSON.parse('{"n": 3, "crashes": [{"__proto__": {"tick": 1}, "process": 1, "tick": 2}]}')) });
    // Seats and bots.
    cases.push({ name: "seat p4 when n = 3", payload: valid(base, "p4", botsFor(3, [])) });
    cases.push({ name: "seat p6 when n = 5", payload: valid({ n: 5 }, "p6", botsFor(5, [])) });
    for (const seat of ["P1", "p0", "p8", "p01", "1", "A", "alice", "enemy", "process1", "Adversary"]) cases.push({ name: `seat ${seat}`, payload: valid(base, seat, botsFor(3, [])) });
    cases.push({ name: "adversary seat without an adversary", payload: valid(base, "adversary", botsFor(3, [])) });
    cases.push({ name: "adversary among the others without an adversary", payload: valid(base, "p1", botsFor(3, ["p1"], "random")) });
    cases.push({ name: "no adversary seat given", payload: valid({ ...base, adversary: "bot" }, "p1", botsFor(3, ["p1"])) });
    cases.push({ name: "a process missing", payload: valid(base, "p1", { p2: { kind: "bot", strategy: "protocol" } }) });
    cases.push({ name: "an extra process", payload: valid(base, "p1", { ...botsFor(3, ["p1"]), p4: { kind: "human" } }) });
    cases.push({ name: "own seat among the others", payload: valid(base, "p1", botsFor(3, [])) });
    for (const strategy of ["stubborn", "random", "bold", "eager", "adversarial", "Protocol", "protocol ", "x".repeat(33), ""]) {
      cases.push({ name: `process bot ${strategy}`, payload: valid(base, "p1", { ...botsFor(3, ["p1"]), p3: { kind: "bot", strategy } }) });
    }
    for (const strategy of ["protocol", "contrarian", "adversarial", "telepathy", "Random"]) {
      cases.push({ name: `adversary bot ${strategy}`, payload: valid({ ...base, adversary: "bot" }, "p1", botsFor(3, ["p1"], strategy)) });
    }
    cases.push({ name: "bot without strategy", payload: valid(base, "p1", { ...botsFor(3, ["p1"]), p2: { kind: "bot" } }) });
    for (const c of cases) await expectRefused(main, creator, "game:create", c.payload, "BAD_PAYLOAD");
    for (const scenario of ["Consensus", "consensus ", "paxos", "CONSENSUS"]) await expectRefused(main, creator, "game:create", { ...valid(base), scenario }, "UNKNOWN_SCENARIO");
    expect(cases.length).toBeGreaterThan(180);
  });

  it("game:move with malformed consensus moves, from a process and from the adversary", async () => {
    const outer = mutations({ gameId: main.gameId, seatToken: main.seats.p1.grant.seatToken, move: { type: "opinion" } }, rng);
    for (const c of outer) await expectRefused(main, "p1", "game:move", c.payload);
    const inner = malformedMoves(rng);
    for (const c of inner) {
      const error = await refuseMove(main, "p1", c.move, "BAD_PAYLOAD");
      expect(error.message.length, c.name).toBeGreaterThan(0);
      await refuseMove(main, "adversary", c.move, "BAD_PAYLOAD");
    }
    expect(inner.length).toBeGreaterThan(300);
    // A seat named beside the move is refused too, even the sender's own.
    for (const seat of ["p1", "p2", "adversary"]) {
      await expectRefused(main, "p1", "game:move", { ...moveOf(main, "p1", { type: "opinion" }), seat }, "BAD_PAYLOAD");
      await expectRefused(main, "adversary", "game:move", { ...moveOf(main, "adversary", { type: "crash", process: 2 }), seat }, "BAD_PAYLOAD");
    }
  });

  it("processes acting out of phase get NOT_ALLOWED, and the other role's moves NOT_YOUR_SEAT", async () => {
    // Tick 0: round 1 is coordinated by p2 ((1 mod 3) + 1); nothing has been sent.
    expect(stateOf(main).tick).toBe(0);
    for (const seat of ["p1", "p3"]) {
      await refuseMove(main, seat, { type: "reply", ack: true }, "NOT_ALLOWED"); // ACK before any suggestion
      await refuseMove(main, seat, { type: "reply", ack: false }, "NOT_ALLOWED"); // NACK without suspecting p2
      await refuseMove(main, seat, { type: "suggest", value: 0 }, "NOT_ALLOWED"); // not the coordinator
      await refuseMove(main, seat, { type: "decide" }, "NOT_ALLOWED");
      await refuseMove(main, seat, { type: "relay" }, "NOT_ALLOWED");
    }
    await refuseMove(main, "p2", { type: "suggest", value: 0 }, "NOT_ALLOWED"); // the coordinator, before its own opinion
    for (const seat of ["p1", "p2", "p3"]) await accept(main, seat, { type: "opinion" });
    for (const seat of ["p1", "p2", "p3"]) await refuseMove(main, seat, { type: "opinion" }, "NOT_ALLOWED"); // once a round
    const early = await refuseMove(main, "p2", { type: "suggest", value: 0 }, "NOT_ALLOWED"); // only its own opinion has arrived
    expect(early.message).toMatch(/majority/);
    // A process cannot take the adversary's moves, nor the adversary a process's.
    const inFlight = stateOf(main).inFlight[0].id;
    for (const seat of ["p1", "p2", "p3"]) {
      for (const m of [...ADVERSARY_MOVES, { type: "delay", messageId: inFlight }, { type: "rush", messageId: inFlight }, { type: "crash", process: Number(seat[1]) }, { type: "suspect", process: Number(seat[1]), target: 2 }]) {
        await refuseMove(main, seat, m, "NOT_YOUR_SEAT");
      }
    }
    for (const m of [...PROCESS_MOVES, { type: "reply", ack: false }, { type: "suggest", value: 1 }]) await refuseMove(main, "adversary", m, "NOT_YOUR_SEAT");

    // Once every opinion has arrived (Δ = 2), p2 may suggest only 0: every opinion was (0, ts 0).
    await advanceClock(t, main.room, 2);
    const wrong = await refuseMove(main, "p2", { type: "suggest", value: 1 }, "NOT_ALLOWED");
    expect(wrong.message).toMatch(/Suggest 0/);
    await refuseMove(main, "p1", { type: "suggest", value: 0 }, "NOT_ALLOWED");
    await accept(main, "p2", { type: "suggest", value: 0 });
    await refuseMove(main, "p2", { type: "suggest", value: 0 }, "NOT_ALLOWED"); // once a round
    await refuseMove(main, "p2", { type: "decide" }, "NOT_ALLOWED"); // no majority of ACKs yet
    // The suggestion is still in flight to p1 and p3: they cannot ACK it yet.
    for (const seat of ["p1", "p3"]) await refuseMove(main, seat, { type: "reply", ack: true }, "NOT_ALLOWED");
  });

  it("the adversary cannot leave the model under P: CLASS_VIOLATION or NOT_ALLOWED, as the engine says", async () => {
    const tick = stateOf(main).tick;
    // P never suspects a live process.
    for (const [process, target] of [[1, 2], [2, 1], [3, 2], [1, 3]]) await refuseMove(main, "adversary", { type: "suspect", process, target }, "CLASS_VIOLATION");
    await refuseMove(main, "adversary", { type: "suspect", process: 1, target: 1 }, "NOT_ALLOWED");
    await refuseMove(main, "adversary", { type: "suspect", process: 5, target: 1 }, "NOT_ALLOWED"); // n = 3
    await refuseMove(main, "adversary", { type: "suspect", process: 1, target: 7 }, "NOT_ALLOWED");
    await refuseMove(main, "adversary", { type: "unsuspect", process: 1, target: 2 }, "NOT_ALLOWED"); // not suspected
    // Messages that are not in flight.
    for (const messageId of [999_999, 1_000_000, 1, stateOf(main).nextMessageId]) {
      await refuseMove(main, "adversary", { type: "delay", messageId }, "UNKNOWN_MESSAGE");
      await refuseMove(main, "adversary", { type: "rush", messageId }, "UNKNOWN_MESSAGE");
    }
    // The network is reliable: a message may be held until its deadline, max(sent, GST) + Δ, never longer.
    const toP1 = () => stateOf(main).inFlight.find((m) => m.to === 1 && m.payload.kind === "suggest")!;
    const message: InFlight = toP1();
    expect(message.deadline).toBe(tick + 2);
    while (toP1().deliverAt < message.deadline) await accept(main, "adversary", { type: "delay", messageId: message.id });
    const late = await refuseMove(main, "adversary", { type: "delay", messageId: message.id }, "NOT_ALLOWED");
    expect(late.message).toMatch(/must arrive by tick/);
    await accept(main, "adversary", { type: "rush", messageId: message.id });
    await refuseMove(main, "adversary", { type: "rush", messageId: message.id }, "NOT_ALLOWED"); // it already arrives next tick
    // Crashes: at most f = 1, and a process crashes once.
    await refuseMove(main, "adversary", { type: "crash", process: 5 }, "NOT_ALLOWED"); // no such process
    await accept(main, "adversary", { type: "crash", process: 3 });
    for (const process of [1, 2]) await refuseMove(main, "adversary", { type: "crash", process }, "CLASS_VIOLATION");
    await refuseMove(main, "adversary", { type: "crash", process: 3 }, "NOT_ALLOWED");
    // A crashed process takes no more steps, and its detector no longer matters.
    for (const m of [...PROCESS_MOVES, { type: "reply", ack: false }]) await refuseMove(main, "p3", m, "NOT_ALLOWED");
    await refuseMove(main, "adversary", { type: "suspect", process: 3, target: 1 }, "NOT_ALLOWED");
    // Before completeness is due (Δ after the crash) the crashed p3 may be suspected and forgotten again...
    await accept(main, "adversary", { type: "suspect", process: 1, target: 3 });
    await accept(main, "adversary", { type: "unsuspect", process: 1, target: 3 });
    // ...but not once it is due: then every live process suspects p3, for good.
    await advanceClock(t, main.room, 2);
    expect(stateOf(main).procs.map((p) => p.suspects)).toEqual([[3], [3], []]);
    for (const process of [1, 2]) {
      const kept = await refuseMove(main, "adversary", { type: "unsuspect", process, target: 3 }, "CLASS_VIOLATION");
      expect(kept.message).toMatch(/Completeness/);
      await refuseMove(main, "adversary", { type: "suspect", process, target: 3 }, "NOT_ALLOWED"); // already suspected
    }
  });

  it("the adversary cannot leave the model, class by class (accuracy, the protected process, f, completeness)", async () => {
    for (const detector of DETECTOR_CLASSES) {
      // n = 3, f = 1, GST at tick 2, Δ = 1; every seat human and idle, so nothing moves unless told.
      const live = await liveGame({ n: 3, detector, gst: 2, maxDelay: 1, f: 1, mistakeRate: 0, adversary: "human", maxTicks: 1000 }, ["p1", "p2", "p3", "adversary"]);
      const shownProtected = ((await resumeSnapshot(live.seats.adversary.client, live.seats.adversary.grant)).view as { protectedProcess: number | null }).protectedProcess;
      const guarded = detector === "S" || detector === "ES" || detector === "W" || detector === "EW";
      const truthProtected = stateOf(live).protectedProcess;
      expect(truthProtected === null).toBe(!guarded); // P and ◇P protect every live process, not one
      expect(shownProtected).toBe(truthProtected);
      const prot = truthProtected ?? 3; // for P and ◇P any process stands in
      const [a, b] = [1, 2, 3].filter((p) => p !== prot);
      const eventual = detector.startsWith("E");
      const violation = async (process: number, target: number) => refuseMove(live, "adversary", { type: "suspect", process, target }, "CLASS_VIOLATION");
      const allowed = async (process: number, target: number) => {
        await accept(live, "adversary", { type: "suspect", process, target });
        await accept(live, "adversary", { type: "unsuspect", process, target });
      };
      // Before GST (tick 0): P never suspects a live process; S and W never the protected one.
      if (detector === "P") for (const [p, q] of [[a, prot], [prot, a], [a, b]]) await violation(p, q);
      else if (guarded && !eventual) {
        await violation(a, prot);
        await violation(b, prot);
        await allowed(prot, a);
      } else {
        await allowed(a, prot);
        await allowed(prot, b);
      }
      // From GST on: ◇P suspects no live process; ◇S and ◇W not the protected one.
      await advanceClock(t, live.room, 2);
      if (detector === "P" || detector === "EP") for (const [p, q] of [[a, prot], [prot, a], [a, b]]) await violation(p, q);
      else {
        await violation(a, prot);
        await violation(b, prot);
        await allowed(prot, a);
        await allowed(a, b);
      }
      // The protected process may not crash (its class rests on it); at most f = 1 crash.
      if (guarded) await refuseMove(live, "adversary", { type: "crash", process: prot }, "CLASS_VIOLATION");
      await accept(live, "adversary", { type: "crash", process: a });
      for (const process of [b, prot]) await refuseMove(live, "adversary", { type: "crash", process }, "CLASS_VIOLATION");
      // Completeness is due Δ after the crash: strong classes, every live process; weak ones, the protected one.
      await accept(live, "adversary", { type: "suspect", process: b, target: a });
      await accept(live, "adversary", { type: "unsuspect", process: b, target: a });
      await advanceClock(t, live.room, 1);
      const strong = detector === "P" || detector === "EP" || detector === "S" || detector === "ES";
      await refuseMove(live, "adversary", { type: "unsuspect", process: prot, target: a }, "CLASS_VIOLATION");
      if (strong) await refuseMove(live, "adversary", { type: "unsuspect", process: b, target: a }, "CLASS_VIOLATION");
      else {
        await refuseMove(live, "adversary", { type: "unsuspect", process: b, target: a }, "NOT_ALLOWED"); // b does not suspect a
        await allowed(b, a); // and need not: weak completeness rests on the protected process
      }
      t.server.registry.remove(live.room);
    }
  });

  it("scheduled crashes count toward f: the adversary cannot add one beyond it", async () => {
    const live = await liveGame({ n: 3, detector: "EP", f: 1, crashes: [{ process: 1, tick: 500 }], adversary: "human", maxTicks: 1000 }, ["adversary"], botsFor(3, []));
    for (const process of [1, 2, 3]) {
      const error = await refuseMove(live, "adversary", { type: "crash", process }, "CLASS_VIOLATION");
      expect(error.message).toMatch(/f = 1/);
    }
    t.server.registry.remove(live.room);
  });

  it("the sandbox is what allows any suggestion (the refusal above is the rule, not a glitch)", async () => {
    const live = await liveGame({ n: 3, inputs: [0, 0, 0], maxDelay: 1, mistakeRate: 0, sandbox: true, maxTicks: 1000 }, ["p2"], botsFor(3, ["p2"]));
    await accept(live, "p2", { type: "opinion" });
    await advanceClock(t, live.room, 1);
    await accept(live, "p2", { type: "suggest", value: 1 });
    t.server.registry.remove(live.room);
  });

  it("stale, forged and misplaced tokens", async () => {
    const p1 = main.seats.p1;
    const forged = newDeviceToken();
    const flipped = p1.grant.seatToken.slice(0, -1) + (p1.grant.seatToken.endsWith("A") ? "B" : "A");
    for (const token of [forged, flipped, p1.client.player.deviceToken, main.seats.adversary.client.player.deviceToken]) {
      await expectRefused(main, "p1", "game:move", { gameId: main.gameId, seatToken: token, move: { type: "opinion" } }, "BAD_TOKEN");
      await expectRefused(main, "p1", "game:move", { gameId: main.gameId, seatToken: token, move: { type: "crash", process: 1 } }, "BAD_TOKEN");
      await expectRefused(main, "p1", "game:resume", { gameId: main.gameId, seatToken: token }, "BAD_TOKEN");
    }
    for (const token of ["short", "x".repeat(65), p1.grant.seatToken + "!", p1.grant.seatToken.replace(/./, "/"), "", null, 42]) {
      await expectRefused(main, "p1", "game:move", { gameId: main.gameId, seatToken: token, move: { type: "opinion" } }, "BAD_PAYLOAD");
    }
    await expectRefused(main, "p1", "game:move", { gameId: "NoSuchGame1", seatToken: p1.grant.seatToken, move: { type: "opinion" } }, "UNKNOWN_GAME");
    await expectRefused(main, "p1", "game:move", { gameId: p1.grant.code, seatToken: p1.grant.seatToken, move: { type: "opinion" } }, "BAD_PAYLOAD");

    // The tokens of another live consensus game open neither game for the other.
    const other = await liveGame({ n: 3, adversary: "human", maxTicks: 1000 }, ["p1", "adversary"], botsFor(3, ["p1"]));
    for (const seat of ["p1", "adversary"]) {
      const stranger = other.seats[seat];
      await expectRefused(main, stranger.client, "game:move", { gameId: main.gameId, seatToken: stranger.grant.seatToken, move: { type: "crash", process: 1 } }, "BAD_TOKEN");
      await expectRefused(main, stranger.client, "game:resume", { gameId: main.gameId, seatToken: stranger.grant.seatToken }, "BAD_TOKEN");
      await expectRefused(other, main.seats[seat].client, "game:move", { gameId: other.gameId, seatToken: main.seats[seat].grant.seatToken, move: { type: "opinion" } }, "BAD_TOKEN");
    }
    t.server.registry.remove(other.room);

    // A game still waiting for a player: NOT_STARTED, and nothing changes.
    const early = client("early");
    await early.connected();
    const waiting = await early.request<SeatGrant>("game:create", { scenario: "consensus", params: { n: 3 }, seat: "p1", others: { p2: { kind: "human" }, p3: { kind: "bot", strategy: "protocol" } }, tickMs: 10_000, player: early.player });
    if (!waiting.ok) throw new Error(waiting.error.code);
    const room = t.server.registry.get(waiting.gameId)!;
    const frozen = () => JSON.stringify({ state: room.record.state, inputs: room.record.inputs, status: room.status });
    const before = frozen();
    for (const m of PROCESS_MOVES) expect(await early.request("game:move", { gameId: waiting.gameId, seatToken: waiting.seatToken, move: m })).toMatchObject({ ok: false, error: { code: "NOT_STARTED" } });
    expect(await early.request("game:move", { gameId: waiting.gameId, seatToken: waiting.seatToken, move: { type: "tick" } })).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(frozen()).toBe(before);
    expect(await resumeSnapshot(early, waiting)).toMatchObject({ status: "waiting", view: null });
    t.server.registry.remove(room);

    // A finished run: GAME_OVER, the record and the reveal unchanged; once let go, UNKNOWN_GAME.
    const late = client("late");
    await late.connected();
    const done = await late.request<SeatGrant>("game:create", { scenario: "consensus", params: { n: 3, maxTicks: 10, adversary: "human" }, seat: "adversary", others: botsFor(3, []), tickMs: 5, player: late.player });
    if (!done.ok) throw new Error(done.error.code);
    await late.waitFor(isFinished, 10_000);
    // The result is written after the end; wait for that too, so only a move could change the snapshot.
    await late.waitFor((p) => isFinished(p) && (p.data as GameSnapshot).saved === true, 10_000);
    // Stored, the game may have left memory: moves then reach the room rebuilt from the database.
    const finished = (t.server.registry.get(done.gameId) ?? (await t.server.service.finishedRooms.get(done.gameId)))!;
    const record = () => JSON.stringify({ state: finished.record.state, inputs: finished.record.inputs, events: finished.record.events });
    const settled = record();
    const reveal = await resumeSnapshot(late, done);
    expect((reveal.view as { reveal: unknown }).reveal).not.toBeNull();
    for (const m of [...ADVERSARY_MOVES, { type: "opinion" }]) expect(await late.request("game:move", { gameId: done.gameId, seatToken: done.seatToken, move: m })).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
    expect(await late.request("game:move", { gameId: done.gameId, seatToken: done.seatToken, move: { type: "crash", process: 9 } })).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(record()).toBe(settled);
    expect(await resumeSnapshot(late, done)).toEqual(reveal);
    // A game nobody has is unknown, to moves and resumes alike.
    expect(await late.request("game:move", { gameId: "NoSuchGame12", seatToken: done.seatToken, move: { type: "crash", process: 1 } })).toMatchObject({ ok: false, error: { code: "UNKNOWN_GAME" } });
    expect(await late.request("game:resume", { gameId: "NoSuchGame12", seatToken: done.seatToken })).toMatchObject({ ok: false, error: { code: "UNKNOWN_GAME" } });
    // ...and its token does not open the live game.
    await expectRefused(main, late, "game:move", { gameId: main.gameId, seatToken: done.seatToken, move: { type: "crash", process: 1 } }, "BAD_TOKEN");
  });

  it("a request without a callback gets a game:error event instead", async () => {
    const before = await shown(main);
    const print = fingerprint(main);
    const p1 = main.seats.p1.client;
    const from = p1.packets.length;
    p1.emitRaw("game:move", moveOf(main, "p1", { type: "tick" }));
    const error = await p1.waitFor((p) => p.event === "game:error" && p1.packets.indexOf(p) >= from);
    expect(error.data).toMatchObject({ code: "BAD_PAYLOAD", event: "game:move" });
    p1.emitRaw("game:move", moveOf(main, "p1", { type: "suggest", value: 0 }));
    const refused = await p1.waitFor((p) => p.event === "game:error" && p1.packets.indexOf(p) > p1.packets.indexOf(error));
    expect(refused.data).toMatchObject({ code: "NOT_ALLOWED", event: "game:move" });
    p1.emitRaw("game:move", moveOf(main, "p1", { type: "crash", process: 2 }), "not a callback");
    p1.emitRaw("game:create", { scenario: "consensus", params: { n: 3, f: 2 }, seat: "p1", others: botsFor(3, ["p1"]), player: p1.player });
    await p1.waitFor((p) => p.event === "game:error" && (p.data as { event: string }).event === "game:create");
    expect(fingerprint(main)).toBe(print);
    expect(await shown(main)).toEqual(before);
  });

  it("the server is still up, and the live run still plays, each seat in its own role", async () => {
    expect((await fetch(`${t.server.url}/api/health`)).status).toBe(200);
    const before = await shown(main);
    const state = stateOf(main);
    expect(state.tick).toBe(4); // only advanceClock moved the clock: nothing above did
    expect(state.procs[1].round).toBe(1);
    // p2 ACKs its own suggestion (it reached it at once): its view changes, and no other process's does.
    await accept(main, "p2", { type: "reply", ack: true });
    const after = await shown(main);
    expect(after.p2.seq).toBe(before.p2.seq + 1);
    expect((after.p2.view as { round: number }).round).toBe(2);
    expect(after.p1).toEqual(before.p1);
    expect(after.p3).toEqual(before.p3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
