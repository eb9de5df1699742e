/**
 * Bad input for Falcon over real sockets: malformed params and moves, moves the rules forbid (a
 * layer without a spy, a busy spy, a fresh instance declared at once, an odd timeout, faults not
 * allowed, over budget, past the horizon, one of a class already in force, a seeded game's chaos
 * injecting), the other seat's moves, forged tokens. Each gets a typed error, changes nothing
 * (the room's state, what the seat's phone shows on a resume) and leaks no part of the truth.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChaosView, OperatorView } from "../engine/falcon";
import { SeededRandom } from "../engine/prng";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { freezeClock, HUGE, mutations, newDeviceToken, refusalChecker, resumeSnapshot, startTestServer, TestClient, WRONG_VALUES, type TestServer } from "../testing/harness";

type Grant = SeatGrant & { ok: true };
let t: TestServer;
let a: TestClient;
let op: Grant;
let chaos: Grant;

const BASE = { lengthMs: 20_000, chaosPlays: true, spies: ["switch", "vm", "app"], kinds: ["crash", "slow", "partition"], budget: 2, horizonMs: 10_000 };

function validCreate(c: TestClient, seat: "operator" | "chaos", params: object = BASE) {
  const others = seat === "operator" ? { chaos: { kind: "bot", strategy: "random" } } : { operator: { kind: "bot", strategy: "timeout-long" } };
  return { scenario: "falcon", params, seat, others, tickMs: 10_000, player: c.player };
}

async function open(seat: "operator" | "chaos", params: object = BASE): Promise<Grant> {
  const created = await a.request<SeatGrant>("game:create", validCreate(a, seat, params));
  if (!created.ok) throw new Error(created.error.code);
  await a.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).gameId === created.gameId && (p.data as GameSnapshot).status === "running");
  freezeClock(t, t.server.registry.get(created.gameId)!);
  return created;
}

beforeAll(async () => {
  t = await startTestServer();
  a = new TestClient(t.server.url, "Operator");
  await a.connected();
  op = await open("operator");
  chaos = await open("chaos");
});
afterAll(async () => {
  a.close();
  await t.stop();
  await t.db.cleanup();
});

const fingerprint = () =>
  JSON.stringify([op, chaos].map((g) => {
    const room = t.server.registry.get(g.gameId)!;
    return { state: room.record.state, inputs: room.record.inputs.length, events: room.record.events.length, seats: room.seats };
  })) + t.server.registry.size;

const checkRefused = refusalChecker(fingerprint);

async function expectRefused(event: string, payload: unknown, code?: string, grant: Grant = op) {
  const before = await resumeSnapshot(a, grant);
  const error = await checkRefused(a, event, payload, code);
  expect(error.message.length).toBeLessThanOrEqual(300);
  expect(await resumeSnapshot(a, grant)).toEqual(before);
  return error;
}

const move = (m: unknown, grant: Grant = op) => ({ gameId: grant.gameId, seatToken: grant.seatToken, move: m });

async function moveOk(m: unknown, grant: Grant = op) {
  expect(await a.request("game:move", move(m, grant))).toMatchObject({ ok: true });
}

describe("Falcon: bad input gets a typed error and changes nothing", () => {
  const rng = new SeededRandom(15);

  it("game:create with bad Falcon params", async () => {
    const params = (p: object) => ({ ...validCreate(a, "operator"), params: { ...BASE, ...p } });
    const cases: { name: string; payload: unknown }[] = [];
    for (const lengthMs of [0, 4_900, 5_050, 600_100, "20000", null]) cases.push({ name: `lengthMs ${lengthMs}`, payload: params({ lengthMs }) });
    for (const heartbeatMs of [0, 50, 150, 5_100]) cases.push({ name: `heartbeatMs ${heartbeatMs}`, payload: params({ heartbeatMs }) });
    for (const timeoutMs of [0, 2_050, 60_100]) cases.push({ name: `timeoutMs ${timeoutMs}`, payload: params({ timeoutMs }) });
    for (const spies of [["disk"], ["app", "app"], ["app", "os", "vm", "switch", "app"], "app", HUGE]) cases.push({ name: `spies ${JSON.stringify(spies).slice(0, 20)}`, payload: params({ spies }) });
    for (const kinds of [[], ["meteor"], ["crash", "crash"], "crash"]) cases.push({ name: `kinds ${JSON.stringify(kinds)}`, payload: params({ kinds }) });
    for (const budget of [-1, 21, 1.5]) cases.push({ name: `budget ${budget}`, payload: params({ budget }) });
    for (const v of [{ maxPauseMs: 8_100 }, { maxPauseMs: 400 }, { maxPartitionMs: 30_100 }, { horizonMs: 20_100 }, { netSigma: 3 }, { netMedianMs: 0 }, { chaosBot: "falcon" }, { chaosPlays: "yes" }, { faultSeed: -1 }, { faultSeed: 2 ** 32 }])
      cases.push({ name: JSON.stringify(v), payload: params(v) });
    for (const [k, v] of [["seed", 1], ["timeline", [{ atMs: 1000, kind: "crash" }]], ["truth", {}], ["netSeed", 5]] as const) cases.push({ name: `unknown ${k}`, payload: params({ [k]: v }) });
    cases.push({ name: "__proto__ in params", payload: { ...validCreate(a, "operator"), params: JSON.parse('{"__proto__": {"budget": 20}, "lengthMs": 20000}') } });
    cases.push({ name: "no chaos seat", payload: { ...validCreate(a, "operator"), others: {} } });
    cases.push({ name: "chaos as a falcon bot", payload: { ...validCreate(a, "operator"), others: { chaos: { kind: "bot", strategy: "falcon" } } } });
    cases.push({ name: "an operator as a partition bot", payload: { ...validCreate(a, "chaos"), others: { operator: { kind: "bot", strategy: "partition" } } } });
    for (const c of [...cases, ...mutations(validCreate(a, "operator"), rng, ["params", "tickMs"]).filter((c) => c.name !== "params = {}")]) await expectRefused("game:create", c.payload, "BAD_PAYLOAD");
    expect(cases.length).toBeGreaterThan(40);
  });

  it("game:move with malformed Falcon moves", async () => {
    const moves: unknown[] = [];
    for (const v of [...WRONG_VALUES, "Query", "deliver", "tick", "heal", "spy"]) moves.push({ type: v, layer: "app" });
    for (const v of [...WRONG_VALUES, "disk", "App", "network"]) moves.push({ type: "query", layer: v }, { type: "kill", layer: v });
    for (const v of [...WRONG_VALUES, 0, 99, 60_001, 1.5, "2000"]) moves.push({ type: "setTimeout", timeoutMs: v });
    for (const v of [...WRONG_VALUES, "meteor", "Crash"]) moves.push({ type: "inject", kind: v });
    for (const v of [0, -100, 60_100, 1.5, "3000"]) moves.push({ type: "inject", kind: "slow", durationMs: v });
    moves.push({ type: "query" }, { type: "kill" }, { type: "setTimeout" }, { type: "declare", layer: "app" }, { type: "wait", ms: 100 }, { type: "query", layer: "app", seat: "operator" });
    moves.push([{ type: "declare" }], "declare");
    for (const m of moves) await expectRefused("game:move", move(m), "BAD_PAYLOAD");
    for (const c of mutations(move({ type: "query", layer: "app" }), rng)) await expectRefused("game:move", c.payload);
  });

  it("the operator's moves the rules forbid get Falcon's refusals, and its view holds no truth", async () => {
    await expectRefused("game:move", move({ type: "query", layer: "os" }), "NO_SPY");
    await expectRefused("game:move", move({ type: "setTimeout", timeoutMs: 2_050 }), "NOT_ALLOWED");
    await expectRefused("game:move", move({ type: "inject", kind: "crash" }), "NOT_YOUR_SEAT");
    await moveOk({ type: "query", layer: "app" });
    await expectRefused("game:move", move({ type: "query", layer: "app" }), "SPY_BUSY");
    await moveOk({ type: "kill", layer: "switch" });
    await expectRefused("game:move", move({ type: "kill", layer: "switch" }), "SPY_BUSY");
    await moveOk({ type: "declare" });
    await expectRefused("game:move", move({ type: "declare" }), "TOO_SOON");
    const snapshot = await resumeSnapshot(a, op);
    expect((snapshot.view as OperatorView).pending.map((p) => p.kind).sort()).toEqual(["kill", "query"]);
    expect(JSON.stringify(snapshot)).not.toMatch(/"timeline"|"truth"|"netSeed"|"spyRng"|"answerAtMs"|"dueMs"|"kinds"|"budget"|"chaosBot"|"horizonMs"/);
  });

  it("chaos's moves the rules forbid get Falcon's refusals", async () => {
    await expectRefused("game:move", move({ type: "inject", kind: "hang" }, chaos), "FAULT_NOT_ALLOWED", chaos);
    await expectRefused("game:move", move({ type: "inject", kind: "slow" }, chaos), "NOT_ALLOWED", chaos);
    await expectRefused("game:move", move({ type: "inject", kind: "crash", durationMs: 1_000 }, chaos), "NOT_ALLOWED", chaos);
    await expectRefused("game:move", move({ type: "inject", kind: "partition", durationMs: 500 }, chaos), "NOT_ALLOWED", chaos);
    await expectRefused("game:move", move({ type: "declare" }, chaos), "NOT_YOUR_SEAT", chaos);
    await moveOk({ type: "inject", kind: "slow", durationMs: 3_000 }, chaos);
    await expectRefused("game:move", move({ type: "inject", kind: "partition", durationMs: 2_000 }, chaos), "FAULT_ACTIVE", chaos);
    await moveOk({ type: "inject", kind: "crash" }, chaos);
    expect(((await resumeSnapshot(a, chaos)).view as ChaosView).budgetLeft).toBe(0);
    await expectRefused("game:move", move({ type: "inject", kind: "crash" }, chaos), "NO_BUDGET_LEFT", chaos);
  });

  it("a fault past the horizon, and a seeded game's chaos, are refused", async () => {
    const late = await open("chaos", { ...BASE, horizonMs: 0 });
    await expectRefused("game:move", move({ type: "inject", kind: "crash" }, late), "PAST_HORIZON", late);
    const seeded = await open("chaos", { ...BASE, chaosPlays: false });
    await expectRefused("game:move", move({ type: "inject", kind: "crash" }, seeded), "NOT_ALLOWED", seeded);
    for (const g of [late, seeded]) t.server.registry.remove(t.server.registry.get(g.gameId)!);
  });

  it("forged tokens are refused", async () => {
    for (const token of [newDeviceToken(), a.player.deviceToken, chaos.seatToken]) await expectRefused("game:move", { gameId: op.gameId, seatToken: token, move: { type: "declare" } }, "BAD_TOKEN");
  });
});
