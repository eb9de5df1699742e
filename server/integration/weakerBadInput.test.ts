/**
 * Bad input for weaker agreement over real sockets: malformed params and moves, moves the rules
 * forbid (no such message, a process that is not chosen or has sent, a crashed receiver, a crash
 * too many, a process that does not exist, an unfair move), ε's step, a watched game's moves,
 * forged tokens. Each gets a typed error and changes nothing (the room's state, what the
 * adversary's phone shows on a resume).
 */
import { describe, expect, it } from "vitest";
import type { WeakerAdversaryView } from "../engine/weaker";
import { SeededRandom } from "../engine/prng";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { adversaryRoom, type Grant } from "../testing/adversaryRoom";
import { HUGE, mutations, newDeviceToken, resumeSnapshot, TestClient, WRONG_VALUES } from "../testing/harness";

const bots = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i + 1}`, { kind: "bot", strategy: "protocol" }]));
const PROCESSES = bots(4);

function validCreate(c: TestClient, params: object = { problem: "kset", n: 4, k: 2, f: 1, inputs: [1, 2, 3, 4], bound: 4, patience: 0 }, others: object = PROCESSES) {
  return { scenario: "weaker", params, seat: "adversary", others, tickMs: 10_000, player: c.player };
}

const room = adversaryRoom<WeakerAdversaryView>((c) => validCreate(c));
const { expectRefused, move, view, moveOk } = room;

async function created(c: TestClient, params: object, n = 3): Promise<Grant> {
  const g = await c.request<SeatGrant>("game:create", validCreate(c, params, bots(n)));
  if (!g.ok) throw new Error(g.error.code);
  await c.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "running" && (p.data as GameSnapshot).gameId === g.gameId);
  return g;
}

describe("weaker agreement: bad input gets a typed error and changes nothing", () => {
  const rng = new SeededRandom(15);

  it("game:create with bad weaker-agreement params", async () => {
    const params = (p: unknown) => ({ ...validCreate(room.a), params: p });
    const cases: { name: string; payload: unknown }[] = [];
    for (const problem of ["consensus", "KSET", "", null, 1]) cases.push({ name: `problem ${problem}`, payload: params({ problem }) });
    for (const n of [1, 2, 6, 9, "3", null, 3.5]) cases.push({ name: `n ${n}`, payload: params({ n }) });
    for (const [n, k] of [[4, 5], [4, 0], [4, 1.5]]) cases.push({ name: `n ${n} k ${k}`, payload: params({ n, k }) });
    for (const [problem, n, f] of [["kset", 4, 4], ["kset", 4, -1], ["epsilon", 4, 2], ["epsilon", 3, 1.5]]) cases.push({ name: `${problem} n ${n} f ${f}`, payload: params({ problem, n, f }) });
    for (const e of [0, -1, 0.001, 100, 5000, "10"]) cases.push({ name: `epsilon ${e}`, payload: params({ problem: "epsilon", epsilon: e }) });
    cases.push({ name: "lo > hi", payload: params({ problem: "epsilon", lo: 50, hi: 10 }) });
    for (const inputs of [[1, 2, 3], [1, 2, 3, 4, 5], [1, 2, 3, 100], [1, 2, 3.5, 4], ["1", 2, 3, 4], HUGE]) cases.push({ name: `kset inputs ${JSON.stringify(inputs).slice(0, 20)}`, payload: params({ n: 4, inputs }) });
    cases.push({ name: "epsilon inputs out of range", payload: params({ problem: "epsilon", inputs: [0, 50, 101] }) });
    for (const bound of [0, 2, 201, 3.5, "27"]) cases.push({ name: `bound ${bound}`, payload: params({ bound }) });
    for (const v of ["true", 1, null]) cases.push({ name: `watch ${v}`, payload: params({ watch: v }) });
    for (const bot of ["proof", "Blocker", "", HUGE]) cases.push({ name: `bot ${bot.slice(0, 10)}`, payload: params({ bot }) });
    cases.push({ name: "spreader on k-set", payload: params({ problem: "kset", bot: "spreader" }) });
    for (const [k, v] of [["seed", 1], ["rng", [1, 2, 3, 4]], ["rounds", 3], ["mode", "scheduler"]] as const) cases.push({ name: `unknown ${k}`, payload: params({ [k]: v }) });
    cases.push({ name: "__proto__ in params", payload: params(JSON.parse('{"__proto__": {"n": 5}, "n": 4}')) });
    cases.push({ name: "missing p4", payload: { ...validCreate(room.a), others: bots(3) } });
    cases.push({ name: "a p5 too many", payload: { ...validCreate(room.a), others: bots(5) } });
    cases.push({ name: "a process as a blocker", payload: { ...validCreate(room.a), others: { ...PROCESSES, p1: { kind: "bot", strategy: "blocker" } } } });
    for (const c of [...cases, ...mutations(validCreate(room.a), rng, ["params", "tickMs"]).filter((c) => c.name !== "params = {}")]) await expectRefused("game:create", c.payload, "BAD_PAYLOAD");
    expect(cases.length).toBeGreaterThan(40);
  });

  it("game:move with malformed weaker-agreement moves", async () => {
    const moves: unknown[] = [];
    for (const v of [...WRONG_VALUES, "Deliver", "hint", "predict", "tick", "average", "decide"]) moves.push({ type: v, messageId: 1 });
    for (const v of [...WRONG_VALUES, 0, 1.5, "1", 1_000_001]) moves.push({ type: "deliver", messageId: v });
    for (const v of [...WRONG_VALUES, 0, 10, 1.5, "1"]) moves.push({ type: "crash", process: v }, { type: "step", process: v });
    moves.push({ type: "deliver" }, { type: "crash" }, { type: "step" }, { type: "deliver", messageId: 1, seat: "adversary" }, { type: "crash", process: 1, pid: 0 }, { type: "deliver", id: 1 });
    moves.push({ type: "step", process: 1, value: 9 }, [{ type: "deliver", messageId: 1 }], "deliver 1");
    for (const m of moves) await expectRefused("game:move", move(m), "BAD_PAYLOAD");
    for (const c of mutations(move({ type: "deliver", messageId: 1 }), rng)) await expectRefused("game:move", c.payload);
  });

  it("forged tokens are refused (while the game runs: its end is saved in the background)", async () => {
    for (const token of [newDeviceToken(), room.a.player.deviceToken]) await expectRefused("game:move", { gameId: room.adv.gameId, seatToken: token, move: { type: "deliver", messageId: 1 } }, "BAD_TOKEN");
  });

  it("moves the rules forbid get the scenario's refusals", async () => {
    await expectRefused("game:move", move({ type: "deliver", messageId: 999 }), "NO_SUCH_MESSAGE");
    await expectRefused("game:move", move({ type: "crash", process: 5 }), "NOT_ALLOWED");
    await expectRefused("game:move", move({ type: "step", process: 3 }), "NOT_ALLOWED");
    await moveOk({ type: "step", process: 1 });
    expect((await view()).buffer.map((m) => m.to)).toEqual([2, 3, 4]);
    await expectRefused("game:move", move({ type: "step", process: 1 }), "NOT_ALLOWED");
    await moveOk({ type: "crash", process: 4 });
    await expectRefused("game:move", move({ type: "crash", process: 3 }), "NO_CRASH_LEFT");
    await expectRefused("game:move", move({ type: "crash", process: 4 }), "PROCESS_CRASHED");
    await expectRefused("game:move", move({ type: "deliver", messageId: (await view()).buffer.find((m) => m.to === 4)!.id }), "PROCESS_CRASHED");
    await moveOk({ type: "deliver", messageId: (await view()).buffer.find((m) => m.to === 3)!.id });
    await moveOk({ type: "deliver", messageId: (await view()).buffer.find((m) => m.to === 2)!.id });
    // p2, chosen, has waited the bound (4 steps) to send: anything else is unfair.
    expect((await view()).due).toEqual({ kind: "step", process: 2, waited: 4 });
    const unfair = await expectRefused("game:move", move({ type: "crash", process: 1 }), "UNFAIR");
    expect(unfair.message).toMatch(/p2/);
    await moveOk({ type: "step", process: 2 });
    expect((await view()).outcome).toBe("agreed");
    // Over: refused (not compared with a resume: the finished game is being saved meanwhile).
    expect(await room.a.request("game:move", move({ type: "step", process: 2 }))).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
    expect(JSON.stringify(await resumeSnapshot(room.a, room.adv))).not.toMatch(/"botRng"|"log"/);
  });

  it("ε has no step, and a watched game refuses the seat's moves (NOT_ALLOWED)", async () => {
    const c = new TestClient(room.t.server.url, "Watcher");
    await c.connected();
    const e = await created(c, { problem: "epsilon", n: 3, f: 1, patience: 0 });
    const step = await c.request("game:move", { gameId: e.gameId, seatToken: e.seatToken, move: { type: "step", process: 1 } });
    expect(step).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    const w = await created(c, { problem: "epsilon", n: 3, f: 1, watch: true });
    const r = await c.request("game:move", { gameId: w.gameId, seatToken: w.seatToken, move: { type: "deliver", messageId: 1 } });
    expect(r).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    for (const g of [e, w]) room.t.server.registry.remove(room.t.server.registry.get(g.gameId)!);
    c.close();
  });
});
