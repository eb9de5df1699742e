/**
 * Bad input for the Two Insecure Lovers: malformed lovers moves and params, moves the rules
 * forbid, moves for the other lover, forged and stale tokens, moves before the game starts and
 * after midnight. Each must get a typed error, change nothing (neither the room's state nor
 * what either lover's phone shows on a resume) and leave the server up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoverView } from "../engine/lovers";
import { SeededRandom } from "../engine/prng";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { freezeClock, HUGE, isFinished, mutations, newDeviceToken, refusalChecker, resumeSnapshot, startTestServer, TestClient, WRONG_VALUES, type Packet, type TestServer } from "../testing/harness";

type Grant = SeatGrant & { ok: true };
let t: TestServer;
let a: TestClient;
let b: TestClient;
let alice: Grant;
let bob: Grant;

beforeAll(async () => {
  t = await startTestServer();
  a = new TestClient(t.server.url, "Alice");
  b = new TestClient(t.server.url, "Bob");
  await Promise.all([a.connected(), b.connected()]);
  // A lucky night, so that a leak of it in any error message would show.
  const created = await a.request<SeatGrant>("game:create", validCreate(a, { lossProbability: 0.5, luckyNight: true }));
  if (!created.ok) throw new Error(created.error.code);
  alice = created;
  const joined = await b.request<SeatGrant>("game:join", { code: alice.code, player: b.player });
  if (!joined.ok) throw new Error(joined.error.code);
  expect(joined.seat).toBe("bob");
  bob = joined;
  await Promise.all([a, b].map((c) => c.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "running")));
  freezeClock(t, t.server.registry.get(alice.gameId)!);
});
afterAll(async () => {
  a.close();
  b.close();
  await t.stop();
  await t.db.cleanup();
});

function validCreate(c: TestClient, params: object = { lossProbability: 0.3, luckyNight: false }) {
  return { scenario: "lovers", params, seat: "alice", others: { bob: { kind: "human" } }, tickMs: 10_000, player: c.player };
}

// The live game's clock is stopped at noon (freezeClock), so that no hour passes between
// "before" and "after" of a check, however slowly this file runs on a busy machine.

/** The live game's whole state on the server, to prove a refused input changed nothing. */
function fingerprint(): string {
  const room = t.server.registry.get(alice.gameId)!;
  return JSON.stringify({ state: room.record.state, inputs: room.record.inputs.length, events: room.record.events.length, seats: room.seats, rooms: t.server.registry.size });
}

/** What both lovers' phones show, as a resume gives it (with the snapshot number). */
async function phones(game: { alice: [TestClient, Grant]; bob: [TestClient, Grant] } = { alice: [a, alice], bob: [b, bob] }) {
  const [sa, sb] = await Promise.all([resumeSnapshot(...game.alice), resumeSnapshot(...game.bob)]);
  return { alice: sa, bob: sb };
}

const checkRefused = refusalChecker(fingerprint);

/** Refused with a typed error (that code, if given); the room and both phones are unchanged; nothing leaks in the message. */
async function expectRefused(client: TestClient, event: string, payload: unknown, code?: string) {
  const before = await phones();
  const snapshotsBefore = a.snapshots().length + b.snapshots().length;
  const error = await checkRefused(client, event, payload, code);
  // A message may name a field the client sent; it must not bring up the lucky night by itself.
  if (!/lucky/i.test(JSON.stringify(payload) ?? "")) expect(error.message, "an error message mentions luck").not.toMatch(/lucky/i);
  expect(error.message).not.toContain(String(t.server.registry.get(alice.gameId)!.seed));
  expect(error.message.length).toBeLessThanOrEqual(300);
  // No snapshot was pushed because of the refusal; the resync after resume is the same, same number.
  expect(a.snapshots().length + b.snapshots().length).toBe(snapshotsBefore);
  expect(await phones()).toEqual(before);
  return error;
}

const move = (m: unknown, grant: Grant = alice) => ({ gameId: grant.gameId, seatToken: grant.seatToken, move: m });

/** Malformed lovers moves: wrong types, unknown move types, huge strings, polluting keys, missing and extra fields. */
function malformedMoves(): { name: string; move: unknown }[] {
  const out: { name: string; move: unknown }[] = [];
  const odd = [...WRONG_VALUES, "x".repeat(33)];
  for (const v of [...odd, "commit", "capture", "teleport", "tick", "midnight", "lose", "deliver", "start", "Send", "SEND", "send ", "Decide"]) {
    out.push({ name: `type ${JSON.stringify(v).slice(0, 20)}`, move: { type: v, kind: "proposal" } });
  }
  out.push({ name: "generals commit", move: { type: "commit", decision: "attack" } });
  out.push({ name: "generals capture", move: { type: "capture", messengerId: 1 } });
  out.push({ name: "generals plan", move: { type: "send", kind: "plan" } });
  for (const v of [...odd, "plan", "Proposal", "PROPOSAL", "proposal ", "ACK", "sms"]) out.push({ name: `kind ${JSON.stringify(v).slice(0, 20)}`, move: { type: "send", kind: v } });
  for (const v of [...odd, "attack", "hold", "maybe", "Show", "STAY", "show "]) out.push({ name: `decision ${JSON.stringify(v).slice(0, 20)}`, move: { type: "decide", decision: v } });
  out.push({ name: "send without kind", move: { type: "send" } });
  out.push({ name: "decide without decision", move: { type: "decide" } });
  out.push({ name: "no type", move: { kind: "proposal" } });
  out.push({ name: "send with a decision", move: { type: "send", decision: "show" } });
  out.push({ name: "decide with a kind", move: { type: "decide", kind: "proposal" } });
  for (const [field, value] of [["seat", "alice"], ["seat", "bob"], ["seat", "A"], ["lover", "bob"], ["smsId", 1], ["acked", 5], ["to", "alice"], ["tick", 0], ["luckyNight", true], ["fate", "delivered"]] as const) {
    out.push({ name: `send with ${field}`, move: { type: "send", kind: "proposal", [field]: value } });
    out.push({ name: `decide with ${field}`, move: { type: "decide", decision: "show", [field]: value } });
  }
  out.push({ name: "huge kind", move: { type: "send", kind: HUGE } });
  out.push({ name: "huge extra field", move: { type: "send", kind: "proposal", note: HUGE } });
  out.push({ name: "__proto__ in move", move: JSON.parse('{"__proto__": {"polluted": true}, "type": "send", "kind": "proposal"}') });
  out.push({ name: "__proto__ as the decision", move: JSON.parse('{"type": "decide", "decision": {"__proto__": {"polluted": true}}}') });
  out.push({ name: "constructor in move", move: { type: "decide", decision: "show", constructor: { prototype: { polluted: true } } } });
  out.push({ name: "prototype in move", move: { type: "send", kind: "proposal", prototype: {} } });
  out.push({ name: "move as array", move: [{ type: "send", kind: "proposal" }] });
  out.push({ name: "move as string", move: "send proposal" });
  let deep: Record<string, unknown> = { type: "send" };
  for (let i = 0; i < 10; i++) deep = { type: "send", kind: deep };
  out.push({ name: "deeply nested kind", move: deep });
  return out;
}

describe("Lovers: bad input gets a typed error and changes nothing", () => {
  const rng = new SeededRandom(2026);

  it("game:create with bad lovers params, seats or bots", async () => {
    // `params: {}` is a valid payload (every param has a default), so it is not a mutation.
    const cases = mutations(validCreate(a), rng, ["params", "tickMs"]).filter((c) => c.name !== "params = {}");
    const params = (p: unknown) => ({ ...validCreate(a), params: p });
    for (const v of [-0.1, -1, 0.91, 0.95, 1, 2, 1e308, Number.NaN, Number.POSITIVE_INFINITY, "0.3", null, true, [], {}, [0.3]]) cases.push({ name: `lossProbability ${v}`, payload: params({ lossProbability: v }) });
    for (const v of ["true", "false", 1, 0, null, "yes", [], {}, [true]]) cases.push({ name: `luckyNight ${JSON.stringify(v)}`, payload: params({ lossProbability: 0.3, luckyNight: v }) });
    for (const [k, v] of [["captureProbability", 0.2], ["lucky", true], ["seed", 42], ["hours", 24], ["crossingTicks", 1], ["dawnTick", 5], ["enemy", "human"], ["luckynight", true], ["LuckyNight", true], [" luckyNight", true], ["rng", [1, 2, 3, 4]]] as const) {
      cases.push({ name: `unknown param ${k}`, payload: params({ lossProbability: 0.3, [k]: v }) });
    }
    for (const p of ["lucky", [], [0.3, true], 7, true, null, HUGE]) cases.push({ name: `params ${typeof p}`, payload: params(p) });
    cases.push({ name: "oversized param name", payload: params({ ["k".repeat(65)]: 1 }) });
    cases.push({ name: "huge param name", payload: params({ [HUGE]: 1 }) });
    cases.push({ name: "__proto__ in params", payload: params(JSON.parse('{"__proto__": {"luckyNight": true}, "lossProbability": 0.3}')) });
    cases.push({ name: "generals seat", payload: { ...validCreate(a), seat: "A", others: { B: { kind: "human" } } } });
    cases.push({ name: "enemy seat", payload: { ...validCreate(a), seat: "enemy" } });
    cases.push({ name: "capitalised seat", payload: { ...validCreate(a), seat: "Alice" } });
    cases.push({ name: "missing bob", payload: { ...validCreate(a), others: {} } });
    cases.push({ name: "generals others", payload: { ...validCreate(a), others: { B: { kind: "human" } } } });
    cases.push({ name: "an extra enemy", payload: { ...validCreate(a), others: { bob: { kind: "human" }, enemy: { kind: "bot", strategy: "adversarial" } } } });
    for (const strategy of ["bold", "timid", "adversarial", "telepathy", "eager ", "Eager", "chain-6", "x".repeat(33)]) {
      cases.push({ name: `bot ${strategy}`, payload: { ...validCreate(a), others: { bob: { kind: "bot", strategy } } } });
    }
    cases.push({ name: "bot without strategy", payload: { ...validCreate(a), others: { bob: { kind: "bot" } } } });
    for (const c of cases) await expectRefused(a, "game:create", c.payload, "BAD_PAYLOAD");
    for (const scenario of ["Lovers", "lovers ", "two-lovers", "LOVERS"]) await expectRefused(a, "game:create", { ...validCreate(a), scenario }, "UNKNOWN_SCENARIO");
    expect(cases.length).toBeGreaterThan(80);
  });

  it("game:move with malformed lovers moves, from either lover", async () => {
    const valid = { gameId: alice.gameId, seatToken: alice.seatToken, move: { type: "send", kind: "proposal" } };
    const outer = mutations(valid, rng);
    for (const c of outer) await expectRefused(a, "game:move", c.payload);
    const inner = malformedMoves();
    for (const c of inner) {
      const error = await expectRefused(a, "game:move", move(c.move, alice), "BAD_PAYLOAD");
      expect(error.message.length, c.name).toBeGreaterThan(0);
      await expectRefused(b, "game:move", move(c.move, bob), "BAD_PAYLOAD");
    }
    expect(inner.length).toBeGreaterThan(80);
  });

  it("moves the rules forbid get the Lovers' refusals", async () => {
    const bobProposes = await expectRefused(b, "game:move", move({ type: "send", kind: "proposal" }, bob), "NOT_ALLOWED");
    expect(bobProposes.message).toMatch(/Only Alice proposes/);
    await expectRefused(b, "game:move", move({ type: "send", kind: "ack" }, bob), "NOT_ALLOWED"); // nothing has reached Bob
    await expectRefused(a, "game:move", move({ type: "send", kind: "ack" }, alice), "NOT_ALLOWED"); // nor Alice
  });

  it("a lover cannot act for the other: the seat comes from the token, and naming one is refused", async () => {
    // A seat field, anywhere, is refused, even one naming the sender's own seat.
    await expectRefused(a, "game:move", move({ type: "decide", decision: "show", seat: "bob" }, alice), "BAD_PAYLOAD");
    await expectRefused(a, "game:move", move({ type: "send", kind: "proposal", seat: "alice" }, alice), "BAD_PAYLOAD");
    await expectRefused(b, "game:move", move({ type: "send", kind: "proposal", seat: "alice" }, bob), "BAD_PAYLOAD");
    await expectRefused(b, "game:move", { ...move({ type: "send", kind: "proposal" }, bob), seat: "alice" }, "BAD_PAYLOAD");
    await expectRefused(a, "game:move", { ...move({ type: "decide", decision: "stay" }, alice), seat: "bob" }, "BAD_PAYLOAD");
    // Bob's token sending what only Alice may send is Bob's move, refused as his.
    await expectRefused(b, "game:move", move({ type: "send", kind: "proposal" }, bob), "NOT_ALLOWED");
  });

  it("stale, forged and misplaced tokens", async () => {
    const forged = newDeviceToken();
    const flipped = alice.seatToken.slice(0, -1) + (alice.seatToken.endsWith("A") ? "B" : "A");
    for (const token of [forged, flipped, a.player.deviceToken, b.player.deviceToken]) {
      await expectRefused(a, "game:move", { gameId: alice.gameId, seatToken: token, move: { type: "send", kind: "proposal" } }, "BAD_TOKEN");
      await expectRefused(a, "game:resume", { gameId: alice.gameId, seatToken: token }, "BAD_TOKEN");
    }
    for (const token of ["short", "x".repeat(65), alice.seatToken + "!", alice.seatToken.replace(/./, "/"), ""]) {
      await expectRefused(a, "game:move", { gameId: alice.gameId, seatToken: token, move: { type: "send", kind: "proposal" } }, "BAD_PAYLOAD");
    }
    await expectRefused(a, "game:move", { gameId: "NoSuchGame1", seatToken: alice.seatToken, move: { type: "send", kind: "proposal" } }, "UNKNOWN_GAME");
    await expectRefused(a, "game:move", { gameId: alice.code, seatToken: alice.seatToken, move: { type: "send", kind: "proposal" } }, "BAD_PAYLOAD");

    // The token of another game (a generals one, still running) opens neither game for the other.
    const g = new TestClient(t.server.url, "General");
    await g.connected();
    const generals = await g.request<SeatGrant>("game:create", { scenario: "generals", params: { dawnTick: 200 }, seat: "A", others: { B: { kind: "bot", strategy: "timid" } }, tickMs: 10_000, player: g.player });
    if (!generals.ok) throw new Error(generals.error.code);
    await expectRefused(g, "game:move", { gameId: alice.gameId, seatToken: generals.seatToken, move: { type: "send", kind: "proposal" } }, "BAD_TOKEN");
    await expectRefused(g, "game:resume", { gameId: alice.gameId, seatToken: generals.seatToken }, "BAD_TOKEN");
    await expectRefused(a, "game:move", { gameId: generals.gameId, seatToken: alice.seatToken, move: { type: "send", kind: "plan" } }, "BAD_TOKEN");
    // A lovers move sent to the generals game with its own token is refused by the generals' schema.
    const before = JSON.stringify(t.server.registry.get(generals.gameId)!.record.inputs.filter((i) => i.type !== "tick"));
    expect(await g.request("game:move", { gameId: generals.gameId, seatToken: generals.seatToken, move: { type: "send", kind: "proposal" } })).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(await g.request("game:move", { gameId: generals.gameId, seatToken: generals.seatToken, move: { type: "decide", decision: "show" } })).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(JSON.stringify(t.server.registry.get(generals.gameId)!.record.inputs.filter((i) => i.type !== "tick"))).toBe(before);
    t.server.registry.remove(t.server.registry.get(generals.gameId)!);
    g.close();
  });

  it("a move before Bob has joined is refused (NOT_STARTED) and changes nothing", async () => {
    const c = new TestClient(t.server.url, "Early");
    await c.connected();
    const g = await c.request<SeatGrant>("game:create", validCreate(c));
    if (!g.ok) throw new Error(g.error.code);
    const room = t.server.registry.get(g.gameId)!;
    const state = () => JSON.stringify({ state: room.record.state, inputs: room.record.inputs, status: room.status });
    const before = state();
    for (const m of [{ type: "send", kind: "proposal" }, { type: "decide", decision: "show" }]) {
      expect(await c.request("game:move", { gameId: g.gameId, seatToken: g.seatToken, move: m })).toMatchObject({ ok: false, error: { code: "NOT_STARTED" } });
    }
    expect(await c.request("game:move", { gameId: g.gameId, seatToken: g.seatToken, move: { type: "commit", decision: "attack" } })).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(state()).toBe(before);
    const resumed = await resumeSnapshot(c, g);
    expect(resumed).toMatchObject({ status: "waiting", view: null });
    t.server.registry.remove(room);
    c.close();
  });

  it("a request without a callback gets a game:error event instead", async () => {
    const before = await phones();
    const print = fingerprint();
    const from = a.packets.length;
    a.emitRaw("game:move", move({ type: "capture", messengerId: 1 }));
    const error = await a.waitFor((p) => p.event === "game:error" && a.packets.indexOf(p) >= from);
    expect(error.data).toMatchObject({ code: "BAD_PAYLOAD", event: "game:move" });
    b.emitRaw("game:move", move({ type: "send", kind: "proposal" }, bob));
    const refused = await b.waitFor((p) => p.event === "game:error");
    expect(refused.data).toMatchObject({ code: "NOT_ALLOWED", event: "game:move" });
    a.emitRaw("game:move", move({ type: "decide" }), "not a callback");
    a.emitRaw("game:create", { ...validCreate(a), params: { luckyNight: "yes" } });
    await a.waitFor((p) => p.event === "game:error" && (p.data as { event: string }).event === "game:create");
    expect(fingerprint()).toBe(print);
    expect(await phones()).toEqual(before);
  });

  it("moves after midnight are refused (GAME_OVER) and change neither the record nor the reveal", async () => {
    const ca = new TestClient(t.server.url, "LateAlice");
    const cb = new TestClient(t.server.url, "LateBob");
    await Promise.all([ca.connected(), cb.connected()]);
    const ga = await ca.request<SeatGrant>("game:create", { ...validCreate(ca, { lossProbability: 0.9 }), tickMs: 5 });
    if (!ga.ok) throw new Error(ga.error.code);
    const gb = await cb.request<SeatGrant>("game:join", { code: ga.code, player: cb.player });
    if (!gb.ok) throw new Error(gb.error.code);
    // Saved too: the "saved" snapshot comes after the database write, and must not land between the two looks below.
    const isSaved = (p: Packet) => isFinished(p) && (p.data as GameSnapshot).saved === true;
    await Promise.all([ca.waitFor(isSaved), cb.waitFor(isSaved)]);
    const game = { alice: [ca, ga] as [TestClient, Grant], bob: [cb, gb] as [TestClient, Grant] };
    // Stored, the game may have left memory: moves then reach the room rebuilt from the database.
    const room = (t.server.registry.get(ga.gameId) ?? (await t.server.service.finishedRooms.get(ga.gameId)))!;
    const record = () => JSON.stringify({ state: room.record.state, inputs: room.record.inputs, events: room.record.events });
    const before = record();
    const shown = await phones(game);
    expect(shown.alice.status).toBe("finished");
    expect((shown.alice.view as LoverView).reveal).not.toBeNull();
    const late = [
      [ca, ga, { type: "send", kind: "proposal" }],
      [ca, ga, { type: "send", kind: "ack" }],
      [ca, ga, { type: "decide", decision: "show" }],
      [cb, gb, { type: "send", kind: "proposal" }], // GAME_OVER, not NOT_ALLOWED: midnight comes first
      [cb, gb, { type: "send", kind: "ack" }],
      [cb, gb, { type: "decide", decision: "stay" }],
    ] as const;
    for (const [client, grant, m] of late) {
      expect(await client.request("game:move", move(m, grant))).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
    }
    expect(await ca.request("game:move", move({ type: "commit", decision: "attack" }, ga))).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(record()).toBe(before);
    expect(await phones(game)).toEqual(shown);
    // A game nobody has is unknown, to moves and resumes alike.
    expect(await ca.request("game:move", move({ type: "send", kind: "proposal" }, { ...ga, gameId: "NoSuchGame12" }))).toMatchObject({ ok: false, error: { code: "UNKNOWN_GAME" } });
    expect(await cb.request("game:resume", { gameId: "NoSuchGame12", seatToken: gb.seatToken })).toMatchObject({ ok: false, error: { code: "UNKNOWN_GAME" } });
    // ...and a token of a finished game does not open the live one.
    await expectRefused(ca, "game:move", move({ type: "send", kind: "proposal" }, { ...alice, seatToken: ga.seatToken }), "BAD_TOKEN");
    ca.close();
    cb.close();
  });

  it("the server is still up, and the live game still plays, each lover in its own seat", async () => {
    expect((await fetch(`${t.server.url}/api/health`)).status).toBe(200);
    const before = await phones();
    expect((before.alice.view as LoverView).tick).toBe(0); // the clock was frozen at noon: nothing above moved it
    expect(await a.request("game:move", move({ type: "send", kind: "proposal" }))).toMatchObject({ ok: true });
    expect(await a.request("game:move", move({ type: "decide", decision: "show" }))).toMatchObject({ ok: true });
    const after = await phones();
    const aliceView = after.alice.view as LoverView;
    expect(aliceView.sent).toEqual([{ id: 1, kind: "proposal", acked: 0, sentAt: 0 }]);
    expect(aliceView.decision).toEqual({ decision: "show", tick: 0 });
    // Alice's moves are hers alone: Bob's phone did not change, not even its number.
    expect(after.bob).toEqual(before.bob);
    expect(after.alice.seq).toBe(before.alice.seq + 2);
    // And what the rules now forbid is refused without a change.
    await expectRefused(a, "game:move", move({ type: "send", kind: "proposal" }), "TOO_SOON");
    await expectRefused(a, "game:move", move({ type: "decide", decision: "stay" }), "ALREADY_DECIDED");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
