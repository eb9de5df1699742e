/**
 * A class round interrupted by a dying server, for kill tests (one server restarted, or another
 * node of a cluster adopting it): `startDrill` hosts a class, seats its students in two-player
 * Generals games and plays a few acknowledged moves; `comeBack` brings the host and every student
 * back on another server with what their browsers kept, and plays the round to its end;
 * `checkStored` verifies every game's stored trace holds each acknowledged move exactly once.
 */
import { expect } from "vitest";
import { verifyTrace, type StoredGame } from "../engine/verify";
import type { HostGrant, HostView, StudentGrant, StudentView } from "../protocol/classroom";
import type { GameSnapshot } from "../protocol/events";
import { eventually, type Packet, type TestClient } from "./harness";

export const isDashboard = (test: (v: HostView) => boolean) => (p: Packet) => p.event === "class:dashboard" && test(p.data as HostView);
export const isStudentView = (test: (v: StudentView) => boolean) => (p: Packet) => p.event === "class:student" && test(p.data as StudentView);
const snapshotOf = (gameId: string, test: (s: GameSnapshot) => boolean = () => true) => (p: Packet) =>
  p.event === "game:snapshot" && (p.data as GameSnapshot).gameId === gameId && test(p.data as GameSnapshot);
const sendPlan = (game: { gameId: string; seatToken: string }) => ({ gameId: game.gameId, seatToken: game.seatToken, move: { type: "send", kind: "plan" } });

/** Makes a client of a server; `deviceToken`: the same person's browser as an earlier client's. */
type ClientOf = (url: string, name: string, deviceToken?: string) => TestClient;

export interface Drill {
  host: TestClient;
  hosted: HostGrant & { ok: true };
  auth: { sessionId: string; hostKey: string };
  students: { c: TestClient; grant: StudentGrant & { ok: true } }[];
  /** Each student's seat, as their StudentView gave it. */
  seats: NonNullable<StudentView["game"]>[];
  gameIds: string[];
  /** gameId/seat → acknowledged sends. */
  acked: Map<string, number>;
}

/** Hosts a class on `url`, seats `count` students in a Generals round and plays `moves` rounds of sends. */
export async function startDrill(client: ClientOf, url: string, count: number, moves: number): Promise<Drill> {
  const host = client(url, "Prof");
  await host.connected();
  const hosted = await host.request<HostGrant>("class:host", { title: "Restart drill", player: host.player });
  if (!hosted.ok) throw new Error(hosted.error.code);
  const auth = { sessionId: hosted.sessionId, hostKey: hosted.hostKey };
  const students: Drill["students"] = [];
  for (let i = 0; i < count; i++) {
    const c = client(url, `S${i}`);
    await c.connected();
    const grant = await c.request<StudentGrant>("class:join", { code: hosted.code, player: c.player });
    if (!grant.ok) throw new Error(grant.error.code);
    students.push({ c, grant });
  }
  await host.waitFor(isDashboard((v) => v.students.filter((s) => s.connected).length === count), 5_000);
  // Generals in pairs: two students a game, long enough to be mid-game at the kill.
  const started = await host.request("class:round:start", { ...auth, scenario: "generals", params: { captureProbability: 0.3, dawnTick: 60 }, tickMs: 100 });
  expect(started).toEqual({ ok: true, round: 1 });
  const seats = await Promise.all(students.map((s) => s.c.waitFor(isStudentView((v) => v.game !== null)).then((p) => (p.data as StudentView).game!)));
  const groups = (await host.waitFor(isDashboard((v) => (v.round?.groups.length ?? 0) > 1 && v.round!.groups.every((g) => g.tick > 0)))).data as HostView;
  const gameIds = groups.round!.groups.map((g) => g.gameId);
  expect(gameIds.length).toBe(Math.ceil(count / 2));
  const drill: Drill = { host, hosted, auth, students, seats, gameIds, acked: new Map() };
  // One messenger per tick: a round of moves, the next tick, another round.
  for (let m = 0; m < moves; m++) {
    await Promise.all(students.map((s, i) => play(drill, s.c, i)));
    await new Promise((r) => setTimeout(r, 150));
  }
  expect([...drill.acked.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(count);
  return drill;
}

/** Student `i` sends a plan; an acknowledged one is counted. */
async function play(drill: Drill, c: TestClient, i: number): Promise<boolean> {
  const game = drill.seats[i];
  const ack = await c.request("game:move", sendPlan(game));
  const key = `${game.gameId}/${game.seat}`;
  if (ack.ok) drill.acked.set(key, (drill.acked.get(key) ?? 0) + 1);
  return ack.ok;
}

/**
 * On `url`: the host's key works again and the dashboard shows every group; each student's token
 * (a wrong one is refused) gives them their very seat and seat token back; each plays once more,
 * and the round plays to its end. Answers the host's client there.
 */
export async function comeBack(client: ClientOf, url: string, drill: Drill): Promise<TestClient> {
  const { auth, hosted, students, seats, gameIds } = drill;
  const hostBack = client(url, "Prof", drill.host.player.deviceToken);
  await hostBack.connected();
  // A node adopting the session answers UNKNOWN_SESSION until it has it: the host console asks again.
  const watched = await eventually(async () => {
    const res = await hostBack.request<HostGrant>("class:watch", auth);
    if (res.ok || res.error.code !== "UNKNOWN_SESSION") return res;
    await new Promise((r) => setTimeout(r, 250)); // within the socket's request budget
    return null;
  }, 10_000);
  expect(watched).toMatchObject({ ok: true, sessionId: auth.sessionId, code: hosted.code });
  const again = (await hostBack.waitFor(isDashboard((v) => v.round !== null))).data as HostView;
  expect(again.round).toMatchObject({ number: 1, status: "running" });
  expect(again.round!.groups.map((g) => g.gameId)).toEqual(gameIds);
  expect(again.students).toHaveLength(students.length);

  const backs = students.map((s, i) => client(url, `S${i}`, s.c.player.deviceToken));
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
  await Promise.all(backs.map((b, i) => play(drill, b, i)));

  const ended = (await hostBack.waitFor(isDashboard((v) => v.round?.status === "ended"), 30_000)).data as HostView;
  expect(ended.round!.groups.map((g) => [g.gameId, g.status])).toEqual(gameIds.map((id) => [id, "finished"]));
  return hostBack;
}

/** Every game's stored trace verifies and holds each student seat's acknowledged sends exactly once. */
export async function checkStored(url: string, drill: Drill): Promise<void> {
  for (const gameId of drill.gameIds) {
    const trace = await eventually(async () => {
      const res = await fetch(`${url}/api/games/${gameId}/trace`);
      return res.status === 200 ? ((await res.json()) as StoredGame) : null;
    }, 15_000);
    expect(verifyTrace(trace)).toMatchObject({ ok: true });
    for (const seat of ["A", "B"]) {
      const sent = trace.inputs.filter((a) => a.type === "send" && (a as { seat?: string }).seat === seat && (a as { kind?: string }).kind === "plan");
      // A student's seat: exactly their acknowledged sends; a stand-in bot's seat (odd class) has its own.
      if (drill.seats.some((g) => g.gameId === gameId && g.seat === seat)) expect(sent).toHaveLength(drill.acked.get(`${gameId}/${seat}`) ?? 0);
    }
  }
}
