/**
 * Class sessions over real sockets against a real server: hosting, joining by code, rounds of
 * groups with bots, kicks, late joiners, disconnects with bots standing in, and the reports.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import type { GameMetrics, HostGrant, HostView, StudentGrant, StudentView } from "../protocol/classroom";
import type { SeatGrant } from "../protocol/events";
import { eventually, runPool, startTestServer, TestClient, type Packet, type TestServer } from "../testing/harness";
import { ManualClock } from "../testing/manualClock";
import { sized } from "../testing/tier";

let t: TestServer;
const clients: TestClient[] = [];
const client = (name: string, url = t.server.url) => {
  const c = new TestClient(url, name);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  // A short dashboard period: the disconnect test awaits each stand-in on the host's dashboard.
  t = await startTestServer({ classGraceMs: 150, classDashboardEveryMs: 20 });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

/** A game of `GET /api/class/:id/history` (docs/protocol.md), as far as these tests read it. */
interface HistoryGame {
  id: string;
  group: number;
  metrics: GameMetrics;
}

const isDashboard = (test: (v: HostView) => boolean) => (p: Packet) => p.event === "class:dashboard" && test(p.data as HostView);
const isStudentView = (test: (v: StudentView) => boolean) => (p: Packet) => p.event === "class:student" && test(p.data as StudentView);
const lastOf = <T>(c: TestClient, event: string) => c.packets.filter((p) => p.event === event).at(-1)?.data as T;

async function hostSession(title = "Distributed systems, week 3", url = t.server.url) {
  const host = client("Prof", url);
  await host.connected();
  const grant = await host.request<HostGrant>("class:host", { title, player: host.player });
  if (!grant.ok) throw new Error(grant.error.code);
  return { host, grant, auth: { sessionId: grant.sessionId, hostKey: grant.hostKey } };
}

async function joinStudents(code: string, count: number, prefix = "Student", url = t.server.url) {
  const students: { c: TestClient; grant: StudentGrant }[] = [];
  await runPool(count, 10, async (i) => {
    const c = client(`${prefix} ${i + 1}`, url);
    await c.connected();
    const grant = await c.request<StudentGrant>("class:join", { code, player: c.player });
    if (!grant.ok) throw new Error(grant.error.code);
    students[i] = { c, grant };
  });
  return students;
}

const fastGenerals = { scenario: "generals", params: { captureProbability: 0.2, crossingTicks: 1, dawnTick: 8 }, tickMs: 25 };

describe("a class session", () => {
  it("30 students join, are grouped in pairs with bots, play a round to the end; it is recorded", async () => {
    const { host, grant, auth } = await hostSession();
    expect(grant.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    const students = await joinStudents(grant.code, 31);
    await host.waitFor(isDashboard((v) => v.students.filter((s) => s.connected).length === 31), 5000);

    const started = await host.request<{ round: number }>("class:round:start", { ...auth, ...fastGenerals });
    expect(started).toEqual({ ok: true, round: 1 });
    // Every student gets a seat of their own; 31 students in pairs make 16 games, one with a bot.
    const seats = await Promise.all(students.map((s) => s.c.waitFor(isStudentView((v) => v.game !== null)).then((p) => (p.data as StudentView).game!)));
    const keys = seats.map((g) => `${g.gameId}/${g.seat}`);
    expect(new Set(keys).size).toBe(31);
    expect(new Set(seats.map((g) => g.gameId)).size).toBe(16);

    const ended = await host.waitFor(isDashboard((v) => v.round?.status === "ended"), 10_000);
    const round = (ended.data as HostView).round!;
    expect(round.groups).toHaveLength(16);
    expect(round.groups.every((g) => g.status === "finished" && g.metrics !== null)).toBe(true);
    const botSeats = round.groups.flatMap((g) => g.seats.filter((s) => s.kind === "bot"));
    expect(botSeats).toHaveLength(1);

    // Recorded: the history lists the round and its 16 games, the CSV one row per seat.
    const history = await eventually(async () => {
      const res = await fetch(`${t.server.url}/api/class/${auth.sessionId}/history`, { headers: { authorization: `Bearer ${auth.hostKey}` } });
      const body = (await res.json()) as { rounds: { games: HistoryGame[] }[]; leaderboard: { rank: number; totalScore: number; playerId: string }[] };
      return body.rounds[0]?.games.length === 16 ? body : null;
    }, 10_000);
    expect(history.rounds).toHaveLength(1);
    // Every game comes with its group number and the metrics the server computed from its stored
    // trace: the very group and figures the dashboard showed. Never the trace itself.
    const games = history.rounds[0].games;
    expect(games.map((g) => g.group)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const live = new Map(round.groups.map((g) => [g.gameId, g]));
    for (const g of games) {
      expect(g.group).toBe(live.get(g.id)?.group);
      expect(g.metrics).toEqual(live.get(g.id)?.metrics);
      expect(g).not.toHaveProperty("trace");
    }
    expect(games.filter((g) => Object.keys(g.metrics.strategies).length > 0)).toHaveLength(1);
    // The class leaderboard ranks every student (never the bot) by total, best first.
    expect(history.leaderboard.map((r) => r.playerId).sort()).toEqual(students.map((s) => s.grant.studentId).sort());
    const totals = history.leaderboard.map((r) => r.totalScore);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const csv = await (await fetch(`${t.server.url}/api/class/${auth.sessionId}/export.csv`, { headers: { authorization: `Bearer ${auth.hostKey}` } })).text();
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("session_code,round,scenario,game_id,outcome,finished_at,seat,kind,player_id,nickname,strategy,score,won,depth,replay,bot_finished");
    expect(lines).toHaveLength(1 + 32);
    // Every game was played to its end: none is bot-finished, in the history or the CSV.
    expect(games.every((g) => g.metrics.botFinished === false)).toBe(true);
    expect(lines.slice(1).every((l) => l.endsWith(",false"))).toBe(true);
    for (const s of students) expect(lines.filter((l) => l.includes(`,${s.grant.studentId},`))).toHaveLength(1);
    // Hidden information: no student ever received the dashboard, the host key, or another
    // student's token or seat token, in any packet.
    for (const s of students) {
      const text = JSON.stringify(s.c.packets);
      expect(s.c.packets.some((p) => p.event === "class:dashboard")).toBe(false);
      expect(text.includes(auth.hostKey)).toBe(false);
      for (const other of students) {
        if (other === s) continue;
        expect(text.includes(other.grant.studentToken)).toBe(false);
        const seat = seats[students.indexOf(other)];
        expect(text.includes(seat.seatToken)).toBe(false);
      }
    }
    // Without the host key: refused.
    const denied = await fetch(`${t.server.url}/api/class/${auth.sessionId}/export.csv`, { headers: { authorization: "Bearer nope-nope-nope-nope-nope" } });
    expect(denied.status).toBe(403);
  });

  it("the history answer carries each game's metrics, computed on the server: moves, stand-ins and a checker verdict", async () => {
    const { host, grant, auth } = await hostSession("Metrics");
    const students = await joinStudents(grant.code, 3, "Metrics");
    await host.waitFor(isDashboard((v) => v.students.filter((s) => s.connected).length === 3), 5000);
    const roundEnded = (n: number) => host.waitFor(isDashboard((v) => v.round?.number === n && v.round.status === "ended"), 10_000).then((p) => (p.data as HostView).round!);

    // Round 1, the generals: a general sends a messenger, then the host ends the round and
    // stand-ins finish every game; a lone student plays with a bot.
    expect((await host.request("class:round:start", { ...auth, ...fastGenerals, params: { ...fastGenerals.params, dawnTick: 200 } })).ok).toBe(true);
    const seated = await Promise.all(students.map((s) => s.c.waitFor(isStudentView((v) => v.game !== null)).then((p) => (p.data as StudentView).game!)));
    const a = seated.findIndex((g) => g.seat === "A");
    const sent = await students[a].c.request("game:move", { gameId: seated[a].gameId, seatToken: seated[a].seatToken, move: { type: "send", kind: "plan" } });
    expect(sent.ok).toBe(true);
    expect(await host.request("class:round:end", auth)).toEqual({ ok: true });
    const first = await roundEnded(1);

    // Round 2, consensus: three processes, a stubborn adversary bot, ended at once.
    const consensus = { scenario: "consensus", params: { n: 3, detector: "ES", gst: 10, f: 1, adversary: "bot" }, studentSeats: ["p1", "p2", "p3"], bots: { adversary: "stubborn" }, tickMs: 20 };
    expect((await host.request("class:round:start", { ...auth, ...consensus })).ok).toBe(true);
    await Promise.all(students.map((s) => s.c.waitFor(isStudentView((v) => v.round?.number === 2 && v.game !== null))));
    expect(await host.request("class:round:end", auth)).toEqual({ ok: true });
    const second = await roundEnded(2);

    const history = await eventually(async () => {
      const res = await fetch(`${t.server.url}/api/class/${auth.sessionId}/history`, { headers: { authorization: `Bearer ${auth.hostKey}` } });
      const body = (await res.json()) as { rounds: { games: HistoryGame[] }[] };
      return body.rounds.length === 2 && body.rounds[0].games.length === 2 && body.rounds[1].games.length === 1 ? body : null;
    }, 10_000);
    const [generals, run] = history.rounds;
    // Each game's group and metrics are the ones the dashboard showed when it finished.
    for (const [games, live] of [[generals.games, first], [run.games, second]] as const) {
      expect(games.map((g) => g.group)).toEqual(games.map((_, i) => i + 1));
      for (const g of games) {
        const shown = live.groups.find((l) => l.gameId === g.id);
        expect([g.group, g.metrics]).toEqual([shown?.group, shown?.metrics]);
      }
    }
    const sender = generals.games.find((g) => g.id === seated[a].gameId)!;
    expect(sender.metrics.messages).toBeGreaterThanOrEqual(1);
    expect(sender.metrics.depth).not.toBeNull();
    expect(sender.metrics.roundsToDecide).toBeNull();
    const withBot = first.groups.find((g) => g.seats.some((s) => s.kind === "bot"))!;
    const botSeat = withBot.seats.find((s) => s.kind === "bot")!;
    expect(generals.games.find((g) => g.id === withBot.gameId)!.metrics.strategies).toEqual({ [botSeat.seat]: botSeat.name });
    expect(run.games[0].metrics.strategies).toEqual({ adversary: "stubborn" });
    expect(run.games[0].metrics.verdictOk).toEqual(expect.any(Boolean));
    expect(run.games[0].metrics.depth).toBeNull();
    // "End now" had stand-ins finish every game of both rounds: each is flagged bot-finished, on
    // the dashboard, in the history and in the CSV, so the class figures leave it out.
    for (const g of [...first.groups, ...second.groups]) expect(g.metrics?.botFinished).toBe(true);
    for (const g of [...generals.games, ...run.games]) expect(g.metrics.botFinished).toBe(true);
    const csv = await (await fetch(`${t.server.url}/api/class/${auth.sessionId}/export.csv`, { headers: { authorization: `Bearer ${auth.hostKey}` } })).text();
    const rows = csv.trim().split("\n").slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((l) => l.endsWith(",true"))).toBe(true);
    await host.request("class:end", auth);
  });

  it("six students in consensus games of five play three and three, bots in the other seats", async () => {
    const { host, grant, auth } = await hostSession("Balanced");
    const students = await joinStudents(grant.code, 6, "Balanced");
    await host.waitFor(isDashboard((v) => v.students.filter((s) => s.connected).length === 6), 5000);
    const consensus = { scenario: "consensus", params: { n: 5, detector: "ES", gst: 15, adversary: "bot" }, bots: { adversary: "random" }, tickMs: 20 };
    expect((await host.request("class:round:start", { ...auth, ...consensus })).ok).toBe(true);
    const seated = await Promise.all(students.map((s) => s.c.waitFor(isStudentView((v) => v.game !== null)).then((p) => (p.data as StudentView).game!)));
    const perGame = new Map<string, number>();
    for (const g of seated) perGame.set(g.gameId, (perGame.get(g.gameId) ?? 0) + 1);
    expect([...perGame.values()]).toEqual([3, 3]);
    const view = (await host.waitFor(isDashboard((v) => v.round?.groups.length === 2 && v.round.groups.every((g) => g.seats.length === 6)))).data as HostView;
    for (const g of view.round!.groups) {
      expect(g.seats.filter((s) => s.kind === "student")).toHaveLength(3);
      // Two process seats and the adversary are bots.
      expect(g.seats.filter((s) => s.kind === "bot")).toHaveLength(3);
    }
    await host.request("class:end", auth);
  });

  it("a student cannot use host controls, and a wrong key controls nothing", async () => {
    const { grant, auth } = await hostSession();
    const [s] = await joinStudents(grant.code, 1);
    const forged = { sessionId: auth.sessionId, hostKey: s.grant.studentToken };
    for (const [event, extra] of [
      ["class:round:start", fastGenerals],
      ["class:round:pause", {}],
      ["class:round:end", {}],
      ["class:end", {}],
      ["class:settings", { allowLateJoin: false }],
      ["class:kick", { studentId: s.grant.studentId }],
      ["class:watch", {}],
    ] as const) {
      const res = await s.c.request(event, { ...forged, ...extra });
      expect(res, event).toMatchObject({ ok: false, error: { code: "BAD_HOST_KEY" } });
    }
    expect(s.c.packets.some((p) => p.event === "class:dashboard")).toBe(false);
    const student = await s.c.request("class:rejoin", { sessionId: auth.sessionId, studentToken: s.grant.studentToken });
    expect(student.ok).toBe(true);
  });

  it("kick bans the student for the session; late joiners are refused when the host says so", async () => {
    const { host, grant, auth } = await hostSession();
    const [a, b] = await joinStudents(grant.code, 2);
    expect(await host.request("class:kick", { ...auth, studentId: a.grant.studentId })).toEqual({ ok: true });
    await a.c.waitFor((p) => p.event === "class:kicked");
    // The same device cannot come back, by code or by token.
    const again = client("again");
    await again.connected();
    expect(await again.request("class:join", { code: grant.code, player: a.c.player })).toMatchObject({ ok: false, error: { code: "KICKED" } });
    expect(await again.request("class:rejoin", { sessionId: auth.sessionId, studentToken: a.grant.studentToken })).toMatchObject({ ok: false, error: { code: "KICKED" } });
    await host.waitFor(isDashboard((v) => v.students.length === 1 && v.students[0].id === b.grant.studentId));

    expect(await host.request("class:settings", { ...auth, allowLateJoin: false })).toEqual({ ok: true });
    await host.request("class:round:start", { ...auth, ...fastGenerals });
    const late = client("Late");
    await late.connected();
    expect(await late.request("class:join", { code: grant.code, player: late.player })).toMatchObject({ ok: false, error: { code: "LATE_JOIN_CLOSED" } });
    await host.request("class:settings", { ...auth, allowLateJoin: true });
    const welcome = await late.request<StudentGrant>("class:join", { code: grant.code, player: late.player });
    expect(welcome.ok).toBe(true);
    // A late joiner waits for the next round.
    const view = await late.waitFor((p) => p.event === "class:student");
    expect((view.data as StudentView).game).toBeNull();
  });

  it("nicknames: offensive ones refused, duplicates numbered", async () => {
    const { grant } = await hostSession();
    const a = client("Sam");
    const b = client("Sam");
    const rude = client("x");
    await Promise.all([a.connected(), b.connected(), rude.connected()]);
    await a.request("class:join", { code: grant.code, player: a.player });
    await b.request("class:join", { code: grant.code, player: b.player });
    expect(lastOf<StudentView>(b, "class:student") ?? (await b.waitFor((p) => p.event === "class:student")).data).toMatchObject({ you: { nickname: "Sam 2" } });
    const refused = await rude.request("class:join", { code: grant.code, player: { ...rude.player, nickname: "shit head" } });
    expect(refused).toMatchObject({ ok: false, error: { code: "NICKNAME_REFUSED" } });
  });

  it("pause stops every game's clock and refuses moves; resume and end finish every game", async () => {
    // On a manual clock: whether a game's clock runs is asked of the clock, not guessed from a wait.
    const clock = new ManualClock();
    const manual = await startTestServer({ classGraceMs: 150, clock }, t.db);
    onTestFinished(() => manual.stop());
    const { host, grant, auth } = await hostSession("Paused", manual.server.url);
    const students = await joinStudents(grant.code, 4, "Student", manual.server.url);
    expect((await host.request("class:round:start", { ...auth, ...fastGenerals, params: { ...fastGenerals.params, dawnTick: 200 } })).ok).toBe(true);
    const seat = (await students[0].c.waitFor(isStudentView((v) => v.game !== null))).data as StudentView;
    expect((await students[0].c.request("game:resume", { gameId: seat.game!.gameId, seatToken: seat.game!.seatToken })).ok).toBe(true);
    const seated = await Promise.all(students.map((s) => s.c.waitFor(isStudentView((v) => v.game !== null))));
    const gameIds = [...new Set(seated.map((p) => (p.data as StudentView).game!.gameId))];
    expect(gameIds).toHaveLength(2);
    for (const id of gameIds) expect(clock.running(id)).toBe(true);
    expect(await host.request("class:round:pause", auth)).toEqual({ ok: true });
    await students[0].c.waitFor(isStudentView((v) => v.round?.status === "paused"));
    const paused = await students[0].c.waitFor((p) => p.event === "game:snapshot" && (p.data as { status: string }).status === "paused");
    expect(paused).toBeTruthy();
    const g = seat.game!;
    const refused = await students[0].c.request("game:move", { gameId: g.gameId, seatToken: g.seatToken, move: { type: "send", kind: g.seat === "A" ? "plan" : "ack" } });
    expect(refused).toMatchObject({ ok: false, error: { code: "PAUSED" } });
    // No game's clock runs while paused: there is no tick to advance.
    for (const id of gameIds) {
      expect(clock.running(id)).toBe(false);
      await expect(clock.advance(id)).rejects.toThrow(/no running clock/);
    }
    expect(await host.request("class:round:resume", auth)).toEqual({ ok: true });
    for (const id of gameIds) expect(clock.running(id)).toBe(true);
    const room = manual.server.registry.get(g.gameId)!;
    const tickAtResume = (room.record.state as { tick: number }).tick;
    await clock.advance(g.gameId);
    expect((room.record.state as { tick: number }).tick).toBe(tickAtResume + 1);
    expect(await host.request("class:round:end", auth)).toEqual({ ok: true });
    // On a manual clock the host's dashboard is pushed when its throttle's time has passed.
    await clock.elapse(1_000);
    const ended = await host.waitFor(isDashboard((v) => v.round?.status === "ended"));
    expect((ended.data as HostView).round!.groups.every((gr) => gr.status === "finished")).toBe(true);
    expect(await host.request("class:round:end", auth)).toMatchObject({ ok: false, error: { code: "NO_ROUND" } });
    for (const id of gameIds) expect(clock.running(id)).toBe(false);
  });

  it("join-code guessing is throttled", async () => {
    const limited = await startTestServer({ rateLimits: { perSocketPerSecond: 1000, joinsPerMinute: 10, createsPerMinute: 10 } }, t.db);
    try {
      // A class behind one address joins whole: successful joins do not use up the limit.
      const host = new TestClient(limited.server.url, "Prof");
      await host.connected();
      const hosted = await host.request<HostGrant>("class:host", { title: "NAT", player: host.player });
      if (!hosted.ok) throw new Error(hosted.error.code);
      const results: string[] = [];
      for (let i = 0; i < 25; i++) {
        const s = new TestClient(limited.server.url, `Pupil ${i}`);
        await s.connected();
        const res = await s.request("class:join", { code: hosted.code, player: s.player });
        results.push(res.ok ? "ok" : res.error.code);
        s.close();
      }
      host.close();
      expect(results.every((r) => r === "ok")).toBe(true);
      const guesser = new TestClient(limited.server.url, "guess");
      await guesser.connected();
      const codes: string[] = [];
      for (let i = 0; i < 15; i++) {
        const res = await guesser.request("class:join", { code: `ZZZZ${"23456789ABCDEFGH"[i]}2`, player: guesser.player });
        codes.push(res.ok ? "ok" : res.error.code);
      }
      expect(codes.slice(0, 10).every((c) => c === "UNKNOWN_SESSION")).toBe(true);
      expect(codes.slice(10).every((c) => c === "RATE_LIMITED")).toBe(true);
      guesser.close();
    } finally {
      await limited.stop();
    }
  });

  const DISCONNECTS = sized(200, 40);
  it(`survives ${DISCONNECTS} random disconnects and reconnects: every seat recovered, none doubled`, async () => {
    const { host, grant, auth } = await hostSession();
    const joined = await joinStudents(grant.code, 12);
    const start = await host.request("class:round:start", { ...auth, ...fastGenerals, params: { ...fastGenerals.params, dawnTick: 200 }, tickMs: 500 });
    expect(start.ok).toBe(true);
    const seatOf = new Map<string, SeatGrant | StudentView["game"]>();
    for (const s of joined) seatOf.set(s.grant.studentId, ((await s.c.waitFor(isStudentView((v) => v.game !== null))).data as StudentView).game);
    const live = new Map(joined.map((s) => [s.grant.studentId, s.c]));
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const standsIn = (studentId: string) => isDashboard((v) => v.round !== null && v.round.groups.some((g) => g.seats.some((s) => s.studentId === studentId && s.standIn)));
    for (let i = 0; i < DISCONNECTS; i++) {
      const s = joined[random(joined.length)];
      const seen = host.packets.length;
      live.get(s.grant.studentId)!.close();
      // Half the time the student stays away until the grace period is over and a bot stands in.
      if (random(2) === 0) {
        const test = standsIn(s.grant.studentId);
        await host.waitFor((p) => test(p) && host.packets.indexOf(p) >= seen);
      }
      const back = client(`${s.grant.studentId}-back-${i}`);
      await back.connected();
      const res = await back.request<StudentGrant>("class:rejoin", { sessionId: auth.sessionId, studentToken: s.grant.studentToken });
      expect(res.ok).toBe(true);
      const view = (await back.waitFor((p) => p.event === "class:student")).data as StudentView;
      expect(view.game).toEqual(seatOf.get(s.grant.studentId));
      live.set(s.grant.studentId, back);
      // The game seat answers with a full snapshot.
      const game = view.game!;
      const resumed = await back.request("game:resume", { gameId: game.gameId, seatToken: game.seatToken });
      expect(resumed.ok).toBe(true);
      const snap = (await back.waitFor((p) => p.event === "game:snapshot")).data as { seat: string; view: unknown };
      expect(snap.seat).toBe(game.seat);
      expect(snap.view).not.toBeNull();
    }
    // Everyone is back: no bot stands in, no seat is held twice.
    // While students were away longer than the grace period, bots stood in for them.
    expect(host.packets.some(isDashboard((v) => v.round !== null && v.round.groups.some((g) => g.seats.some((s) => s.standIn))))).toBe(true);
    const settled = (v: HostView) => v.students.every((s) => s.connected) && v.round !== null && v.round.groups.every((g) => g.seats.every((s) => !s.standIn));
    const dash = (await eventually(async () => {
      const last = lastOf<HostView>(host, "class:dashboard");
      return settled(last) ? last : null;
    })) as HostView;
    const studentSeats = dash.round!.groups.flatMap((g) => g.seats.filter((s) => s.kind === "student").map((s) => s.studentId));
    expect(studentSeats).toHaveLength(12);
    expect(new Set(studentSeats).size).toBe(12);
    await host.request("class:end", auth);
  }, 60_000);

  it("a student's class update carries only the round's params announced to their seat", async () => {
    const { host, grant, auth } = await hostSession("Hidden parameters");
    const students = await joinStudents(grant.code, 4, "Hidden");
    await host.waitFor(isDashboard((v) => v.students.filter((s) => s.connected).length === 4), 5000);
    // Consensus: GST, Δ, the crash schedule, f, the inputs and the adversary are hidden from processes.
    const secret = { n: 3, inputs: [0, 1, 1], detector: "ES", gst: 33, maxDelay: 4, mistakeRate: 0.25, crashes: [{ process: 3, tick: 40 }], f: 1, maxTicks: 60, adversary: "bot" };
    const consensusRound = await host.request("class:round:start", { ...auth, scenario: "consensus", params: secret, studentSeats: ["p1", "p2"], bots: { adversary: "stubborn" }, tickMs: 20 });
    expect(consensusRound.ok).toBe(true);
    const processOnly = { n: 3, majority: 2, detector: "ES", maxTicks: 60, sandbox: false };
    for (const s of students) {
      const seated = (await s.c.waitFor(isStudentView((v) => v.round?.number === 1 && v.game !== null))).data as StudentView;
      expect(seated.round!.params).toEqual(processOnly);
    }
    await host.request("class:round:end", auth);
    // Lovers: the lucky night stays hidden.
    const loversRound = await host.request("class:round:start", { ...auth, scenario: "lovers", params: { lossProbability: 0.4, luckyNight: true }, tickMs: 20 });
    expect(loversRound.ok).toBe(true);
    for (const s of students) {
      const seated = (await s.c.waitFor(isStudentView((v) => v.round?.number === 2 && v.game !== null))).data as StudentView;
      expect(seated.round!.params).toEqual({ lossProbability: 0.4, hours: 12 });
    }
    await host.request("class:round:end", auth);
    // Not one class update to a student, in either round, carried a hidden parameter.
    for (const s of students) {
      for (const p of s.c.packets.filter((p) => p.event === "class:student")) {
        const params = (p.data as StudentView).round?.params ?? {};
        for (const key of ["gst", "maxDelay", "mistakeRate", "crashes", "f", "inputs", "adversary", "luckyNight"]) expect(params).not.toHaveProperty(key);
      }
    }
    // The host still sees everything it chose.
    const dashboard = (await host.waitFor(isDashboard((v) => v.round?.number === 2))).data as HostView;
    expect(dashboard.round!.params).toMatchObject({ lossProbability: 0.4, luckyNight: true });
    await host.request("class:end", auth);
  }, 30_000);
});
