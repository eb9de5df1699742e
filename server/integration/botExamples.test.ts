/**
 * The example consensus process (examples/bots/typescript/process.ts) over real sockets: it plays
 * whole runs against house processes, in the sandbox too (where only its own choice of suggestion
 * keeps agreement), every decision is safe, the trace verifies, and its seat is stored as the
 * bot's, with no tick played in its place (it moves or passes every tick).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { play } from "../../examples/bots/typescript/process";
import type { ConsensusReveal } from "../engine/consensus/view";
import { verifyTrace } from "../engine/verify";
import { getPrisma } from "../storage/db";
import { botOwner, newBot } from "../testing/arenaKit";
import { eventually, startTestServer, traceOf, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: string;

beforeAll(async () => {
  t = await startTestServer();
  owner = await botOwner(t);
});
afterAll(async () => {
  await t.stop();
  await t.db.cleanup();
});

const runs = [
  { name: "◇S, five processes, one crashing", seat: "p1", params: { n: 5, detector: "ES", crashes: [{ process: 3, tick: 6 }] } },
  // The bot coordinates round 1 (p2 = (1 mod n) + 1) and may suggest either value in the sandbox.
  { name: "the sandbox, the bot coordinating first", seat: "p2", params: { n: 3, detector: "EP", sandbox: true, inputs: [1, 0, 1] } },
  { name: "W with the relay layer, seven processes", seat: "p4", params: { n: 7, detector: "EW", f: 3, crashes: [{ process: 1, tick: 3 }] } },
];

describe("the TypeScript example process", () => {
  it.each(runs)("plays a run to its end with safe decisions: $name", async ({ seat, params }) => {
    const bot = await newBot(t, owner, `Process ${seat}`);
    // 100 ms ticks: the bot answers within a few ms, with room for a loaded machine's stalls.
    const result = await play({ url: t.server.url, botToken: bot.token, seat, params, tickMs: 100 });
    const reveal = result.reveal as ConsensusReveal;
    expect(result.outcome).toBe("decided");
    expect(reveal.verdict.agreement.ok && reveal.verdict.validity.ok && reveal.verdict.integrity.ok).toBe(true);
    expect(reveal.verdict.termination.ok).toBe(true);
    const me = reveal.processes.find((p) => `p${p.id}` === seat);
    expect(me?.decided?.value).toBe(reveal.verdict.agreement.values[0]);
    expect(result.score).toBeGreaterThan(0);

    const trace = await traceOf(t.server.url, result.gameId);
    expect(verifyTrace(trace)).toEqual(expect.objectContaining({ ok: true }));
    expect(trace.seats.find((s) => s.seat === seat)).toEqual(expect.objectContaining({ seat, kind: "bot", name: `Process ${seat}`, playerId: null, botId: bot.id, timeouts: 0 }));
    const db = getPrisma(t.db.url);
    const stored = await eventually(() => db.gameSeat.findUnique({ where: { gameId_seat: { gameId: result.gameId, seat } } }));
    // The bot played every tick itself: the deadline never sent its stand-in. (A move that reaches
    // the server a tick after the view it answered may be refused, so `refused` is not always 0.)
    expect(stored).toEqual(expect.objectContaining({ kind: "bot", botId: bot.id, timeouts: 0 }));
  });
});
