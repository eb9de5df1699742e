/**
 * Bad input for class sessions: every class request malformed in many ways, forged keys and
 * tokens, wrong round parameters, out-of-order round controls and a flood. Each gets a typed
 * error, changes nothing (the session's views and the live rooms) and the server stays up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SeededRandom } from "../engine/prng";
import type { HostGrant, StudentGrant } from "../protocol/classroom";
import { HUGE, mutations, refusalChecker, startTestServer, TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
let host: TestClient;
let student: TestClient;
let grant: HostGrant & { ok: true };
let studentGrant: StudentGrant & { ok: true };
const auth = () => ({ sessionId: grant.sessionId, hostKey: grant.hostKey });

beforeAll(async () => {
  t = await startTestServer();
  host = new TestClient(t.server.url, "Prof");
  student = new TestClient(t.server.url, "Ada");
  await Promise.all([host.connected(), student.connected()]);
  const hosted = await host.request<HostGrant>("class:host", { title: "Bad input", player: host.player });
  if (!hosted.ok) throw new Error(hosted.error.code);
  grant = hosted;
  const joined = await student.request<StudentGrant>("class:join", { code: grant.code, player: student.player });
  if (!joined.ok) throw new Error(joined.error.code);
  studentGrant = joined;
});
afterAll(async () => {
  host.close();
  student.close();
  await t.stop();
  await t.db.cleanup();
});

/** Everything a refused class request must leave as it was. */
function fingerprint(): string {
  const session = t.server.classes.sessionById(grant.sessionId)!;
  const student = [...session.students.values()][0];
  const view = { ...t.server.classes.hostViewOf(session), students: session.hostView(0).students.map((s) => s.id) };
  return JSON.stringify({ view: { ...view, round: view.round && { ...view.round, startedAt: 0 } }, rounds: session.rounds.length, student: student && t.server.classes.studentViewOf(session, student).game, rooms: t.server.registry.size });
}
const expectRefused = refusalChecker(fingerprint);
const rng = new SeededRandom(20261123);

describe("bad class input", () => {
  it("malformed payloads of every class request are refused with BAD_PAYLOAD or a typed error", async () => {
    const valid: Record<string, Record<string, unknown>> = {
      "class:host": { title: "T", player: host.player },
      "class:watch": auth(),
      "class:settings": { ...auth(), allowLateJoin: true },
      "class:kick": { ...auth(), studentId: studentGrant.studentId },
      "class:round:start": { ...auth(), scenario: "generals", params: {}, tickMs: 1000 },
      "class:round:pause": auth(),
      "class:join": { code: grant.code, player: student.player },
      "class:rejoin": { sessionId: grant.sessionId, studentToken: studentGrant.studentToken },
      "class:presenter:step": { ...auth(), to: "next" },
      "class:answer": { sessionId: grant.sessionId, studentToken: studentGrant.studentToken, questionId: "q1", option: "act" },
      "class:spectate": { ...auth(), gameId: "NoSuchGame1" },
      "class:spectate:stop": { ...auth(), gameId: "NoSuchGame1" },
    };
    let cases = 0;
    for (const [event, payload] of Object.entries(valid)) {
      for (const m of mutations(payload, rng, ["title", "params", "tickMs"])) {
        const before = fingerprint();
        const res = await host.request(event, m.payload);
        // Some mutations stay valid (class:host without a title); those that don't change nothing.
        if (res.ok) {
          expect(["class:host", "class:watch", "class:settings"], `${event} ${m.name}`).toContain(event);
          continue;
        }
        expect(fingerprint(), `${event} ${m.name}`).toBe(before);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(150);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("round parameters are checked against the scenario; nothing starts", async () => {
    const start = (extra: object) => ({ ...auth(), scenario: "generals", tickMs: 1000, ...extra });
    await expectRefused(host, "class:round:start", start({ scenario: "chess" }), "UNKNOWN_SCENARIO");
    await expectRefused(host, "class:round:start", start({ params: { dawnTick: 1 } }), "BAD_PAYLOAD");
    await expectRefused(host, "class:round:start", start({ studentSeats: ["A", "Z"] }), "BAD_PAYLOAD");
    await expectRefused(host, "class:round:start", start({ studentSeats: ["A", "A"] }), "BAD_PAYLOAD");
    await expectRefused(host, "class:round:start", start({ bots: { B: "telepath" }, studentSeats: ["A"] }), "BAD_PAYLOAD");
    await expectRefused(host, "class:round:start", start({ tickMs: 0 }), "BAD_PAYLOAD");
    await expectRefused(host, "class:round:start", start({ title: HUGE }), "BAD_PAYLOAD");
  });

  it("forged keys, tokens and sessions are refused", async () => {
    await expectRefused(student, "class:round:start", { sessionId: grant.sessionId, hostKey: studentGrant.studentToken, scenario: "generals" }, "BAD_HOST_KEY");
    await expectRefused(host, "class:round:pause", { sessionId: "nosuchsession", hostKey: grant.hostKey }, "UNKNOWN_SESSION");
    await expectRefused(student, "class:rejoin", { sessionId: grant.sessionId, studentToken: grant.hostKey }, "BAD_TOKEN");
    await expectRefused(student, "class:join", { code: "ZZZZZZ", player: student.player }, "UNKNOWN_SESSION");
    await expectRefused(host, "class:kick", { ...auth(), studentId: "nobody" }, "BAD_PAYLOAD");
  });

  it("round controls out of order are refused", async () => {
    await expectRefused(host, "class:round:pause", auth(), "NO_ROUND");
    await expectRefused(host, "class:round:resume", auth(), "NO_ROUND");
    await expectRefused(host, "class:round:end", auth(), "NO_ROUND");
  });

  it("a flood is rate-limited and the server stays up", async () => {
    // Never disconnected here: the socket budget's own test (abuse.test.ts) covers that.
    const limited = await startTestServer({ rateLimits: { perSocketPerSecond: 20, joinsPerMinute: 1000, createsPerMinute: 1000, strikesToDisconnect: 1e6 } }, t.db);
    try {
      const c = new TestClient(limited.server.url, "Flood");
      await c.connected();
      const answers = await Promise.all(Array.from({ length: 60 }, () => c.request("class:watch", { sessionId: "nosuchsession", hostKey: grant.hostKey })));
      const codes = answers.map((a) => (a.ok ? "ok" : a.error.code));
      expect(codes.filter((x) => x === "RATE_LIMITED").length).toBeGreaterThanOrEqual(35);
      expect(codes.filter((x) => x === "UNKNOWN_SESSION").length).toBeGreaterThan(0);
      c.close();
    } finally {
      await limited.stop();
    }
    // The main server still answers.
    const again = await host.request<HostGrant>("class:watch", auth());
    expect(again.ok).toBe(true);
  });
});
