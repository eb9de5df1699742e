/**
 * Issue 5: one 300-student class session over real sockets, bots as students. The server runs
 * in its own process (serverProcess.ts, kind "classroom": Prisma stores on a fresh migrated
 * SQLite file, see classroomServer.ts); the host and the 300 students are socket.io clients
 * here. Measured:
 *   1. round start: from the host's `class:round:start` emit to each student's receipt of its
 *      `class:student` view with a seat (p50/p99/max over the students);
 *   2. move acks: every student resumes its seat (`game:resume`) and sends one `game:move` a
 *      second, staggered (clients.ts): seat A a "plan" messenger, seat B an "ack" one;
 *      refusals (TOO_SOON, NOT_ALLOWED before anything reached B, RATE_LIMITED) are counted apart;
 *   3. the server's event-loop delay p99 over the recorded move window (and over the round start);
 *   4. heap per player: server heapUsed after a forced GC once the students are joined and
 *      seated, minus the same before they connected, over the student count; RSS too.
 * The round is Two Generals in pairs (150 games), tick 1 s, dawn at tick 200 so no game ends
 * during the measurement; then the host ends the round (bots play every game out) and the bench
 * checks through the history API that the round's games were recorded. Then every ready-made round
 * the server offers (server/classroom/presets.ts: every scenario's class presets) is started in
 * turn, for its round-start figure, and ended (bots play its games out) before the next.
 * Wall times on a shared machine include time the OS took the server off the CPU; the server's
 * CPU time over each window (ServerStats.cpuMs) is printed beside them for that reason.
 * Before the baseline heap reading, a 4-student warm-up session runs the same code paths once,
 * so lazily compiled code and Prisma's first queries are not counted as per-player heap.
 * Alone: `BENCH_ONLY=classroom npm run bench` (BENCH_CLASS_STUDENTS=n for another class size).
 */
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import type { HostGrant, HostView, StudentGrant, StudentView } from "../server/protocol/classroom";
import type { Ack, SeatGrant } from "../server/protocol/events";
import { closeClients, connectClients, request, runFixedRate, type BenchSocket, type LoadResult, type Sender } from "./clients";
import { presetCards, type PresetCard } from "../server/classroom/presets";
import { hostServer, type HeapStats, type HostedServer, type ServerStats } from "./serverProcess";
import { round, summarize, type Summary } from "./stats";

export const CLASSROOM_TARGETS = { roundStartP99Ms: 50, ackP99Ms: 50, heapPerPlayerKb: 20 };

const QUICK = process.env.BENCH_QUICK === "1";
const STUDENTS = Number(process.env.BENCH_CLASS_STUDENTS ?? 300);
/** The move window: warm-up lets the first plans reach B (crossingTicks 2), so B's acks are legal. */
const LOAD = QUICK ? { periodMs: 1000, warmupMs: 4000, durationMs: 6000 } : { periodMs: 1000, warmupMs: 5000, durationMs: 30_000 };
/** Pairs of generals, messengers lost by chance; dawn far beyond the measurement (≤ 200 ticks). */
const ROUND = { scenario: "generals", params: { captureProbability: 0.2, crossingTicks: 2, dawnTick: 200, enemy: "none" }, tickMs: 1000 };
/** A ready-made round as the host's screen starts it. */
const presetRound = (p: PresetCard) => ({
  scenario: p.scenario,
  params: p.params,
  tickMs: p.tickMs,
  ...(p.bots ? { bots: p.bots } : {}),
  ...(p.studentSeats ? { studentSeats: p.studentSeats } : {}),
});

/** One round's start: host emit → each student's seated view. */
export interface RoundStart {
  /** Host emit → each student's view with a seat, ms. */
  receipt: Summary;
  /** Host emit → the host's ack, ms. */
  hostAckMs: number;
  /** The server's event loop from just before the emit until the last student had its view. */
  server: ServerStats;
}

/** A ready-made round's start, and how long ending it took (bots play its games out). */
export interface PresetRoundStart extends RoundStart {
  preset: string;
  scenario: string;
  seatsPerGroup: number;
  games: number;
  endAckMs: number;
}

export interface ClassroomBench {
  students: number;
  games: number;
  scenario: string;
  tickMs: number;
  load: { periodMs: number; warmupMs: number; durationMs: number };
  roundStart: RoundStart;
  /** The same for every ready-made round of every scenario (its start only; nobody moves). */
  presetRoundStarts: PresetRoundStart[];
  /** Host emit of game:resume → ack, ms, every student at once. */
  resume: Summary;
  moves: LoadResult & { acceptedShare: number; snapshotsPerSecond: number };
  /** The server during the recorded move window. */
  server: ServerStats;
  heap: {
    gcForced: boolean;
    baseline: HeapStats;
    joined: HeapStats;
    seated: HeapStats;
    afterMoves: HeapStats;
    /** (seated − baseline) / students, KB. */
    perPlayerKb: number;
    /** (joined − baseline) / students, KB: a connected student in the lobby, before any game. */
    perJoinedKb: number;
    /** (afterMoves − baseline) / students, KB: after the move window (games grow every tick). */
    perPlayerAfterMovesKb: number;
    rssPerPlayerKb: number;
  };
  dashboard: { pushes: number; lastBytes: number };
  end: { hostAckMs: number; recordedGames: number; recordedWithinMs: number | null };
  /** 1-minute load average of the machine at the start and the end (other work skews wall times). */
  loadAvg: [number, number];
}

const log = (line: string) => console.log(line);
const player = (nickname: string) => ({ nickname, deviceToken: randomBytes(24).toString("base64url") });
const kb = (bytes: number) => round(bytes / 1024, 2);
const mb = (bytes: number) => round(bytes / 2 ** 20, 1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function must<T extends object>(res: Ack<T>, what: string): T {
  if (!res.ok) throw new Error(`${what} refused: ${res.error.code} ${res.error.message}`);
  return res;
}

/** Resolves with `test`'s first passing value for `event` on `socket`, or rejects after `ms`. */
function waitEvent<T>(socket: BenchSocket, event: string, test: (v: T) => boolean, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (socket.off(event, on), reject(new Error(`${event}: not received within ${ms} ms`))), ms);
    const on = (v: T) => {
      if (!test(v)) return;
      clearTimeout(timer);
      socket.off(event, on);
      resolve(v);
    };
    socket.on(event, on);
  });
}

async function joinAll(code: string, sockets: BenchSocket[], prefix: string): Promise<StudentGrant[]> {
  const grants: StudentGrant[] = new Array(sockets.length);
  for (let i = 0; i < sockets.length; i += 25) {
    await Promise.all(
      sockets.slice(i, i + 25).map(async (s, k) => {
        grants[i + k] = must(await request<Ack<StudentGrant>>(s, "class:join", { code, player: player(`${prefix} ${i + k + 1}`) }), "class:join");
      }),
    );
  }
  return grants;
}

/**
 * A small session first, through the same paths (host, join, round, resume, moves, end), so the
 * baseline heap already holds the code and caches every session needs once.
 */
async function warmUp(url: string, host: BenchSocket): Promise<void> {
  const grant = must(await request<Ack<HostGrant>>(host, "class:host", { title: "Warm-up", player: player("Warm host") }), "class:host");
  const auth = { sessionId: grant.sessionId, hostKey: grant.hostKey };
  const students = await connectClients(url, 4);
  try {
    const seats = students.map((s) => waitEvent<StudentView>(s, "class:student", (v) => v.game !== null, 10_000));
    await joinAll(grant.code, students, "Warm");
    await sleep(100);
    must(await request(host, "class:round:start", { ...auth, ...ROUND, tickMs: 100 }), "class:round:start");
    const views = await Promise.all(seats);
    for (const [i, s] of students.entries()) {
      const g = views[i].game!;
      must(await request(s, "game:resume", { gameId: g.gameId, seatToken: g.seatToken }), "game:resume");
    }
    for (let k = 0; k < 5; k++) {
      for (const [i, s] of students.entries()) {
        const g = views[i].game!;
        await request(s, "game:move", { gameId: g.gameId, seatToken: g.seatToken, move: { type: "send", kind: g.seat === "A" ? "plan" : "ack" } });
      }
      await sleep(110);
    }
    must(await request(host, "class:end", auth, 30_000), "class:end");
  } finally {
    closeClients(students);
  }
  await sleep(300);
}

export async function runClassroomBench(): Promise<ClassroomBench> {
  const server = await hostServer("classroom");
  const sockets: BenchSocket[] = [];
  try {
    return await drive(server, sockets);
  } finally {
    closeClients(sockets);
    await server.close();
  }
}

async function drive(server: HostedServer, sockets: BenchSocket[]): Promise<ClassroomBench> {
  const loadAtStart = round(loadavg()[0], 2);
  const [hostSocket] = await connectClients(server.url, 1);
  sockets.push(hostSocket);
  await warmUp(server.url, hostSocket);
  const baseline = await server.heap();

  const grant = must(await request<Ack<HostGrant>>(hostSocket, "class:host", { title: `Bench class of ${STUDENTS}`, player: player("Prof") }), "class:host");
  const auth = { sessionId: grant.sessionId, hostKey: grant.hostKey };
  const dashboard = { pushes: 0, last: null as HostView | null };
  hostSocket.on("class:dashboard", (v: HostView) => {
    if (v.sessionId !== auth.sessionId) return;
    dashboard.pushes++;
    dashboard.last = v;
  });

  const students = await connectClients(server.url, STUDENTS);
  sockets.push(...students);
  // Per round: each student's first view with a seat in it, stamped on arrival.
  const rounds = new Map<number, { at: number[]; views: StudentView[]; count: number; done: () => void; all: Promise<void> }>();
  const trackRound = (n: number) => {
    let done: () => void = () => {};
    const all = new Promise<void>((resolve) => (done = resolve));
    const tracker = { at: new Array<number>(STUDENTS).fill(Number.NaN), views: new Array<StudentView>(STUDENTS), count: 0, done, all };
    rounds.set(n, tracker);
    return tracker;
  };
  let snapshots = 0;
  students.forEach((s, i) => {
    s.on("class:student", (v: StudentView) => {
      const tracker = v.game && v.round ? rounds.get(v.round.number) : undefined;
      if (!tracker || tracker.views[i]) return;
      tracker.at[i] = performance.now();
      tracker.views[i] = v;
      if (++tracker.count === STUDENTS) tracker.done();
    });
    s.on("game:snapshot", () => snapshots++);
  });
  /** The host starts round `n`; resolves once every student has its seat. */
  const startRound = async (n: number, payload: object) => {
    const tracker = trackRound(n);
    await server.startMeasure();
    const emitAt = performance.now();
    must(await request<Ack<{ round: number }>>(hostSocket, "class:round:start", { ...auth, ...payload }), "class:round:start");
    const hostAckMs = performance.now() - emitAt;
    await Promise.race([tracker.all, sleep(15_000).then(() => Promise.reject(new Error(`round ${n}: only ${tracker.count}/${STUDENTS} students got a seat`)))]);
    const stats = await server.stopMeasure();
    return {
      views: tracker.views,
      games: new Set(tracker.views.map((v) => v.game!.gameId)).size,
      start: { receipt: summarize(tracker.at.map((t) => t - emitAt)), hostAckMs: round(hostAckMs), server: stats },
    };
  };
  const t0 = performance.now();
  await joinAll(grant.code, students, "Student");
  const allConnected = (v: HostView | null) => v !== null && v.students.filter((s) => s.connected).length === STUDENTS;
  if (!allConnected(dashboard.last)) await waitEvent<HostView>(hostSocket, "class:dashboard", (v) => v.sessionId === auth.sessionId && allConnected(v), 20_000);
  log(`  ${STUDENTS} students connected and joined in ${round((performance.now() - t0) / 1000, 1)} s`);
  const joined = await server.heap();

  // 1. Round start.
  const { views, games, start: roundStart } = await startRound(1, ROUND);

  // Every student takes its seat, all at once (as a class does when the round appears).
  const resumeTimes: number[] = [];
  await Promise.all(
    students.map(async (s, i) => {
      const g = views[i].game!;
      const t = performance.now();
      must(await request<Ack<SeatGrant>>(s, "game:resume", { gameId: g.gameId, seatToken: g.seatToken }), "game:resume");
      resumeTimes.push(performance.now() - t);
    }),
  );
  await sleep(500);
  const seated = await server.heap();

  // 2 and 3. Moves at a steady rate, the server's event loop over the recorded window.
  const classify = (ack: unknown) => {
    const res = ack as Ack<{ seq: number }>;
    return res.ok ? "accepted" : res.error.code;
  };
  const senders: Sender[] = students.map((socket, i) => {
    const g = views[i].game!;
    const payload = { gameId: g.gameId, seatToken: g.seatToken, move: { type: "send", kind: g.seat === "A" ? "plan" : "ack" } };
    return { socket, event: "game:move", payload: () => payload, classify };
  });
  let measuring: Promise<void> = Promise.resolve();
  let snapshotsAtRecord = 0;
  let recordStartedAt = 0;
  const moves = await runFixedRate(senders, {
    ...LOAD,
    onRecordStart: () => {
      snapshotsAtRecord = snapshots;
      recordStartedAt = performance.now();
      measuring = server.startMeasure();
    },
  });
  await measuring;
  const windowServer = await server.stopMeasure();
  const snapshotsPerSecond = round(((snapshots - snapshotsAtRecord) * 1000) / (performance.now() - recordStartedAt), 0);
  const afterMoves = await server.heap();

  // The host ends the round: bots play every game to dawn; the games are written to SQLite.
  const endAt = performance.now();
  must(await request(hostSocket, "class:round:end", auth, 60_000), "class:round:end");
  const endAckMs = performance.now() - endAt;
  let recordedGames = 0;
  let recordedWithinMs: number | null = null;
  for (const until = performance.now() + 30_000; performance.now() < until; await sleep(200)) {
    const res = await fetch(`${server.url}/api/class/${auth.sessionId}/history`, { headers: { authorization: `Bearer ${auth.hostKey}` } });
    const body = (await res.json()) as { rounds?: { games: unknown[] }[] };
    recordedGames = body.rounds?.[0]?.games.length ?? 0;
    if (recordedGames >= games) {
      recordedWithinMs = round(performance.now() - endAt, 0);
      break;
    }
  }
  // Rounds 2 on, start only: every ready-made round, each ended before the next may start.
  const presetRoundStarts: PresetRoundStart[] = [];
  for (const [i, preset] of presetCards().entries()) {
    const started = await startRound(2 + i, presetRound(preset));
    const endAt = performance.now();
    must(await request(hostSocket, "class:round:end", auth, 120_000), "class:round:end");
    const row = { preset: preset.id, scenario: preset.scenario, seatsPerGroup: preset.seatsPerGroup, games: started.games, ...started.start, endAckMs: round(performance.now() - endAt, 0) };
    presetRoundStarts.push(row);
    log(`  ${describePreset(row)}`);
    await sleep(500);
  }
  must(await request(hostSocket, "class:end", auth, 60_000), "class:end");

  const accepted = moves.outcomes.accepted ?? 0;
  return {
    students: STUDENTS,
    games,
    scenario: `${ROUND.scenario} pairs`,
    tickMs: ROUND.tickMs,
    load: LOAD,
    roundStart,
    presetRoundStarts,
    resume: summarize(resumeTimes),
    moves: { ...moves, acceptedShare: round(accepted / Math.max(1, moves.acked), 3), snapshotsPerSecond },
    server: windowServer,
    heap: {
      gcForced: baseline.gc,
      baseline,
      joined,
      seated,
      afterMoves,
      perPlayerKb: kb((seated.heapUsed - baseline.heapUsed) / STUDENTS),
      perJoinedKb: kb((joined.heapUsed - baseline.heapUsed) / STUDENTS),
      perPlayerAfterMovesKb: kb((afterMoves.heapUsed - baseline.heapUsed) / STUDENTS),
      rssPerPlayerKb: kb((seated.rss - baseline.rss) / STUDENTS),
    },
    dashboard: { pushes: dashboard.pushes, lastBytes: dashboard.last ? Buffer.byteLength(JSON.stringify(dashboard.last)) : 0 },
    end: { hostAckMs: round(endAckMs, 1), recordedGames, recordedWithinMs },
    loadAvg: [loadAtStart, round(loadavg()[0], 2)],
  };
}

const met = (ok: boolean) => (ok ? "met" : "NOT met");

function describePreset(r: PresetRoundStart): string {
  const f = (v: number) => v.toFixed(2);
  const p99 = r.receipt.p99;
  return (
    `round start, preset ${r.preset} (${r.games} games of ${r.seatsPerGroup} students): p50 ${f(r.receipt.p50)} ms, p99 ${f(p99)}, max ${f(r.receipt.max)} ` +
    `(target p99 < ${CLASSROOM_TARGETS.roundStartP99Ms}: ${met(p99 < CLASSROOM_TARGETS.roundStartP99Ms)}); host ack ${f(r.hostAckMs)} ms; server CPU ${r.server.cpuMs} ms; round end ack ${r.endAckMs} ms`
  );
}

/** The run in words, for the log. */
export function describeClassroom(r: ClassroomBench): string[] {
  const f = (v: number) => v.toFixed(2);
  const t = CLASSROOM_TARGETS;
  const rs = r.roundStart.receipt;
  const m = r.moves;
  const outcomes = Object.entries(m.outcomes).map(([k, v]) => `${k} ${v}`).join(", ");
  const h = r.heap;
  return [
    `  round start (${r.students} students, ${r.games} games of ${r.scenario}, tick ${r.tickMs} ms): to every student's seat p50 ${f(rs.p50)} ms, p99 ${f(rs.p99)}, max ${f(rs.max)} ` +
      `(target p99 < ${t.roundStartP99Ms}: ${met(rs.p99 < t.roundStartP99Ms)}); host ack ${f(r.roundStart.hostAckMs)} ms; ` +
      `server CPU meanwhile ${r.roundStart.server.cpuMs} ms (the round row's write, then rooms started and views pushed in one synchronous run)`,
    `  resume, all at once: p50 ${f(r.resume.p50)} ms, p99 ${f(r.resume.p99)}, max ${f(r.resume.max)}`,
    `  move acks (${r.load.warmupMs / 1000} s warm-up, ${r.load.durationMs / 1000} s recorded): p50 ${f(m.rtt.p50)} ms, p90 ${f(m.rtt.p90)}, p99 ${f(m.rtt.p99)}, max ${f(m.rtt.max)} (target p99 < ${t.ackP99Ms}: ${met(m.rtt.p99 < t.ackP99Ms)}); ` +
      `${m.acked}/${m.sent} acked, ${(m.acceptedShare * 100).toFixed(1)}% accepted (${outcomes}); client timer lag p99 ${f(m.sendLag.p99)} ms; ${m.snapshotsPerSecond} snapshots/s to students`,
    `  server over the move window: ELD p50 ${r.server.eldP50} ms, p99 ${r.server.eldP99}, max ${r.server.eldMax}; cpu ${(r.server.cpuShare * 100).toFixed(0)}% of a core; rss ${r.server.rssMb} MB; ${JSON.stringify(r.server.facts)}`,
    `  heap per player (GC ${h.gcForced ? "forced" : "NOT forced"}): ${h.perPlayerKb} KB seated (target ≤ ${t.heapPerPlayerKb}: ${met(h.perPlayerKb <= t.heapPerPlayerKb)}), ` +
      `${h.perJoinedKb} KB joined in the lobby, ${h.perPlayerAfterMovesKb} KB after the move window; heapUsed ${mb(h.baseline.heapUsed)} → ${mb(h.seated.heapUsed)} MB; ` +
      `RSS ${mb(h.baseline.rss)} → ${mb(h.seated.rss)} MB (${h.rssPerPlayerKb} KB per player), ${mb(h.afterMoves.rss)} MB after moves`,
    `  host dashboard: ${r.dashboard.pushes} pushes, last ${(r.dashboard.lastBytes / 1024).toFixed(1)} KB; round end ack ${r.end.hostAckMs} ms, ` +
      `${r.end.recordedGames}/${r.games} games recorded${r.end.recordedWithinMs !== null ? ` within ${r.end.recordedWithinMs} ms` : " (NOT all)"}; ` +
      `machine load average ${r.loadAvg[0]} → ${r.loadAvg[1]} on ${cpus().length} cores`,
  ];
}

/** The Markdown table rows for index.ts. */
export function classroomTable(r: ClassroomBench): string[] {
  const f = (v: number) => v.toFixed(2);
  const t = CLASSROOM_TARGETS;
  return [
    "| Class session (issue 5) | p50 | p99 | max | target | |",
    "|---|---:|---:|---:|---|---|",
    `| move ack (ms), 1 move/s per student, ${(r.moves.acceptedShare * 100).toFixed(1)}% accepted | ${f(r.moves.rtt.p50)} | ${f(r.moves.rtt.p99)} | ${f(r.moves.rtt.max)} | p99 < ${t.ackP99Ms} ms | ${met(r.moves.rtt.p99 < t.ackP99Ms)} |`,
    `| server event-loop delay (ms), move window | ${r.server.eldP50} | ${r.server.eldP99} | ${r.server.eldMax} | (reported) | |`,
    `| heap per player (KB), seated; RSS per player ${r.heap.rssPerPlayerKb} KB | ${r.heap.perPlayerKb} | | | ≤ ${t.heapPerPlayerKb} KB | ${met(r.heap.perPlayerKb <= t.heapPerPlayerKb)} |`,
    "",
    `| Round start, ${r.students} students, host emit → every student's seated view (ms) | games × students | p50 | p99 | max | server CPU (ms) | target p99 < ${t.roundStartP99Ms} ms |`,
    "|---|---:|---:|---:|---:|---:|---|",
    `| ${r.scenario}, dawn at tick 200 (the move-window round) | ${r.games} × 2 | ${f(r.roundStart.receipt.p50)} | ${f(r.roundStart.receipt.p99)} | ${f(r.roundStart.receipt.max)} | ${r.roundStart.server.cpuMs} | ${met(r.roundStart.receipt.p99 < t.roundStartP99Ms)} |`,
    ...r.presetRoundStarts.map(
      (p) =>
        `| preset ${p.preset} (${p.scenario}) | ${p.games} × ${p.seatsPerGroup} | ${f(p.receipt.p50)} | ${f(p.receipt.p99)} | ${f(p.receipt.max)} | ${p.server.cpuMs} | ${met(p.receipt.p99 < t.roundStartP99Ms)} |`,
    ),
  ];
}
