/**
 * Bad input for Ben-Or over real sockets: malformed params and moves, moves the rules forbid
 * (no such message, a crashed receiver, a crash too many, a process that does not exist, an
 * unfair delivery), a watched game's moves, forged tokens. Each gets a typed error, changes
 * nothing (the room's state, what the adversary's phone shows on a resume) and leaks no coin.
 */
import { describe, expect, it } from "vitest";
import type { BenorAdversaryView } from "../engine/benor";
import { SeededRandom } from "../engine/prng";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { adversaryRoom } from "../testing/adversaryRoom";
import { HUGE, mutations, newDeviceToken, resumeSnapshot, TestClient, WRONG_VALUES } from "../testing/harness";

const PROCESSES = { p1: { kind: "bot", strategy: "protocol" }, p2: { kind: "bot", strategy: "protocol" }, p3: { kind: "bot", strategy: "protocol" } };

function validCreate(c: TestClient, params: object = { n: 3, f: 1, inputs: [0, 1, 1], bound: 3, patience: 0 }) {
  return { scenario: "benor", params, seat: "adversary", others: PROCESSES, tickMs: 10_000, player: c.player };
}

const room = adversaryRoom<BenorAdversaryView>((c) => validCreate(c));
const { expectRefused, move, view, moveOk } = room;

describe("Ben-Or: bad input gets a typed error and changes nothing", () => {
  const rng = new SeededRandom(14);

  it("game:create with bad Ben-Or params", async () => {
    const params = (p: unknown) => ({ ...validCreate(room.a), params: p });
    const cases: { name: string; payload: unknown }[] = [];
    for (const n of [1, 2, 4, 6, 7, 9, "3", null, 3.5]) cases.push({ name: `n ${n}`, payload: params({ n }) });
    for (const [n, f] of [[3, 2], [5, 3], [3, -1], [3, 1.5]]) cases.push({ name: `n ${n} f ${f}`, payload: params({ n, f }) });
    for (const inputs of [[0, 1], [0, 1, 1, 0], [0, 1, 2], ["0", 1, 1], [true, 0, 1], HUGE]) cases.push({ name: `inputs ${JSON.stringify(inputs).slice(0, 20)}`, payload: params({ n: 3, inputs }) });
    for (const bound of [0, 2, 201, 3.5, "27"]) cases.push({ name: `bound ${bound}`, payload: params({ bound }) });
    for (const v of ["true", 1, null]) cases.push({ name: `watch ${v}`, payload: params({ watch: v }) });
    for (const bot of ["proof", "Splitter", "", HUGE]) cases.push({ name: `bot ${bot.slice(0, 10)}`, payload: params({ bot }) });
    for (const [k, v] of [["seed", 1], ["rng", [1, 2, 3, 4]], ["coins", [1, 1, 1]], ["mode", "scheduler"], ["protocol", "majority-lock"]] as const) cases.push({ name: `unknown ${k}`, payload: params({ [k]: v }) });
    cases.push({ name: "__proto__ in params", payload: params(JSON.parse('{"__proto__": {"n": 5}, "n": 3}')) });
    cases.push({ name: "missing p3", payload: { ...validCreate(room.a), others: { p1: PROCESSES.p1, p2: PROCESSES.p2 } } });
    cases.push({ name: "a p4 too many", payload: { ...validCreate(room.a), others: { ...PROCESSES, p4: PROCESSES.p1 } } });
    cases.push({ name: "a process as a splitter", payload: { ...validCreate(room.a), others: { ...PROCESSES, p1: { kind: "bot", strategy: "splitter" } } } });
    for (const c of [...cases, ...mutations(validCreate(room.a), rng, ["params", "tickMs"]).filter((c) => c.name !== "params = {}")]) await expectRefused("game:create", c.payload, "BAD_PAYLOAD");
    expect(cases.length).toBeGreaterThan(30);
  });

  it("game:move with malformed Ben-Or moves", async () => {
    const moves: unknown[] = [];
    for (const v of [...WRONG_VALUES, "Deliver", "step", "hint", "predict", "tick", "flip", "coin"]) moves.push({ type: v, messageId: 1 });
    for (const v of [...WRONG_VALUES, 0, 1.5, "1", 1_000_001]) moves.push({ type: "deliver", messageId: v });
    for (const v of [...WRONG_VALUES, 0, 10, 1.5, "1"]) moves.push({ type: "crash", process: v });
    moves.push({ type: "deliver" }, { type: "crash" }, { type: "deliver", messageId: 1, seat: "adversary" }, { type: "crash", process: 1, pid: 0 }, { type: "deliver", id: 1 });
    moves.push({ type: "deliver", messageId: 1, coin: 1 }, { type: "step", process: 1 }, [{ type: "deliver", messageId: 1 }], "deliver 1");
    for (const m of moves) await expectRefused("game:move", move(m), "BAD_PAYLOAD");
    for (const c of mutations(move({ type: "deliver", messageId: 1 }), rng)) await expectRefused("game:move", c.payload);
  });

  it("moves the rules forbid get Ben-Or's refusals, and the view never holds the coins' generator", async () => {
    await expectRefused("game:move", move({ type: "deliver", messageId: 999 }), "NO_SUCH_MESSAGE");
    await expectRefused("game:move", move({ type: "crash", process: 4 }), "NOT_ALLOWED");
    // Deliver the newest message three times: message 1 has then waited the bound (3).
    for (let i = 0; i < 3; i++) await moveOk({ type: "deliver", messageId: (await view()).buffer.at(-1)!.id });
    expect((await view()).due).toMatchObject({ messageId: 1, process: 1 });
    const unfair = await expectRefused("game:move", move({ type: "deliver", messageId: (await view()).buffer.at(-1)!.id }), "UNFAIR");
    expect(unfair.message).toMatch(/#1/);
    await moveOk({ type: "crash", process: 1 });
    await expectRefused("game:move", move({ type: "crash", process: 2 }), "NO_CRASH_LEFT");
    await expectRefused("game:move", move({ type: "crash", process: 1 }), "PROCESS_CRASHED");
    const toCrashed = (await view()).buffer.find((m) => m.to === 1)!;
    await expectRefused("game:move", move({ type: "deliver", messageId: toCrashed.id }), "PROCESS_CRASHED");
    const snapshot = JSON.stringify(await resumeSnapshot(room.a, room.adv));
    expect(snapshot).not.toMatch(/"rng"|"botRng"|"log"/);
  });

  it("forged tokens are refused", async () => {
    for (const token of [newDeviceToken(), room.a.player.deviceToken]) await expectRefused("game:move", { gameId: room.adv.gameId, seatToken: token, move: { type: "deliver", messageId: 1 } }, "BAD_TOKEN");
  });

  it("a watched game refuses the seat's moves (NOT_ALLOWED)", async () => {
    const c = new TestClient(room.t.server.url, "Watcher");
    await c.connected();
    const g = await c.request<SeatGrant>("game:create", { ...validCreate(c, { watch: true }), player: c.player });
    if (!g.ok) throw new Error(g.error.code);
    await c.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "running");
    const r = await c.request("game:move", { gameId: g.gameId, seatToken: g.seatToken, move: { type: "deliver", messageId: 1 } });
    expect(r).toMatchObject({ ok: false, error: { code: "NOT_ALLOWED" } });
    room.t.server.registry.remove(room.t.server.registry.get(g.gameId)!);
    c.close();
  });
});
