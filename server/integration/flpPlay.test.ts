/**
 * FLP over real sockets: a human scheduler plays seeded games to their end (legal steps chosen
 * from its view, with hints, a crash and refused unfair steps), a friend sits in p1 and only
 * watches. Every packet p1 receives is checked: its view is exactly what the process may know
 * (a strict schema: no buffer, no valency, no other process's state, no run step count, no
 * game-wide ids), and it equals the view rebuilt from p1's own history in the served trace.
 * The trace replays to its events, and the stored verdict is the checker's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { flp, type FlpProcessView, type FlpSchedulerView } from "../engine/flp";
import { checkFlpRun } from "../engine/flp/checker";
import type { FlpState } from "../engine/flp/types";
import { SeededRandom } from "../engine/prng";
import { replay } from "../engine/record";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { isFinished, startTestServer, TestClient, traceOf, walkKeys, type TestServer } from "../testing/harness";
import { sized } from "../testing/tier";

const GAMES = sized(12, 4);

let t: TestServer;
const clients: TestClient[] = [];
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

const bit = z.union([z.literal(0), z.literal(1)]);
const count = z.number().int().min(0);
const fact = z.tuple([z.string(), z.string()]);
const processViewSchema = z
  .object({
    scenario: z.literal("flp"),
    seat: z.literal("p1"),
    role: z.literal("process"),
    tick: count,
    phase: z.enum(["playing", "finished"]),
    outcome: z.null(),
    params: z.object({ n: z.literal(3), protocol: z.string() }).strict(),
    protocol: z.object({ id: z.string(), title: z.string(), summary: z.string() }).strict(),
    me: z.object({ process: z.literal(1), input: bit, facts: z.array(fact), decided: bit.nullable(), stepsTaken: count }).strict(),
    sent: z.array(z.object({ id: count, to: z.number().int().min(2).max(3), label: z.string(), atMyStep: count }).strict()),
    received: z.array(z.object({ id: count, from: z.number().int().min(2).max(3), label: z.string(), atMyStep: count }).strict()),
    reveal: z.null(),
  })
  .strict();

/** Every key a process must never receive while the game runs. */
const SCHEDULER_ONLY = ["buffer", "valency", "raw", "evidence", "run", "hint", "messages", "due", "bivalentSteps", "processes", "step", "messageId", "crashLeft", "clock"];

/** A move the scheduler may make now: the overdue obligation if any, else a random step, a hint or a crash. */
function nextMove(view: FlpSchedulerView, rng: SeededRandom): Record<string, unknown> {
  const r = rng.float();
  if (r < 0.05) return { type: "hint" };
  if (r < 0.08 && view.crashLeft) return { type: "crash", process: rng.int(1, 3) };
  if (r < 0.15) return { type: "step", process: rng.int(1, 3) }; // may be refused: unfair or crashed
  if (view.due) return view.due.kind === "step" ? { type: "step", process: view.due.process } : { type: "deliver", messageId: view.due.messageId };
  const live = view.processes.filter((p) => !p.crashed).map((p) => p.process);
  const deliverable = view.buffer.filter((m) => live.includes(m.to));
  if (deliverable.length > 0 && rng.float() < 0.7) return { type: "deliver", messageId: deliverable[rng.int(0, deliverable.length - 1)].id };
  return { type: "step", process: live[rng.int(0, live.length - 1)] };
}

describe("FLP over real sockets", () => {
  it(`a human scheduler plays ${GAMES} games to the end; p1 receives only its own state, the traces replay and verify`, async () => {
    const rng = new SeededRandom(1985);
    const outcomes = new Set<string>();
    for (let g = 0; g < GAMES; g++) {
      const scheduler = new TestClient(t.server.url, "Sched");
      const watcher = new TestClient(t.server.url, "Proc");
      clients.push(scheduler, watcher);
      await Promise.all([scheduler.connected(), watcher.connected()]);
      const protocol = (["majority-lock", "wait-n-minus-1", "wait-all"] as const)[g % 3];
      const grant = await scheduler.request<SeatGrant>("game:create", {
        scenario: "flp",
        params: { mode: "scheduler", protocol, target: rng.int(5, 20), bound: rng.int(3, 8) },
        seat: "adversary",
        others: { p1: { kind: "human" }, p2: { kind: "bot", strategy: "protocol" }, p3: { kind: "bot", strategy: "protocol" } },
        tickMs: 10_000,
        player: scheduler.player,
      });
      if (!grant.ok) throw new Error(grant.error.code);
      const joined = await watcher.request<SeatGrant>("game:join", { code: grant.code, player: watcher.player });
      if (!joined.ok) throw new Error(joined.error.code);
      expect(joined.seat).toBe("p1");

      for (let moves = 0; moves < 500; moves++) {
        await scheduler.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).view !== null);
        const snap = scheduler.lastSnapshot()!;
        if (snap.status === "finished") break;
        const view = snap.view as FlpSchedulerView;
        if (view.phase === "finished") break;
        const res = await scheduler.request("game:move", { gameId: grant.gameId, seatToken: grant.seatToken, move: nextMove(view, rng) });
        if (!res.ok) expect(["UNFAIR", "PROCESS_CRASHED", "NO_CRASH_LEFT", "NOT_ALLOWED"]).toContain(res.error.code);
      }
      await scheduler.waitFor(isFinished, 10_000);
      await watcher.waitFor(isFinished, 10_000);
      const trace = await traceOf(t.server.url, grant.gameId);
      outcomes.add(trace.outcome);

      // The trace replays to its events, and the stored verdict is the checker's on the replay.
      const again = replay(flp, trace.params, trace.seed, trace.inputs as never[]);
      expect(JSON.stringify(again.traceEvents())).toBe(JSON.stringify(trace.events));
      const state = again.state as FlpState;
      expect(trace.checks).toEqual(checkFlpRun(state));
      expect(Object.values(checkFlpRun(state)).filter((c) => c.ok === false).map((c) => c.detail)).toEqual(state.outcome === "disagreement" ? ["two processes decided differently"] : []);

      // Every packet p1 got while the game ran: the strict process schema, no scheduler-only key,
      // and the view rebuilt from p1's own history at that point of the trace.
      const running = watcher.snapshots().filter((s) => s.view !== null && s.status !== "finished");
      expect(running.length).toBeGreaterThan(0);
      for (const s of running) {
        const view = processViewSchema.parse(s.view) as FlpProcessView;
        walkKeys(s, (key) => expect(SCHEDULER_ONLY, `p1 received "${key}"`).not.toContain(key));
        expect(view.sent.map((m) => m.id)).toEqual(view.sent.map((_, i) => i + 1));
        expect(view.received.map((m) => m.id)).toEqual(view.received.map((_, i) => i + 1));
        expect(s.seats.map((x) => x.seat)).toEqual(["p1", "p2", "p3"]);
      }
      // Its last running view is its own history from the trace: what it sent and received, in order.
      const last = processViewSchema.parse(running.at(-1)!.view) as FlpProcessView;
      const sends = (trace.events as { type: string; from?: number; label?: string }[]).filter((e) => e.type === "send" && e.from === 1);
      expect(last.sent.map((m) => m.label)).toEqual(sends.slice(0, last.sent.length).map((e) => e.label));
      const end = watcher.lastSnapshot()!;
      expect(JSON.stringify(end.view)).toBe(JSON.stringify(flp.view(state, "p1")));
      expect((end.view as FlpProcessView).reveal?.valencies.length).toBe(state.clock.steps + 1);
    }
    expect(outcomes.size).toBeGreaterThan(1);
  }, 120_000);
});
