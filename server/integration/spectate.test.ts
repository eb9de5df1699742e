/**
 * Live spectating over real sockets: the class host watches one game of the current round and
 * gets, for each student player seat, exactly the snapshot that seat's own socket gets; never an
 * adversary's seat, a bot's, a seed or anything else a player could not see. Refused for a forged
 * key, a student's secret and a game of another session.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostGrant, HostView, SpectatorView, StudentGrant, StudentView } from "../protocol/classroom";
import type { GameSnapshot } from "../protocol/events";
import { runPool, startTestServer, TestClient, walkKeys, type Packet, type TestServer } from "../testing/harness";

let t: TestServer;
const clients: TestClient[] = [];
const client = (name: string) => {
  const c = new TestClient(t.server.url, name);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  t = await startTestServer({ classDashboardEveryMs: 20 });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

const isStudentView = (test: (v: StudentView) => boolean) => (p: Packet) => p.event === "class:student" && test(p.data as StudentView);
const spectatorViews = (c: TestClient) => c.packets.filter((p) => p.event === "class:spectator").map((p) => p.data as SpectatorView);

async function hostSession() {
  const host = client("Prof");
  await host.connected();
  const grant = await host.request<HostGrant>("class:host", { title: "Spectating", player: host.player });
  if (!grant.ok) throw new Error(grant.error.code);
  return { host, grant, auth: { sessionId: grant.sessionId, hostKey: grant.hostKey } };
}

async function joinStudents(code: string, count: number) {
  const students: { c: TestClient; grant: StudentGrant }[] = [];
  await runPool(count, 5, async (i) => {
    const c = client(`Student ${i + 1}`);
    await c.connected();
    const grant = await c.request<StudentGrant>("class:join", { code, player: c.player });
    if (!grant.ok) throw new Error(grant.error.code);
    students[i] = { c, grant };
  });
  return students;
}

/** Three students per game: the generals A and B, and a human Enemy (an adversary seat). */
const generalsWithEnemy = {
  scenario: "generals",
  params: { crossingTicks: 1, dawnTick: 200, enemy: "human" },
  studentSeats: ["A", "B", "enemy"],
  tickMs: 30,
};

describe("class:spectate", () => {
  it("shows each student player seat's own snapshot, byte for byte, and nothing of the Enemy", async () => {
    const { host, grant, auth } = await hostSession();
    const students = await joinStudents(grant.code, 3);
    await host.waitFor((p) => p.event === "class:dashboard" && (p.data as HostView).students.filter((s) => s.connected).length === 3);
    expect(await host.request("class:round:start", { ...auth, ...generalsWithEnemy })).toEqual({ ok: true, round: 1 });
    const seats = await Promise.all(students.map((s) => s.c.waitFor(isStudentView((v) => v.game !== null)).then((p) => (p.data as StudentView).game!)));
    const gameId = seats[0].gameId;
    // Every student's socket takes its seat, as the student screen does.
    await Promise.all(students.map((s, i) => s.c.request("game:resume", { gameId, seatToken: seats[i].seatToken })));

    const res = await host.request<{ gameId: string }>("class:spectate", { ...auth, gameId });
    expect(res).toEqual({ ok: true, gameId });
    // The tick advances under the spectator's eyes.
    await host.waitFor((p) => p.event === "class:spectator" && (p.data as SpectatorView).tick >= 3, 5000);

    // Pause: every screen settles on its last packet, then compare.
    expect((await host.request("class:round:pause", auth)).ok).toBe(true);
    await host.waitFor((p) => p.event === "class:spectator" && (p.data as SpectatorView).status === "paused");
    await Promise.all(students.map((s) => s.c.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "paused")));

    const views = spectatorViews(host);
    const last = views.at(-1)!;
    expect(last).toMatchObject({ sessionId: auth.sessionId, gameId, group: 1, status: "paused" });
    // Player seats only: the Enemy (an adversary) is never shown.
    expect(last.seats.map((s) => s.seat)).toEqual(["A", "B"]);
    for (const view of views) expect(view.seats.map((s) => s.seat).includes("enemy")).toBe(false);

    for (const [i, s] of students.entries()) {
      const seat = seats[i].seat;
      const own = s.c.snapshots().filter((x) => x.gameId === gameId);
      if (seat === "enemy") continue;
      // The latest: identical bytes.
      expect(JSON.stringify(last.seats.find((x) => x.seat === seat))).toBe(JSON.stringify(own.at(-1)));
      // Every spectator view showed a snapshot this seat got (same seq, same bytes).
      const bySeq = new Map(own.map((x) => [x.seq, JSON.stringify(x)]));
      for (const view of views) {
        const shown = view.seats.find((x) => x.seat === seat)!;
        expect(bySeq.get(shown.seq), `seat ${seat} seq ${shown.seq}`).toBe(JSON.stringify(shown));
      }
    }
    // Nothing hidden: no seed, no fates, no adversary's fields anywhere in what the host watched.
    const keys = new Set<string>();
    walkKeys(views, (k) => keys.add(k));
    for (const hidden of ["seed", "fates", "rng", "prng", "captured", "trace", "seatToken"]) expect(keys.has(hidden), hidden).toBe(false);

    // Stop: no further views, even when the game moves again.
    expect((await host.request("class:spectate:stop", { ...auth, gameId })).ok).toBe(true);
    const count = spectatorViews(host).length;
    expect((await host.request("class:round:resume", auth)).ok).toBe(true);
    await students[0].c.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "running" && p !== undefined);
    await new Promise((r) => setTimeout(r, 200));
    expect(spectatorViews(host).length).toBe(count);
    expect((await host.request("class:round:end", auth)).ok).toBe(true);
  });

  it("refuses a forged key, a student's secret and a game of another session", async () => {
    const a = await hostSession();
    const [student] = await joinStudents(a.grant.code, 1);
    await a.host.waitFor((p) => p.event === "class:dashboard" && (p.data as HostView).students.some((s) => s.connected));
    expect(await a.host.request("class:round:start", { ...a.auth, scenario: "generals", params: { dawnTick: 200 }, tickMs: 50 })).toEqual({ ok: true, round: 1 });
    const game = (await student.c.waitFor(isStudentView((v) => v.game !== null))).data as StudentView;
    const gameId = game.game!.gameId;

    const b = await hostSession();
    const [other] = await joinStudents(b.grant.code, 1);

    // Another session's host: its key is good, but the game is not of its round.
    const foreign = await b.host.request("class:spectate", { ...b.auth, gameId });
    expect(foreign).toMatchObject({ ok: false, error: { code: "UNKNOWN_GAME" } });
    // A forged key.
    const forged = await b.host.request("class:spectate", { sessionId: a.auth.sessionId, hostKey: "x".repeat(32), gameId });
    expect(forged).toMatchObject({ ok: false, error: { code: "BAD_HOST_KEY" } });
    // A student (of another session) with their own secret as the key.
    const studentTry = await other.c.request("class:spectate", { sessionId: a.auth.sessionId, hostKey: other.grant.studentToken, gameId });
    expect(studentTry).toMatchObject({ ok: false, error: { code: "BAD_HOST_KEY" } });
    // The session's own student, with their secret.
    const ownStudent = await student.c.request("class:spectate", { sessionId: a.auth.sessionId, hostKey: student.grant.studentToken, gameId });
    expect(ownStudent).toMatchObject({ ok: false, error: { code: "BAD_HOST_KEY" } });
    // A game id of no round.
    const unknown = await a.host.request("class:spectate", { ...a.auth, gameId: "nosuchgame123" });
    expect(unknown).toMatchObject({ ok: false, error: { code: "UNKNOWN_GAME" } });

    await new Promise((r) => setTimeout(r, 150));
    for (const c of [b.host, other.c, student.c]) expect(spectatorViews(c)).toEqual([]);
    expect((await a.host.request("class:end", a.auth)).ok).toBe(true);
    expect((await b.host.request("class:end", b.auth)).ok).toBe(true);
  });
});
