/**
 * Bad input for FLP, over real sockets against a real server: malformed FLP moves, moves from a
 * process's seat (processes take no moves: the scheduler decides who steps), steps the fairness
 * rule forbids and the other refusals of the rules. Each gets a typed error, changes nothing
 * (neither the room's state nor what the scheduler's or the process's screen shows on a resume),
 * and the server stays up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FlpProcessView, FlpSchedulerView } from "../engine/flp";
import { SeededRandom } from "../engine/prng";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { freezeClock, HUGE, mutations, refusalChecker, resumeSnapshot, startTestServer, TestClient, WRONG_VALUES, type TestServer } from "../testing/harness";

type Grant = SeatGrant & { ok: true };
let t: TestServer;
let s: TestClient;
let p: TestClient;
let scheduler: Grant;
let process1: Grant;

// A small fairness bound, so that an unfair step comes quickly; the inputs fixed, so the run is known.
const PARAMS = { mode: "scheduler", protocol: "majority-lock", inputs: [0, 1, 1], bound: 3, target: 200, crash: true };

beforeAll(async () => {
  t = await startTestServer();
  s = new TestClient(t.server.url, "Scheduler");
  p = new TestClient(t.server.url, "Process");
  await Promise.all([s.connected(), p.connected()]);
  const created = await s.request<SeatGrant>("game:create", {
    scenario: "flp",
    params: PARAMS,
    seat: "adversary",
    others: { p1: { kind: "human" }, p2: { kind: "bot", strategy: "protocol" }, p3: { kind: "bot", strategy: "protocol" } },
    tickMs: 10_000,
    player: s.player,
  });
  if (!created.ok) throw new Error(created.error.code);
  scheduler = created;
  const joined = await p.request<SeatGrant>("game:join", { code: scheduler.code, player: p.player });
  if (!joined.ok) throw new Error(joined.error.code);
  expect(joined.seat).toBe("p1");
  process1 = joined;
  await Promise.all([s, p].map((c) => c.waitFor((x) => x.event === "game:snapshot" && (x.data as GameSnapshot).status === "running")));
  freezeClock(t, t.server.registry.get(scheduler.gameId)!);
});
afterAll(async () => {
  s.close();
  p.close();
  await t.stop();
  await t.db.cleanup();
});

function fingerprint(): string {
  const room = t.server.registry.get(scheduler.gameId)!;
  return JSON.stringify({ state: room.record.state, inputs: room.record.inputs.length, events: room.record.events.length, seats: room.seats, rooms: t.server.registry.size });
}

async function screens() {
  const [a, b] = await Promise.all([resumeSnapshot(s, scheduler), resumeSnapshot(p, process1)]);
  return { scheduler: a, process: b };
}

const checkRefused = refusalChecker(fingerprint);

async function expectRefused(client: TestClient, event: string, payload: unknown, code?: string) {
  const before = await screens();
  const pushed = s.snapshots().length + p.snapshots().length;
  const error = await checkRefused(client, event, payload, code);
  expect(error.message.length).toBeLessThanOrEqual(300);
  expect(error.message).not.toContain(String(t.server.registry.get(scheduler.gameId)!.seed));
  expect(s.snapshots().length + p.snapshots().length).toBe(pushed);
  expect(await screens()).toEqual(before);
  return error;
}

const move = (m: unknown, grant: Grant = scheduler) => ({ gameId: grant.gameId, seatToken: grant.seatToken, move: m });

async function accepted(m: unknown) {
  expect(await s.request("game:move", move(m))).toMatchObject({ ok: true });
}

function malformedMoves(): { name: string; move: unknown }[] {
  const out: { name: string; move: unknown }[] = [];
  const odd = [...WRONG_VALUES, "x".repeat(33)];
  for (const v of [...odd, "Step", "STEP", "step ", "deliverAll", "schedule", "tick", "end", "send", "decide", "commit", "lambda", "λ"]) out.push({ name: `type ${JSON.stringify(v).slice(0, 20)}`, move: { type: v, process: 1 } });
  for (const v of [...odd, 0, -1, 10, 1.5, "1", "p1", Number.NaN]) {
    out.push({ name: `step process ${JSON.stringify(v).slice(0, 20)}`, move: { type: "step", process: v } });
    out.push({ name: `crash process ${JSON.stringify(v).slice(0, 20)}`, move: { type: "crash", process: v } });
  }
  for (const v of [...odd, 0, -1, 1.5, 1_000_001, "1", Number.NaN]) out.push({ name: `messageId ${JSON.stringify(v).slice(0, 20)}`, move: { type: "deliver", messageId: v } });
  for (const v of [[], ["maybe"], ["0", "1", "2"], Array.from({ length: 11 }, () => "0"), "bivalent", [0, 1, 1, 0], [null], [HUGE]]) out.push({ name: `predict ${JSON.stringify(v).slice(0, 20)}`, move: { type: "predict", valencies: v } });
  out.push({ name: "step without process", move: { type: "step" } });
  out.push({ name: "deliver without messageId", move: { type: "deliver" } });
  out.push({ name: "deliver with a process", move: { type: "deliver", messageId: 1, process: 2 } });
  out.push({ name: "step with a message", move: { type: "step", process: 1, messageId: 1 } });
  out.push({ name: "hint with a process", move: { type: "hint", process: 1 } });
  for (const [field, value] of [["seat", "adversary"], ["seat", "p2"], ["valency", "bivalent"], ["step", 3], ["bound", 50], ["tick", 0], ["key", "[0,1]"], ["message", null]] as const) {
    out.push({ name: `step with ${field}`, move: { type: "step", process: 1, [field]: value } });
  }
  out.push({ name: "huge extra field", move: { type: "hint", note: HUGE } });
  out.push({ name: "__proto__ in move", move: JSON.parse('{"__proto__": {"polluted": true}, "type": "step", "process": 1}') });
  out.push({ name: "constructor in move", move: { type: "hint", constructor: { prototype: { polluted: true } } } });
  out.push({ name: "move as array", move: [{ type: "step", process: 1 }] });
  out.push({ name: "move as string", move: "step p1" });
  return out;
}

describe("FLP: bad input gets a typed error and changes nothing", () => {
  const rng = new SeededRandom(1985);

  it("game:move with malformed FLP moves, from the scheduler and from a process", async () => {
    for (const c of mutations(move({ type: "step", process: 1 }), rng)) await expectRefused(s, "game:move", c.payload);
    const inner = malformedMoves();
    for (const c of inner) {
      await expectRefused(s, "game:move", move(c.move), "BAD_PAYLOAD");
      await expectRefused(p, "game:move", move(c.move, process1), "BAD_PAYLOAD");
    }
    expect(inner.length).toBeGreaterThan(60);
  });

  it("game:create with bad FLP params", async () => {
    const create = (params: unknown) => ({ scenario: "flp", params, seat: "adversary", others: {}, tickMs: 1000, player: s.player });
    for (const params of [{ n: 4 }, { protocol: "paxos" }, { mode: "lemma3" }, { target: 4 }, { target: 1001 }, { bound: 2 }, { inputs: [0, 1] }, { inputs: [0, 1, 2] }, { crash: "yes" }, { watch: 1 }, { hintCost: -1 }, { seed: 1 }]) {
      await expectRefused(s, "game:create", create({ mode: "puzzle", ...params }), "BAD_PAYLOAD");
    }
  });

  it("a process's seat takes no moves: every valid scheduler move from p1 is refused", async () => {
    for (const m of [{ type: "step", process: 1 }, { type: "step", process: 2 }, { type: "crash", process: 3 }, { type: "hint" }, { type: "deliver", messageId: 1 }]) {
      const error = await expectRefused(p, "game:move", move(m, process1), "NOT_YOUR_SEAT");
      expect(error.message).not.toMatch(/bivalent|valen|buffer|input [01]/i);
    }
  });

  it("unfair steps are refused with the reason; the overdue step is then accepted", async () => {
    await accepted({ type: "step", process: 1 });
    await accepted({ type: "step", process: 1 });
    await accepted({ type: "step", process: 1 });
    // p2 and p3 have waited 3 steps, the bound: p2 (the oldest, first by index) must step next; delivering p1's input to p3 does not serve it.
    for (const m of [{ type: "step", process: 1 }, { type: "step", process: 3 }, { type: "deliver", messageId: 2 }]) {
      const error = await expectRefused(s, "game:move", move(m), "UNFAIR");
      expect(error.message).toBe("Fairness: p2 has not taken a step for 3 steps; it must take the next one");
    }
    await accepted({ type: "step", process: 2 });
  });

  it("the rules' other refusals: no such message, a crashed process, a second crash, the puzzle's move", async () => {
    await expectRefused(s, "game:move", move({ type: "deliver", messageId: 999 }), "NO_SUCH_MESSAGE");
    await expectRefused(s, "game:move", move({ type: "predict", valencies: ["0", "bivalent", "bivalent", "1"] }), "WRONG_MODE");
    await expectRefused(s, "game:move", move({ type: "step", process: 4 }), "NOT_ALLOWED");
    await accepted({ type: "crash", process: 3 });
    await expectRefused(s, "game:move", move({ type: "step", process: 3 }), "PROCESS_CRASHED");
    await expectRefused(s, "game:move", move({ type: "crash", process: 1 }), "NO_CRASH_LEFT");
    await accepted({ type: "hint" });
    await expectRefused(s, "game:move", move({ type: "hint" }), "NOT_ALLOWED");
  });

  it("the server is still up, and the scheduler and the process each see their own", async () => {
    expect((await fetch(`${t.server.url}/api/health`)).status).toBe(200);
    const { scheduler: a, process: b } = await screens();
    const sv = a.view as FlpSchedulerView;
    const pv = b.view as FlpProcessView;
    expect(sv.role).toBe("scheduler");
    expect(sv.step).toBe(4);
    expect(sv.processes[2].crashed).toBe(true);
    expect(pv.role).toBe("process");
    expect(pv.me.stepsTaken).toBe(3);
    expect(pv.params).toEqual({ n: 3, protocol: "majority-lock" });
    expect(JSON.stringify(pv)).not.toMatch(/"(buffer|valency|raw|hint|run|messages)"/);
  });
});
