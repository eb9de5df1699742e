/**
 * kill -9 in the middle of a class round: the next server brings the session back with every
 * group; the host's key still works and the dashboard shows the groups again; each student comes
 * back with the token their browser kept and gets their very seat (and seat token) back; the
 * round plays to its end; every acknowledged move is in its stored trace exactly once.
 */
import { afterEach, describe, expect, it } from "vitest";
import { getPrisma } from "../storage/db";
import { checkStored, comeBack, isDashboard, startDrill } from "../testing/classDrill";
import { eventually } from "../testing/harness";
import type { HostView } from "../protocol/classroom";
import { ProcessKit } from "../testing/processKit";
import { sized } from "../testing/tier";

/** Odd: one group has a stand-in bot in a student seat. */
const STUDENTS = sized(11, 5);
const MOVES_BEFORE = 2;

const kit = new ProcessKit();
afterEach(() => kit.cleanup());
const client = (url: string, name: string, deviceToken?: string) => kit.client(url, name, deviceToken);

describe("kill -9 during a class round", () => {
  it(`brings back the session, its ${STUDENTS} students in their seats and every group; nothing acknowledged is lost or doubled`, async () => {
    const db = await kit.database();
    const first = await kit.start();
    const drill = await startDrill(client, first.url, STUDENTS, MOVES_BEFORE);
    const { auth, students, seats, gameIds } = drill;
    expect(await drill.host.request("class:settings", { ...auth, allowLateJoin: false })).toEqual({ ok: true });

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
    const hostBack = await comeBack(client, second.url, drill);
    expect(((await hostBack.waitFor(isDashboard(() => true))).data as HostView).allowLateJoin).toBe(false);
    await checkStored(second.url, drill);

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
