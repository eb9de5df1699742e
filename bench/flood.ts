/**
 * Issue 11: a well-behaved player's move round trip while 200 sockets from the same address
 * flood the server, against the same players without the flood. Ten well-behaved players (each
 * in its own Generals game against a bot, one "plan" move every 500 ms, once per tick: quiet by the budget's
 * measure) are measured three times:
 *   1. quiet: no flood, on the server with its production budgets;
 *   2. flood: 200 more sockets from 127.0.0.1 each send 20 game:move a second (a forged seat
 *      token for a live game: validated, looked up, refused) from the start of the recorded
 *      window, on the same server; the budget refuses them and disconnects them;
 *   3. flood, unguarded: the same flood on a server with the per-address budget, the disconnect
 *      and the socket cap lifted (what issue 11 measured: only the per-socket 20 a second).
 * The flooders run in a child process of their own, so their work is not in the players' RTT.
 * Alone: `BENCH_ONLY=flood npm run bench`.
 */
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { startServer } from "../server/app";
import { DEFAULT_RATE_LIMITS, type RateLimits } from "../server/realtime/budget";
import type { Ack, SeatGrant } from "../server/protocol/events";
import { closeClients, connectClients, request, runFixedRate, type LoadOptions, type LoadResult } from "./clients";
import type { BenchServer } from "./echoBaseline";
import { MemoryGameStore } from "../server/testing/memoryStores";
import { hostServer, type ServerStats } from "./serverProcess";

const PLAYERS = 10;
const FLOODERS = 200;
const FLOOD_PER_SECOND = 20;
/** dawnTick 200 at 500 ms ticks: 100 s, longer than any run (setup, 3 s warm-up, 15 s measured). */
const GAME = { scenario: "generals", params: { captureProbability: 0.2, dawnTick: 200, crossingTicks: 2 }, tickMs: 500 };

/** Production budgets; only game creation is lifted, so the bench can seat its players. */
const GUARDED: Partial<RateLimits> = { createsPerMinute: 1e6, joinsPerMinute: 1e6 };
/** What the server had before issue 11: the per-socket limit and nothing per address. */
const UNGUARDED: Partial<RateLimits> = { ...GUARDED, perAddressPerSecond: 1e9, strikesToDisconnect: 1e9, socketsPerAddress: 1e9 };

export async function startFloodServer(guarded: boolean): Promise<BenchServer> {
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    ui: false,
    store: new MemoryGameStore(),
    countdownMs: 0,
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...(guarded ? GUARDED : UNGUARDED) },
  });
  return {
    port: server.port,
    facts: () => ({ connections: server.io.engine.clientsCount, rooms: server.registry.size }),
    close: () => server.close(),
  };
}

export interface FloodOutcome {
  connected: number;
  /** Flooder sockets the server closed during the flood. */
  disconnected: number;
  /** Milliseconds from the flood's start to the server closing the last flooder (null if some stayed). */
  allClosedAfterMs: number | null;
  sent: number;
  /** Answers by code (RATE_LIMITED is the budget; BAD_TOKEN went all the way to the room). */
  answers: Record<string, number>;
}

export interface FloodRun {
  label: string;
  players: LoadResult;
  flood: FloodOutcome | null;
  server: ServerStats;
}

export interface FloodBench {
  quiet: FloodRun;
  flood: FloodRun;
  unguarded: FloodRun;
}

async function run(label: string, kind: "flood" | "flood-unguarded", withFlood: boolean, load: LoadOptions): Promise<FloodRun> {
  const host = await hostServer(kind);
  try {
    const sockets = await connectClients(host.url, PLAYERS);
    const grants: SeatGrant[] = [];
    for (const s of sockets) {
      const res = await request<Ack<SeatGrant>>(s, "game:create", { ...GAME, seat: "A", others: { B: { kind: "bot", strategy: "acknowledged" } }, player: player("Calm") });
      if (!res.ok) throw new Error(`game:create refused: ${res.error.code}`);
      grants.push(res);
    }
    const target = { gameId: grants[0].gameId, seatToken: randomBytes(24).toString("base64url"), move: { type: "send", kind: "plan" } };
    const flooder = withFlood ? startFlooder(host.url, target, load.durationMs) : null;
    if (flooder) await flooder.ready;
    let started: Promise<void> = Promise.resolve();
    const senders = sockets.map((socket, i) => {
      const payload = { gameId: grants[i].gameId, seatToken: grants[i].seatToken, move: { type: "send", kind: "plan" } };
      return { socket, event: "game:move", payload: () => payload, classify: (ack: unknown) => ((ack as Ack).ok ? "accepted" : (ack as Ack & { ok: false }).error.code) };
    });
    const players = await runFixedRate(senders, {
      ...load,
      onRecordStart: () => {
        started = host.startMeasure();
        flooder?.go();
      },
    });
    await started;
    const server = await host.stopMeasure();
    const flood = flooder ? await flooder.done : null;
    closeClients(sockets);
    return { label, players, flood, server };
  } finally {
    await host.close();
  }
}

const player = (nickname: string) => ({ nickname, deviceToken: randomBytes(24).toString("base64url") });

/** The flooders in their own process: connect, wait for "go", flood for `durationMs`, report. */
function startFlooder(url: string, payload: object, durationMs: number) {
  const child = fork(fileURLToPath(import.meta.url), ["flooder"], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const next = <T>() => new Promise<T>((resolve) => child.once("message", (m) => resolve(m as T)));
  // The child says hello once its listener is on (a message sent earlier would be lost).
  const ready = next<{ hello: true }>().then(() => {
    const connected = next<{ connected: number }>();
    child.send({ url, payload, durationMs });
    return connected;
  });
  return {
    ready,
    go: () => child.send({ go: true }),
    done: ready.then(() => next<FloodOutcome>()).finally(() => child.disconnect()),
  };
}

/** Child side: FLOODERS sockets, each FLOOD_PER_SECOND requests a second, staggered, while connected. */
async function flooderProcess() {
  const config = new Promise<{ url: string; payload: object; durationMs: number }>((resolve) => process.once("message", resolve as never));
  process.send!({ hello: true });
  const { url, payload, durationMs } = await config;
  const sockets = await connectClients(url, FLOODERS).catch(() => [] as Awaited<ReturnType<typeof connectClients>>);
  let disconnected = 0;
  let floodStart = 0;
  let lastClosedAt = 0;
  for (const s of sockets) {
    s.once("disconnect", (reason) => {
      // The server's close can overtake its disconnect packet ("transport close"): count both.
      if (reason === "io client disconnect") return;
      disconnected++;
      lastClosedAt = performance.now();
    });
  }
  process.send!({ connected: sockets.length });
  await new Promise((resolve) => process.once("message", resolve));
  floodStart = performance.now();
  const answers: Record<string, number> = {};
  let sent = 0;
  const period = 1000 / FLOOD_PER_SECOND;
  const timers = sockets.map((socket, i) =>
    setTimeout(() => {
      const fire = () => {
        if (!socket.connected) return clearInterval(interval);
        sent++;
        socket.emit("game:move", payload, (res: Ack) => {
          const code = res.ok ? "accepted" : res.error.code;
          answers[code] = (answers[code] ?? 0) + 1;
        });
      };
      const interval = setInterval(fire, period);
      timers[i] = interval;
      fire();
    }, (i * period) / sockets.length),
  );
  await new Promise((r) => setTimeout(r, durationMs));
  for (const t of timers) clearTimeout(t);
  await new Promise((r) => setTimeout(r, 500));
  const allClosedAfterMs = disconnected === sockets.length && sockets.length > 0 ? Math.round(lastClosedAt - floodStart) : null;
  process.send!({ connected: sockets.length, disconnected, allClosedAfterMs, sent, answers } satisfies FloodOutcome);
  closeClients(sockets);
}

export async function runFloodBench(common: LoadOptions): Promise<FloodBench> {
  // Each player moves twice a second (a plan is legal once per 500 ms tick): quiet, yet enough samples for a p99.
  const load = { ...common, periodMs: 500 };
  return {
    quiet: await run("quiet", "flood", false, load),
    flood: await run("flood", "flood", true, load),
    unguarded: await run("flood, unguarded", "flood-unguarded", true, load),
  };
}

export function describeFlood(b: FloodBench): string[] {
  return [b.quiet, b.flood, b.unguarded].map((r) => {
    const p = r.players;
    const outcomes = Object.entries(p.outcomes).map(([k, v]) => `${k} ${v}`).join(", ");
    const flood = r.flood
      ? ` | flooders: ${r.flood.connected} connected, ${r.flood.disconnected} disconnected by the server${r.flood.allClosedAfterMs === null ? "" : ` (the last ${r.flood.allClosedAfterMs} ms into the flood)`}, ${r.flood.sent} sent, answers ${JSON.stringify(r.flood.answers)}`
      : "";
    return `  ${r.label.padEnd(16)} players rtt p50 ${p.rtt.p50.toFixed(2)} ms, p99 ${p.rtt.p99.toFixed(2)}, max ${p.rtt.max.toFixed(1)} (${p.acked}/${p.sent} acked; ${outcomes}) | server cpu ${(r.server.cpuShare * 100).toFixed(0)}%, ELD p99 ${r.server.eldP99} ms${flood}`;
  });
}

export function floodTable(b: FloodBench): string[] {
  const f = (v: number) => v.toFixed(2);
  const limited = (r: FloodRun) => r.players.outcomes.RATE_LIMITED ?? 0;
  return [
    `| Well-behaved player's game:move RTT (ms), ${PLAYERS} players, 200 flooders × 20/s from one address | p50 | p99 | max | players' moves refused RATE_LIMITED | flooder sockets closed | all closed after (ms) |`,
    "|---|---:|---:|---:|---:|---:|---:|",
    ...[b.quiet, b.flood, b.unguarded].map(
      (r) => `| ${r.label} | ${f(r.players.rtt.p50)} | ${f(r.players.rtt.p99)} | ${f(r.players.rtt.max)} | ${limited(r)} | ${r.flood ? `${r.flood.disconnected}/${r.flood.connected}` : "-"} | ${r.flood?.allClosedAfterMs ?? "-"} |`,
    ),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === "flooder") await flooderProcess();
