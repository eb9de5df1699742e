/**
 * kill -9 in the middle of a class round: the next server brings the session back with every
 * group; the host's key still works and the dashboard shows the groups again; each student comes
 * back with the token their browser kept and gets their very seat (and seat token) back; the
 * round plays to its end; every acknowledged move is in its stored trace exactly once.
 */
import { afterEach, describe, expect, it } from "vitest";
import { verifyTrace, type StoredGame } from "../engine/verify";
import type { HostGrant, HostView, StudentGrant, StudentView } from "../protocol/classroom";
import type { GameSnapshot } from "../protocol/events";
import { getPrisma } from "../storage/db";
import { eventually, type Packet, type TestClient } from "../testing/harness";
import { ProcessKit } from "../testing/processKit";
import { sized } from "../testing/tier";

/** Odd: one group has a stand-in bot in a student seat. */
const STUDENTS = sized(11, 5);
const MOVES_BEFORE = 2;

const kit = new ProcessKit();
afterEach(() => kit.cleanup());
const client = (url: string, name: string, deviceToken?: string) => kit.client(url, name, deviceToken);

const isDashboard = (test: (v: HostView) => boolean) => (p: Packet) => p.event === "class:dashboard" && test(p.data as HostView);
const isStudentView = (test: (v: StudentView) => boolean) => (p: Packet) => p.event === "class:student" && test(p.data as StudentView);
const snapshotOf = (gameId: string, test: (s: GameSnapshot) => boolean = () => true) => (p: Packet) =>
  p.event === "game:snapshot" && (p.data as GameSnapshot).gameId === gameId && test(p.data as GameSnapshot);
const sendPlan = (game: { gameId: string; seatToken: string }) => ({ gameId: game.gameId, seatToken: game.seatToken, move: { type: "send", kind: "plan" } });

describe("kill -9 during a class round", () => {
  it(`brings back the session, its ${STUDENTS} students in their seats and every group; nothing acknowledged is lost or doubled`, async () => {
    const db = await kit.database();
    const first = await kit.start();
    const host = client(first.url, "Prof");
    await host.connected();
    const hosted = await host.request<HostGrant>("class:host", { title: "Restart drill", player: host.player });
    if (!hosted.ok) throw new Error(hosted.error.code);
    const auth = { sessionId: hosted.sessionId, hostKey: hosted.hostKey };
    const students: { c: TestClient; grant: StudentGrant & { ok: true } }[] = [];
    for (let i = 0; i < STUDENTS; i++) {
      const c = client(first.url, `S${i}`);
      await c.connected();
      const grant = await c.request<StudentGrant>("class:join", { code: hosted.code, player: c.player });
      if (!grant.ok) throw new Error(grant.error.code);
      students.push({ c, grant });
    }
    await host.waitFor(isDashboard((v) => v.students.filter((s) => s.connected).length === STUDENTS), 5_000);
    // Generals in pairs: two students a game, long enough to be mid-game at the kill.
    const started = await host.request("class:round:start", { ...auth, scenario: "generals", params: { captureProbability: 0.3, dawnTick: 60 }, tickMs: 100 });
    expect(started).toEqual({ ok: true, round: 1 });
    const seats = await Promise.all(students.map((s) => s.c.waitFor(isStudentView((v) => v.game !== null)).then((p) => (p.data as StudentView).game!)));
    const groups = (await host.waitFor(isDashboard((v) => (v.round?.groups.length ?? 0) > 1 && v.round!.groups.every((g) => g.tick > 0)))).data as HostView;
    const gameIds = groups.round!.groups.map((g) => g.gameId);
    expect(gameIds.length).toBe(Math.ceil(STUDENTS / 2));

    // One messenger per tick: a round of moves, the next tick, another round. Acknowledged ones are counted.
    const acked = new Map<string, number>(); // gameId/seat → acknowledged sends
    const play = async (c: TestClient, game: { gameId: string; seat: string; seatToken: string }) => {
      const ack = await c.request("game:move", sendPlan(game));
      if (ack.ok) acked.set(`${game.gameId}/${game.seat}`, (acked.get(`${game.gameId}/${game.seat}`) ?? 0) + 1);
      return ack.ok;
    };
    for (let m = 0; m < MOVES_BEFORE; m++) {
      await Promise.all(students.map((s, i) => play(s.c, seats[i])));
      await new Promise((r) => setTimeout(r, 150));
    }
    expect([...acked.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(STUDENTS);
    expect(await host.request("class:settings", { ...auth, allowLateJoin: false })).toEqual({ ok: true });

    first.child.kill("SIGKILL");
    await first.exited;

    // Only hashes are stored: no student token, no seat token.
    const prisma = getPrisma(db.url);
    const members = await prisma.classMember.findMany({ where: { sessionId: auth.sessionId } });
    expect(members).toHaveLength(STUDENTS);
    for (const s of students) expect(members.some((m) => m.tokenHash === s.grant.studentToken)).toBe(false);
    const live = await prisma.liveGame.findMany({ where: { id: { in: gameIds } } });
    for (const game of seats) expect(live.some((r) => r.seats.includes(game.seatToken))).toBe(false);

    const second = await kit.start();
    // The host's key still works, and the dashboard shows every group again.
    const hostBack = client(second.url, "Prof", host.player.deviceToken);
    await hostBack.connected();
    expect(await hostBack.request("class:watch", auth)).toMatchObject({ ok: true, sessionId: auth.sessionId, code: hosted.code });
    const again = (await hostBack.waitFor(isDashboard((v) => v.round !== null))).data as HostView;
    expect(again.round).toMatchObject({ number: 1, status: "running" });
    expect(again.round!.groups.map((g) => g.gameId)).toEqual(gameIds);
    expect(again.students).toHaveLength(STUDENTS);
    expect(again.allowLateJoin).toBe(false);

    // A wrong token is refused; each student's own brings them back to their seat, with the same seat token.
    const backs = students.map((s, i) => client(second.url, `S${i}`, s.c.player.deviceToken));
    await Promise.all(backs.map((b) => b.connected()));
    expect(await backs[0].request("class:rejoin", { sessionId: auth.sessionId, studentToken: "x".repeat(32) })).toMatchObject({ ok: false, error: { code: "BAD_TOKEN" } });
    for (const [i, b] of backs.entries()) {
      const rejoined = await b.request<StudentGrant>("class:rejoin", { sessionId: auth.sessionId, studentToken: students[i].grant.studentToken });
      expect(rejoined).toMatchObject({ ok: true, studentId: students[i].grant.studentId, studentToken: students[i].grant.studentToken });
      const view = (await b.waitFor(isStudentView((v) => v.game !== null))).data as StudentView;
      expect(view.game).toEqual(seats[i]);
      expect(await b.request("game:resume", { gameId: seats[i].gameId, seatToken: seats[i].seatToken })).toMatchObject({ ok: true, seat: seats[i].seat });
    }
    // Every seat is back: each game goes on; from its next tick each student sends again.
    await Promise.all(backs.map((b, i) => b.waitFor(snapshotOf(seats[i].gameId, (s) => s.status === "running"), 10_000)));
    await new Promise((r) => setTimeout(r, 150));
    await Promise.all(backs.map((b, i) => play(b, seats[i])));

    const ended = (await hostBack.waitFor(isDashboard((v) => v.round?.status === "ended"), 30_000)).data as HostView;
    expect(ended.round!.groups.map((g) => [g.gameId, g.status])).toEqual(gameIds.map((id) => [id, "finished"]));

    for (const gameId of gameIds) {
      const trace = await eventually(async () => {
        const res = await fetch(`${second.url}/api/games/${gameId}/trace`);
        return res.status === 200 ? ((await res.json()) as StoredGame) : null;
      }, 15_000);
      expect(verifyTrace(trace)).toMatchObject({ ok: true });
      for (const seat of ["A", "B"]) {
        const sent = trace.inputs.filter((a) => a.type === "send" && (a as { seat?: string }).seat === seat && (a as { kind?: string }).kind === "plan");
        const expected = acked.get(`${gameId}/${seat}`) ?? 0;
        // A student's seat: exactly their acknowledged sends; a stand-in bot's seat (odd class) has its own.
        if (seats.some((g) => g.gameId === gameId && g.seat === seat)) expect(sent).toHaveLength(expected);
      }
    }
    // Stored games leave the journal; the session is still open, its round ended once.
    await eventually(async () => ((await prisma.liveGame.count({ where: { id: { in: gameIds } } })) === 0 ? true : null), 15_000);
    const rounds = await prisma.classRound.findMany({ where: { sessionId: auth.sessionId } });
    expect(rounds).toHaveLength(1);
    expect(rounds[0].endedAt).not.toBeNull();
    expect((await prisma.classSession.findUnique({ where: { id: auth.sessionId } }))?.endedAt).toBeNull();
    expect(await prisma.game.count({ where: { roundId: rounds[0].id } })).toBe(gameIds.length);
    second.child.kill("SIGTERM");
    await second.exited;
  }, 90_000);
});
