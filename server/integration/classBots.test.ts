/**
 * "Bring your bot" over real sockets: a host, two students and a student's Bot API bot join a
 * class session; the bot is on the roster as a bot with its owner; the preset round seats it
 * beside a person; the example class bot (examples/bots/typescript/class.ts) plays its seat with
 * the example seat loop, every tick itself; the debrief's figures, live and from the stored
 * history, count it as a student's bot. A bot socket cannot send the host's requests.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runClass } from "../../examples/bots/typescript/class";
import { byKind } from "../../app/class/_ui/aggregate";
import { CLASS_PRESETS } from "../classroom/presets";
import type { GameMetrics, HostGrant, HostView, StudentGrant, StudentView } from "../protocol/classroom";
import { getPrisma } from "../storage/db";
import { botOwner, botSocket, newBot } from "../testing/arenaKit";
import { eventually, startTestServer, TestClient, traceOf, type Packet, type TestServer } from "../testing/harness";

let t: TestServer;
const clients: TestClient[] = [];
const client = (name: string, options?: ConstructorParameters<typeof TestClient>[2]) => {
  const c = new TestClient(t.server.url, name, options);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  // A countdown: the bot takes its seat before the first tick's deadline, however loaded the machine.
  t = await startTestServer({ classDashboardEveryMs: 20, countdownMs: 300 });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

async function hostSession(title: string) {
  const host = client("Prof");
  await host.connected();
  const grant = await host.request<HostGrant>("class:host", { title, player: host.player });
  if (!grant.ok) throw new Error(grant.error.code);
  return { host, grant, auth: { sessionId: grant.sessionId, hostKey: grant.hostKey } };
}

const isDashboard = (test: (v: HostView) => boolean) => (p: Packet) => p.event === "class:dashboard" && test(p.data as HostView);

describe("a student's bot in class", () => {
  it("joins by code, is seated by the preset beside a person, plays its seat, and is counted as a student's bot", async () => {
    const owner = await botOwner(t);
    const bot = await newBot(t, owner, "Chainbot");

    const { host, grant, auth } = await hostSession("Bring your bot");
    for (const name of ["Ada", "Grace"]) {
      const c = client(name);
      await c.connected();
      expect((await c.request<StudentGrant>("class:join", { code: grant.code, player: c.player })).ok).toBe(true);
    }

    // A bot socket may join, but never act as the host, nor join as a person, nor rejoin by token.
    const raw = await botSocket(t, bot.token, "raw bot");
    clients.push(raw);
    for (const [event, payload] of [["class:round:start", { ...auth, scenario: "generals" }], ["class:host", { title: "Mine", player: raw.player }], ["class:kick", { ...auth, studentId: "x" }], ["class:rejoin", { sessionId: auth.sessionId, studentToken: "x".repeat(43) }], ["class:answer", { ...auth, questionId: "q", option: "a" }]] as const) {
      const res = await raw.request(event, payload);
      expect(res.ok ? null : res.error.code, event).toBe("NOT_FOR_BOTS");
    }
    // The bot's payload is the code alone: the bot's name is its nickname.
    const withPlayer = await raw.request("class:join", { code: grant.code, player: raw.player });
    expect(withPlayer.ok ? null : withPlayer.error.code).toBe("BAD_PAYLOAD");
    raw.close();

    const played = runClass({ url: t.server.url, botToken: bot.token, code: grant.code, games: 2 });
    const roster = await host.waitFor(isDashboard((v) => v.students.filter((s) => s.connected).length === 3), 5000);
    const students = (roster.data as HostView).students;
    expect(students.find((s) => s.id === bot.id)).toEqual({ id: bot.id, nickname: "Chainbot", connected: true, bot: { owner: "Owner" } });
    expect(students.filter((s) => s.bot === null).map((s) => s.nickname).sort()).toEqual(["Ada", "Grace"]);

    // Round 1: the preset, at a bot's pace. Two people and a bot in pairs: two games, the bot beside a person.
    const preset = CLASS_PRESETS.find((p) => p.id === "generals-bots")!;
    expect(preset.seating).toBe("mixed");
    const started = await host.request("class:round:start", { ...auth, scenario: preset.scenario, params: { ...preset.params, dawnTick: 12 }, tickMs: 100, seating: preset.seating });
    expect(started.ok).toBe(true);
    const first = await host.waitFor(isDashboard((v) => v.round?.number === 1 && v.round.status === "ended"), 15_000);
    const groups = (first.data as HostView).round!.groups;
    expect(groups).toHaveLength(2);
    const botGroup = groups.find((g) => g.seats.some((s) => s.studentId === bot.id))!;
    const botSeat = botGroup.seats.find((s) => s.studentId === bot.id)!;
    expect(botSeat).toMatchObject({ kind: "student", name: "Chainbot", studentBot: true, standIn: false });
    // Mixed seating: the bot's partner is a person, not a house bot.
    expect(botGroup.seats.filter((s) => s.seat !== botSeat.seat && ["A", "B"].includes(s.seat)).map((s) => [s.kind, s.studentBot])).toEqual([["student", false]]);

    // The debrief: per game the player seats' kinds; per kind, the bot's game counted once.
    const metrics = groups.map((g) => g.metrics as GameMetrics);
    expect(botGroup.metrics?.seatKinds?.find((s) => s.seat === botSeat.seat)?.kind).toBe("studentBot");
    const kinds = byKind(metrics);
    expect(kinds.map((k) => [k.kind, k.games, k.seats])).toEqual([["person", 2, 2], ["studentBot", 1, 1], ["house", 1, 1]]);

    // The bot's seat is stored as its own, every tick played by it (no stand-in, no refusal of its seat).
    const trace = await traceOf(t.server.url, botGroup.gameId);
    expect(trace.seats.find((s) => s.seat === botSeat.seat)).toEqual(expect.objectContaining({ kind: "bot", name: "Chainbot", playerId: null, botId: bot.id, timeouts: 0 }));
    const db = getPrisma(t.db.url);
    const stored = await eventually(() => db.gameSeat.findUnique({ where: { gameId_seat: { gameId: botGroup.gameId, seat: botSeat.seat } } }));
    expect(stored).toEqual(expect.objectContaining({ kind: "bot", botId: bot.id, timeouts: 0 }));

    // Round 2, not a "bring your bot" preset: the bot is seated like a student all the same.
    const again = await host.request("class:round:start", { ...auth, scenario: "generals", params: { captureProbability: 0.2, crossingTicks: 1, dawnTick: 8 }, tickMs: 100 });
    expect(again.ok).toBe(true);
    const results = await played;
    expect(results.map((r) => r.round)).toEqual([1, 2]);
    expect(results[0]).toMatchObject({ gameId: botGroup.gameId, seat: botSeat.seat, scenario: "generals" });
    const second = await host.waitFor(isDashboard((v) => v.round?.number === 2 && v.round.status === "ended"), 15_000);
    expect((second.data as HostView).round!.groups.flatMap((g) => g.seats).filter((s) => s.studentBot).map((s) => s.studentId)).toEqual([bot.id]);

    // The stored history gives the same figures: the bot's seat a student's bot there too.
    const history = await eventually(async () => {
      const res = await fetch(`${t.server.url}/api/class/${auth.sessionId}/history`, { headers: { authorization: `Bearer ${auth.hostKey}` } });
      const body = (await res.json()) as { rounds: { games: { id: string; metrics: GameMetrics }[] }[] };
      return body.rounds[0]?.games.length === 2 ? body : null;
    }, 10_000);
    const storedMetrics = history.rounds[0].games.map((g) => g.metrics);
    expect(byKind(storedMetrics)).toEqual(kinds);
    for (const g of history.rounds[0].games) expect(g.metrics).toEqual(groups.find((x) => x.gameId === g.id)?.metrics);
  });

  it("shows a student's screen nothing of the bot but what a seat beside it sees", async () => {
    const owner = await botOwner(t);
    const bot = await newBot(t, owner, "Quietbot");
    const { grant } = await hostSession("Views");
    const botClient = await botSocket(t, bot.token, "bot");
    clients.push(botClient);
    const joined = await botClient.request<StudentGrant>("class:join", { code: grant.code });
    expect(joined.ok && joined.studentId).toBe(bot.id);
    const view = (await botClient.waitFor((p) => p.event === "class:student")).data as StudentView;
    // The bot's student view is a student's: itself, no roster, no other seat's token.
    expect(view.you).toEqual({ id: bot.id, nickname: "Quietbot" });
    expect(Object.keys(view).sort()).toEqual(["code", "game", "question", "round", "sessionId", "status", "title", "you"]);
  });
});
