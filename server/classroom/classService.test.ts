/**
 * Class sessions read time only from their clock: on a manual clock a student's grace period
 * ends exactly when the test moves time past it, with no sleep, and the round's stamps are the
 * clock's.
 */
import pino from "pino";
import { describe, expect, it } from "vitest";
import { GameRecorder } from "../rooms/recorder";
import { GameService } from "../rooms/gameService";
import { RoomRegistry } from "../rooms/registry";
import { ManualClock } from "../testing/manualClock";
import { MemoryClassStore, MemoryGameStore } from "../testing/memoryStores";
import { ClassService, type ClassServiceOptions } from "./classService";

function world(countdownMs?: number, lease?: ClassServiceOptions["lease"]) {
  const clock = new ManualClock();
  const log = pino({ level: "silent" });
  const store = new MemoryGameStore();
  const registry = new RoomRegistry({ clock });
  const games = new GameService({ registry, store, recorder: new GameRecorder({ store, outbox: null, log }), log, publish() {}, clock, newSeed: () => 1234, countdownMs });
  const classes = new ClassService({ games, store, classStore: new MemoryClassStore(), push: { host() {}, student() {}, kicked() {} }, log, graceMs: 20_000, clock, lease });
  return { clock, registry, classes };
}

/** A session hosted by Prof, with Ada joined and connected. */
async function classWithAda(classes: ClassService, title: string) {
  const hosted = await classes.host({ title, player: { deviceToken: "host-device-token-123456", nickname: "Prof" } });
  if (!hosted.ok || !hosted.session) throw new Error("host refused");
  const session = hosted.session;
  const joined = await classes.join({ code: session.code, player: { deviceToken: "student-device-token-1234", nickname: "Ada" } });
  if (!joined.ok || !joined.student) throw new Error("join refused");
  classes.connected(session, joined.student);
  return { hosted: hosted as typeof hosted & { ok: true }, session, joined: { ...joined, student: joined.student } };
}

describe("a class session on a manual clock", () => {
  it("a bot takes a student's seat when the grace period is over, not a millisecond before", async () => {
    const { clock, registry, classes } = world();
    const startedAt = clock.now();
    const { hosted, session, joined } = await classWithAda(classes, "Clock");
    const round = await classes.startRound({ sessionId: session.id, hostKey: hosted.hostKey, scenario: "lovers", params: {}, studentSeats: ["alice"], tickMs: 1000 });
    expect(round).toEqual({ ok: true, round: 1 });
    expect(session.currentRound?.startedAt).toBe(startedAt);
    const place = session.seatOf(joined.student.id)!;
    const room = registry.get(place.group.room.id)!;

    classes.disconnected(session, joined.student);
    await clock.elapse(19_999);
    expect(room.seats.find((s) => s.seat === place.seat)?.standIn ?? null).toBeNull();
    await clock.elapse(1);
    expect(room.seats.find((s) => s.seat === place.seat)?.standIn).toBeTruthy();

    // Back again: the stand-in leaves at once.
    classes.connected(session, joined.student);
    await room.pause(); // requests run in order: once this one is handled, the stand-in has left
    expect(room.seats.find((s) => s.seat === place.seat)?.standIn ?? null).toBeNull();
    classes.dispose();
  });

  it("a round's games count down before tick 0, and a pause during the countdown holds it", async () => {
    const { clock, registry, classes } = world(3000);
    const { hosted, session, joined } = await classWithAda(classes, "Countdown");
    const control = { sessionId: session.id, hostKey: hosted.hostKey };
    await classes.startRound({ ...control, scenario: "lovers", params: {}, studentSeats: ["alice"], tickMs: 1000 });
    const room = registry.get(session.seatOf(joined.student.id)!.group.room.id)!;
    // Paused before the games were even started (they start on the next turn of the event loop).
    expect(await classes.pauseRound(control)).toEqual({ ok: true });
    await new Promise((resolve) => setImmediate(resolve));
    await room.pause(); // requests run in order: the room has handled the round's pause
    expect(room.status).toBe("paused");
    await clock.elapse(10_000);
    expect(room.status).toBe("paused");
    expect(room.startedAt).toBeNull();

    expect(await classes.resumeRound(control)).toEqual({ ok: true });
    expect(room.status).toBe("starting");
    await clock.elapse(1500);
    // Paused again in the middle of the countdown: no tick 0 however long the pause.
    expect(await classes.pauseRound(control)).toEqual({ ok: true });
    await clock.elapse(10_000);
    expect(room.status).toBe("paused");
    expect(clock.running(room.id)).toBe(false);
    expect(await classes.resumeRound(control)).toEqual({ ok: true });
    const resumedAt = clock.now();
    await clock.elapse(2999);
    expect(room.status).toBe("starting");
    await clock.elapse(1);
    expect(room.status).toBe("running");
    expect(room.startedAt?.getTime()).toBe(resumedAt + 3000);
    expect(clock.running(room.id)).toBe(true);
    classes.dispose();
  });

  it("cluster mode: hosting claims the session's lease first, ending releases it; a session whose lease cannot be had is not hosted", async () => {
    const claims: string[] = [];
    const released: string[] = [];
    let grant = true;
    const { classes } = world(undefined, { claim: async (id) => (claims.push(id), grant), release: (id) => void released.push(id) });
    const player = { deviceToken: "host-device-token-123456", nickname: "Prof" };
    const hosted = await classes.host({ title: "Leased", player });
    if (!hosted.ok) throw new Error("host refused");
    expect(claims).toEqual([hosted.sessionId]);
    expect(await classes.endSession({ sessionId: hosted.sessionId, hostKey: hosted.hostKey })).toEqual({ ok: true });
    expect(released).toEqual([hosted.sessionId]);
    grant = false;
    expect(await classes.host({ title: "Refused", player })).toMatchObject({ ok: false, error: { code: "STORAGE_UNAVAILABLE" } });
    classes.dispose();
  });

  it("a dropped session (another node leases it) is forgotten with its timers: a student leaving it later brings no bot", async () => {
    const { clock, registry, classes } = world();
    const { hosted, session, joined } = await classWithAda(classes, "Dropped");
    await classes.startRound({ sessionId: session.id, hostKey: hosted.hostKey, scenario: "lovers", params: {}, studentSeats: ["alice"], tickMs: 1000 });
    const place = session.seatOf(joined.student.id)!;
    const room = registry.get(place.group.room.id)!;

    expect(classes.drop(session.id)).toBe(session);
    expect(classes.drop(session.id)).toBeUndefined();
    expect(classes.sessionById(session.id)).toBeUndefined();
    expect(classes.watch({ sessionId: session.id, hostKey: hosted.hostKey })).toMatchObject({ ok: false, error: { code: "UNKNOWN_SESSION" } });
    expect(await classes.join({ code: session.code, player: { deviceToken: "student-device-token-5678", nickname: "Bo" } })).toMatchObject({ ok: false, error: { code: "UNKNOWN_SESSION" } });
    classes.disconnected(session, joined.student);
    await clock.elapse(60_000);
    expect(room.seats.find((s) => s.seat === place.seat)?.standIn ?? null).toBeNull();
    classes.dispose();
  });
});
