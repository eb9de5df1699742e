/**
 * A class session rebuilt after a restart is the session that was: its students (by token hash),
 * its switches, its rounds, and its round in progress with its clock not counting the time down.
 * Round trip through the real tables: what one server stores, the next one rebuilds.
 */
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { GameRecorder } from "../rooms/recorder";
import { GameService } from "../rooms/gameService";
import { hashSecret } from "../rooms/credentials";
import { headerOf } from "../rooms/liveHeader";
import { RoomRegistry } from "../rooms/registry";
import { finishedGameOf } from "../rooms/trace";
import { PrismaClassStore, classGameOf, type StoredSession } from "../storage/classStore";
import { getPrisma } from "../storage/db";
import { PrismaGameStore } from "../storage/prismaGameStore";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import { eventually } from "../testing/harness";
import { ManualClock } from "../testing/manualClock";
import { ClassService } from "./classService";
import { rebuildSession, restoreClassSessions } from "./restoreSessions";

const log = pino({ level: "silent" });
const T0 = Date.UTC(2026, 11, 4, 9, 0, 0);

function storedSession(round: Partial<StoredSession["rounds"][number]>): StoredSession {
  return {
    id: "s1",
    code: "ABC123",
    title: "Physics",
    hostHash: hashSecret("host-key"),
    allowLateJoin: false,
    createdAt: new Date(T0),
    members: [
      { playerId: "p1", nickname: "Ada", kicked: false, tokenHash: hashSecret("ada-token") },
      { playerId: "p2", nickname: "Bob", kicked: true, tokenHash: hashSecret("bob-token") },
      { playerId: "p3", nickname: "Cy", kicked: false, tokenHash: null },
    ],
    rounds: [
      { id: "r1", number: 1, scenario: "generals", params: {}, tickMs: 500, studentSeats: ["A"], startedAt: new Date(T0), endedAt: new Date(T0 + 60_000), pausedAt: null, pausedMs: 0, aliveAt: null, storedGames: 3, finished: [] },
      { id: "r2", number: 2, scenario: "generals", params: {}, tickMs: 500, studentSeats: ["A"], startedAt: new Date(T0 + 120_000), endedAt: null, pausedAt: null, pausedMs: 1_000, aliveAt: new Date(T0 + 130_000), storedGames: 0, finished: [], ...round },
    ],
  };
}

describe("rebuildSession", () => {
  it("keeps students by token hash only, bans and the late-join switch", () => {
    const session = rebuildSession(storedSession({}), T0 + 200_000, [], () => null);
    expect(session).toMatchObject({ id: "s1", code: "ABC123", title: "Physics", allowLateJoin: false, status: "open" });
    expect([...session.students.values()].map((s) => [s.nickname, s.kicked, s.token])).toEqual([
      ["Ada", false, null],
      ["Bob", true, null],
      ["Cy", false, null],
    ]);
    expect(session.studentByToken("ada-token")?.id).toBe("p1");
    // A member stored before token hashes were kept matches no token at all.
    expect(session.studentByToken("")).toBeNull();
    expect(session.hostView(T0 + 200_000).rounds).toEqual([
      { number: 1, scenario: "generals", status: "ended", games: 3, finished: 3 },
      { number: 2, scenario: "generals", status: "running", games: 0, finished: 0 },
    ]);
  });

  it("a running round does not count the time after its last stamp", () => {
    const now = T0 + 200_000;
    const round = rebuildSession(storedSession({}), now, [], () => null).currentRound!;
    expect(round.status).toBe("running");
    // Stamped alive 10 s after its start (1 s of it paused); 70 s down since, which count as paused.
    expect(round.pausedMs).toBe(1_000 + 70_000);
    expect(now - round.startedAt - round.pausedMs).toBe(9_000);
  });

  it("keeps the round's telling, and none for a round without one", () => {
    const now = T0 + 200_000;
    expect(rebuildSession(storedSession({ skin: "gangsters" }), now, [], () => null).hostView(now).round?.skin).toBe("gangsters");
    expect(rebuildSession(storedSession({}), now, [], () => null).hostView(now).round).not.toHaveProperty("skin");
  });

  it("a paused round stays paused, the time down counting as paused time", () => {
    const now = T0 + 200_000;
    const round = rebuildSession(storedSession({ pausedAt: new Date(T0 + 125_000) }), now, [], () => null).currentRound!;
    expect(round).toMatchObject({ status: "paused", pausedAt: T0 + 125_000, pausedMs: 1_000 });
    expect(rebuildSession(storedSession({ pausedAt: new Date(T0 + 125_000) }), now, [], () => null).hostView(now).round).toMatchObject({ status: "paused", pausedMs: 1_000 + 75_000 });
  });
});

let db: TestDatabase | null = null;
afterEach(async () => {
  await db?.cleanup();
  db = null;
});

function world(url: string, clock: ManualClock) {
  const prisma = getPrisma(url);
  const store = new PrismaGameStore(prisma);
  const registry = new RoomRegistry({ clock });
  const games = new GameService({ registry, store, recorder: new GameRecorder({ store, outbox: null, log }), log, publish() {}, clock, countdownMs: 0 });
  const classStore = new PrismaClassStore(prisma);
  const classes = new ClassService({ games, store, classStore, push: { host() {}, student() {}, kicked() {} }, log, clock });
  return { games, classes, classStore, registry };
}

describe("restoreClassSessions", () => {
  it("rebuilds what the last server stored; a returning student gets their seat token back; old sessions are closed", async () => {
    db = await createTestDatabase();
    const clock = new ManualClock(T0);
    const first = world(db.url, clock);
    const hosted = await first.classes.host({ title: "Lesson", player: { deviceToken: "host-device-token-123456", nickname: "Prof" } });
    if (!hosted.ok || !hosted.session) throw new Error("host refused");
    const session = hosted.session;
    const students = [];
    for (const name of ["Ada", "Bob", "Cy"]) {
      const joined = await first.classes.join({ code: session.code, player: { deviceToken: `${name}-device-token-12345678`, nickname: name } });
      if (!joined.ok || !joined.student) throw new Error("join refused");
      first.classes.connected(session, joined.student);
      students.push({ id: joined.studentId, token: joined.studentToken });
    }
    // Two groups of two seats: one group is Ada and Bob, the other Cy with a stand-in bot.
    const started = await first.classes.startRound({ sessionId: session.id, hostKey: hosted.hostKey, scenario: "generals", params: { dawnTick: 50 }, studentSeats: ["A", "B"], tickMs: 500, skin: "gangsters" });
    expect(started).toEqual({ ok: true, round: 1 });
    const round = session.currentRound!;
    const seatTokens = new Map(students.map((s) => [s.id, session.studentView(session.students.get(s.id)!, clock.now()).game?.seatToken]));
    await eventually(async () => ((await getPrisma(db!.url).classRound.count()) === 1 ? true : null));
    // A stored session hosted 13 h ago: closed, not restored.
    await first.classStore.createSession({ id: "old", code: "OLD111", title: "Yesterday", hostHash: "x" });
    await getPrisma(db.url).classSession.update({ where: { id: "old" }, data: { createdAt: new Date(T0 - 13 * 3600_000) } });
    // One group's game finished and is owed by the outbox; the other goes on (the journal has it).
    const done = round.groups[1].room;
    await done.finishNow(() => "acknowledged");
    const owed = [classGameOf(finishedGameOf(done))!];
    first.classes.dispose();

    const later = new ManualClock(T0 + 60_000);
    const second = world(db.url, later);
    const report = await restoreClassSessions({
      classStore: second.classStore,
      classes: second.classes,
      finishedRoom: (g, context) => second.games.finishedRoom(g.trace, g.strategies, context),
      owed,
      now: later.now(),
      log,
    });
    expect(report).toEqual({ restored: 1, closed: 1 });
    expect((await getPrisma(db.url).classSession.findUnique({ where: { id: "old" } }))?.endedAt).not.toBeNull();
    const back = second.classes.sessionById(session.id)!;
    expect(back.currentRound).toMatchObject({ id: round.id, status: "running", tickMs: 500, studentSeats: ["A", "B"], skin: "gangsters" });
    // The round's telling is back too: the host's and the students' screens keep telling it so.
    expect(back.hostView(later.now()).round?.skin).toBe("gangsters");
    // The finished group is back with its metrics; the live one comes from the journal (restoreGame).
    expect(back.currentRound!.groups.map((g) => [g.number, g.room.status, g.metrics?.botFinished])).toEqual([[2, "finished", true]]);
    const live = round.groups[0];
    const restored = second.classes.restoreGame({ header: headerOf(live.room), inputs: live.room.record.inputs as { type: string }[] });
    expect(restored?.status).toBe("paused");
    second.classes.settleRestored();
    expect(back.currentRound!.groups.map((g) => g.number)).toEqual([1, 2]);
    expect(back.hostView(later.now()).round?.groups.map((g) => g.seats.filter((s) => s.kind === "student").map((s) => s.studentId))).toEqual(
      round.groups.map((g) => [...g.students.values()].filter(Boolean)),
    );

    // A wrong token is refused; the right one brings the student back with the seat token they held.
    expect(second.classes.rejoin({ sessionId: session.id, studentToken: "x".repeat(32) })).toMatchObject({ ok: false, error: { code: "BAD_TOKEN" } });
    for (const s of students) {
      const again = second.classes.rejoin({ sessionId: session.id, studentToken: s.token });
      expect(again).toMatchObject({ ok: true, studentId: s.id, studentToken: s.token });
      const view = back.studentView(back.students.get(s.id)!, later.now());
      if (round.groups[0].students.get("A") === s.id || round.groups[0].students.get("B") === s.id) expect(view.game?.seatToken).toBe(seatTokens.get(s.id));
    }
    // The host key still works: "End now" plays the held game out (bots finish it), and ends the round;
    // the debrief sees the round's games (both bot-finished here, so none to present).
    const auth = { sessionId: session.id, hostKey: hosted.hostKey };
    expect(await second.classes.endRound(auth)).toEqual({ ok: true });
    expect(restored?.status).toBe("finished");
    expect(restored?.botFinished).toBe(true);
    expect(back.currentRound?.status).toBe("ended");
    expect(second.classes.presenter.start(auth)).toMatchObject({ ok: false, error: { code: "NOTHING_TO_PRESENT" } });
    second.classes.dispose();
    second.registry.disposeAll();
  });
});
