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
import { ClassService } from "./classService";

function world() {
  const clock = new ManualClock();
  const log = pino({ level: "silent" });
  const store = new MemoryGameStore();
  const registry = new RoomRegistry({ clock });
  const games = new GameService({ registry, store, recorder: new GameRecorder({ store, outbox: null, log }), log, publish() {}, clock, newSeed: () => 1234 });
  const classes = new ClassService({ games, store, classStore: new MemoryClassStore(), push: { host() {}, student() {}, kicked() {} }, log, graceMs: 20_000, clock });
  return { clock, registry, classes };
}

describe("a class session on a manual clock", () => {
  it("a bot takes a student's seat when the grace period is over, not a millisecond before", async () => {
    const { clock, registry, classes } = world();
    const startedAt = clock.now();
    const hosted = await classes.host({ title: "Clock", player: { deviceToken: "host-device-token-123456", nickname: "Prof" } });
    if (!hosted.ok || !hosted.session) throw new Error("host refused");
    const session = hosted.session;
    const joined = await classes.join({ code: session.code, player: { deviceToken: "student-device-token-1234", nickname: "Ada" } });
    if (!joined.ok || !joined.student) throw new Error("join refused");
    classes.connected(session, joined.student);
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
});
