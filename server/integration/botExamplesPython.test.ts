/**
 * The Python example bots (examples/bots/python) over real sockets: Debian's python3 with its
 * python-socketio 5.7 client plays a Two Generals game and a consensus run against our socket.io 4
 * server, to the end, over websocket; the traces verify, the seats are stored as the bots', and no
 * tick was played in their place. Skipped when python3 has no socketio module, unless
 * REQUIRE_PYTHON_BOTS=1 (CI sets it), where that fails instead (server/testing/pythonBots.ts).
 * The class and arena runners: botRunnersPython.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Verdict } from "../engine/consensus/checker";
import { verifyTrace } from "../engine/verify";
import { getPrisma } from "../storage/db";
import { botOwner, newBot } from "../testing/arenaKit";
import { eventually, startTestServer, traceOf, type TestServer } from "../testing/harness";
import { missingPython as missing, runPythonExample as runExample } from "../testing/pythonBots";

let t: TestServer;
let owner: string;

beforeAll(async () => {
  if (missing) return;
  t = await startTestServer();
  owner = await botOwner(t);
});
afterAll(async () => {
  if (missing) return;
  await t.stop();
  await t.db.cleanup();
});

/**
 * 150 ms ticks: a bot answers each tick well within it, but on a loaded machine (load 5 on two
 * cores, seen) the Python process has stalled for 100 ms, and a tick it misses is played by
 * its stand-in (a timeout), which this test counts.
 */
const TICK_MS = "150";

async function storedSeat(gameId: string, seat: string) {
  const db = getPrisma(t.db.url);
  return eventually(() => db.gameSeat.findUnique({ where: { gameId_seat: { gameId, seat } } }));
}

describe.skipIf(missing)("the Python example bots", () => {
  it("general.py plays a Two Generals game to dawn", async () => {
    const bot = await newBot(t, owner, "Python general");
    const out = await runExample("general.py", { SERVER_URL: t.server.url, BOT_TOKEN: bot.token, TICK_MS });
    const [, gameId, outcome] = /^game (\S+): (\S+), general A scored -?\d+$/m.exec(out) ?? [];
    expect(["victory", "no-battle", "defeat-A", "defeat-B"]).toContain(outcome);
    const trace = await traceOf(t.server.url, gameId);
    expect(verifyTrace(trace)).toEqual(expect.objectContaining({ ok: true }));
    expect(trace.outcome).toBe(outcome);
    expect(await storedSeat(gameId, "A")).toEqual(expect.objectContaining({ kind: "bot", botId: bot.id, timeouts: 0 }));
  });

  it("process.py plays a consensus run (the sandbox, coordinating round 1) to a safe decision", async () => {
    const bot = await newBot(t, owner, "Python process");
    const params = { n: 5, detector: "ES", sandbox: true, crashes: [{ process: 4, tick: 5 }] };
    const env = { SERVER_URL: t.server.url, BOT_TOKEN: bot.token, TICK_MS, SEAT: "p2", PARAMS: JSON.stringify(params) };
    const out = await runExample("process.py", env);
    const [, gameId, outcome] = /^game (\S+): (\S+), process p2 decided [01] in round \d+, scored \d+$/m.exec(out) ?? [];
    expect(outcome).toBe("decided");
    const trace = await traceOf(t.server.url, gameId);
    expect(verifyTrace(trace)).toEqual(expect.objectContaining({ ok: true }));
    const verdict = trace.checks as Verdict;
    expect([verdict.agreement.ok, verdict.validity.ok, verdict.integrity.ok, verdict.termination.ok]).toEqual([true, true, true, true]);
    expect(await storedSeat(gameId, "p2")).toEqual(expect.objectContaining({ kind: "bot", botId: bot.id, timeouts: 0 }));
  });
});
