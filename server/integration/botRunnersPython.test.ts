/**
 * The Python class and arena runners (examples/bots/python/class.py, arena.py) over real sockets,
 * against a real server on an ephemeral port: class.py joins a class session by code and plays the
 * seat each round gives it (a Two Generals round, then a consensus round), arena.py plays arena
 * matches of both scenarios beside the TypeScript example arena bot. Every game's trace verifies and
 * each of the Python bot's seats is stored as its own, with no tick played by the stand-in. A wrong
 * code or token ends either runner at once, with the reason and exit status 1.
 * Skipped, or failed under REQUIRE_PYTHON_BOTS=1, as botExamplesPython.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runArena } from "../../examples/bots/typescript/arena";
import { CLASS_PRESETS } from "../classroom/presets";
import { verifyTrace } from "../engine/verify";
import type { HostGrant, HostView, StudentGrant } from "../protocol/classroom";
import { getPrisma } from "../storage/db";
import { botOwner, newBot, storedTrace } from "../testing/arenaKit";
import { eventually, startTestServer, TestClient, type Packet, type TestServer } from "../testing/harness";
import { missingPython, runPythonExample } from "../testing/pythonBots";

let t: TestServer;
const clients: TestClient[] = [];

/**
 * 250 ms a tick, in class and in the arena: these games are longer than botExamplesPython.test.ts's,
 * and with the CI gate loading two cores (load 8, seen) the Python process has stalled past 150 ms
 * ticks (2 timeouts in one arena consensus run). The countdown lets the bot hold its class seat
 * before tick 0's deadline however loaded the machine.
 */
const TICK_MS = 250;
/** How long a runner may take to play all its games on a loaded machine. */
const RUN_MS = 120_000;

beforeAll(async () => {
  if (missingPython) return;
  t = await startTestServer({ classDashboardEveryMs: 20, countdownMs: 1000, arenaIntervalMs: 10, arenaPairWaitMs: 150, arenaTickMs: TICK_MS });
});
afterAll(async () => {
  if (missingPython) return;
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

/**
 * The game's stored trace verifies (read from the database: an arena match's replay is withheld
 * until its cycle is over), and the bot's seat is its own, every tick played by the bot itself.
 */
async function expectPlayedByBot(gameId: string, seat: string, botId: string) {
  const trace = await storedTrace(t, gameId);
  expect(verifyTrace(trace), gameId).toEqual(expect.objectContaining({ ok: true }));
  const db = getPrisma(t.db.url);
  const stored = await eventually(() => db.gameSeat.findUnique({ where: { gameId_seat: { gameId, seat } } }));
  expect(stored).toEqual(expect.objectContaining({ kind: "bot", botId, timeouts: 0 }));
}

const isDashboard = (test: (v: HostView) => boolean) => (p: Packet) => p.event === "class:dashboard" && test(p.data as HostView);

describe.skipIf(missingPython)("the Python class and arena runners", () => {
  it("class.py joins a class by code and plays the seat of a Two Generals round and of a consensus round", async () => {
    const bot = await newBot(t, await botOwner(t), "Python classbot");
    const host = new TestClient(t.server.url, "Prof");
    const ada = new TestClient(t.server.url, "Ada");
    clients.push(host, ada);
    await Promise.all([host.connected(), ada.connected()]);
    const grant = await host.request<HostGrant>("class:host", { title: "Python bots", player: host.player });
    if (!grant.ok) throw new Error(grant.error.code);
    const auth = { sessionId: grant.sessionId, hostKey: grant.hostKey };
    expect((await ada.request<StudentGrant>("class:join", { code: grant.code, player: ada.player })).ok).toBe(true);

    const run = runPythonExample("class.py", { SERVER_URL: t.server.url, BOT_TOKEN: bot.token, CLASS_CODE: grant.code, CLASS_GAMES: "2" }, RUN_MS);
    await host.waitFor(isDashboard((v) => v.students.some((s) => s.id === bot.id && s.connected)), 10_000);

    // Each "Bring your bot" preset, at a bot's pace; the bot's seat is found on the host's dashboard.
    const played: { gameId: string; seat: string }[] = [];
    for (const [number, id, params] of [[1, "generals-bots", { dawnTick: 12 }], [2, "consensus-bots", { gst: 5 }]] as const) {
      const preset = CLASS_PRESETS.find((p) => p.id === id)!;
      const started = await host.request("class:round:start", { ...auth, scenario: preset.scenario, params: { ...preset.params, ...params }, bots: preset.bots, tickMs: TICK_MS, seating: preset.seating });
      expect(started.ok, id).toBe(true);
      const ended = await host.waitFor(isDashboard((v) => v.round?.number === number && v.round.status === "ended"), 60_000);
      const group = (ended.data as HostView).round!.groups.find((g) => g.seats.some((s) => s.studentId === bot.id))!;
      played.push({ gameId: group.gameId, seat: group.seats.find((s) => s.studentId === bot.id)!.seat });
    }

    // It printed each game (round, game id, scenario, seat) and stopped after CLASS_GAMES.
    const out = await run;
    const lines = [...out.matchAll(/^round (\d), game (\S+) \((\w+), seat (\w+)\): [\w-]+, scored -?\d+$/gm)].map((m) => m.slice(1));
    expect(lines).toEqual([["1", played[0].gameId, "generals", played[0].seat], ["2", played[1].gameId, "consensus", played[1].seat]]);
    expect(out).toMatch(/^2 games played$/m);
    for (const { gameId, seat } of played) await expectPlayedByBot(gameId, seat, bot.id);
  }, RUN_MS + 30_000);

  it("class.py and arena.py stop at once, exit 1 and say why when the code or the token is refused", async () => {
    const bot = await newBot(t, await botOwner(t), "Python refused");
    const wrongCode = runPythonExample("class.py", { SERVER_URL: t.server.url, BOT_TOKEN: bot.token, CLASS_CODE: "ZZZ999" }, 15_000);
    await expect(wrongCode).rejects.toThrow(/class\.py: Command failed[\s\S]*refused: (UNKNOWN_SESSION|BAD_PAYLOAD): /);
    const badToken = runPythonExample("arena.py", { SERVER_URL: t.server.url, BOT_TOKEN: `bvb_${"x".repeat(43)}` }, 15_000);
    await expect(badToken).rejects.toThrow(/arena\.py: Command failed[\s\S]*BAD_BOT_TOKEN: /);
  });

  it("arena.py plays arena matches of both scenarios beside the TypeScript example arena bot", async () => {
    const [py, ts] = [await newBot(t, await botOwner(t), "Python arena"), await newBot(t, await botOwner(t), "TS arena")];
    const [out] = await Promise.all([
      runPythonExample("arena.py", { SERVER_URL: t.server.url, BOT_TOKEN: py.token, ARENA_MATCHES: "4" }, RUN_MS),
      runArena({ url: t.server.url, botToken: ts.token, matches: 4 }),
    ]);
    const matches = [...out.matchAll(/^match (\S+) \((\w+), night (\d+), seat (\w+)\): [\w-]+, scored -?\d+$/gm)].map(([, matchId, scenario, night, seat]) => ({ matchId, scenario, night: Number(night), seat }));
    expect(matches).toHaveLength(4);
    expect(out).toMatch(/^4 matches played$/m);
    // It waited in both queues and played both; in each scenario its nights only went forward (it
    // skips a night when its partner was further on: server/arena/hold.ts).
    expect(new Set(matches.map((m) => m.scenario))).toEqual(new Set(["generals", "consensus"]));
    for (const scenario of ["generals", "consensus"]) {
      const nights = matches.filter((m) => m.scenario === scenario).map((m) => m.night);
      for (let k = 1; k < nights.length; k++) expect(nights[k]).toBeGreaterThan(nights[k - 1]);
    }
    for (const m of matches) await expectPlayedByBot(m.matchId, m.seat, py.id);
    const db = getPrisma(t.db.url);
    const entries = await eventually(async () => {
      const rows = await db.arenaEntry.findMany({ where: { botId: py.id } });
      return rows.length === 4 ? rows : null;
    }, 20_000);
    expect(entries.map((e) => e.timeouts)).toEqual([0, 0, 0, 0]);
  }, RUN_MS + 30_000);
});
