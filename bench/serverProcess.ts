/**
 * Hosts a benchmark server (echo or ours) in its own process, so that on 2 cores the server
 * gets one core and 1,000 clients the other: in one process the clients' own work would sit
 * in every round trip. Both servers are hosted the same way. BENCH_INPROCESS=1 hosts them in
 * the calling process instead (for comparison). The host also samples the server's event loop.
 *
 * Run as a child: `node --import tsx bench/serverProcess.ts <echo|ours|journaled|cluster|classroom|flood|flood-unguarded>`, driven over IPC.
 * `cluster` is a cluster-mode node configured by the environment hostServer is given (clusterNodeEnv).
 * BENCH_SERVER_ARGS passes extra node flags to the server process only (profiling, GC traces).
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { startClassroomServer } from "./classroomServer";
import { startEchoServer, type BenchServer } from "./echoBaseline";
import { startFloodServer } from "./flood";
import { startGameServer, type ClusterNodeConfig } from "./moveRoundTrip";
import { round } from "./stats";

export type ServerKind = "echo" | "ours" | "journaled" | "cluster" | "classroom" | "flood" | "flood-unguarded";

/** What the server process did during a measurement window. */
export interface ServerStats {
  /** Event-loop delay beyond the 1 ms sampling timer, ms. */
  eldP50: number;
  eldP99: number;
  eldMax: number;
  /** Server CPU time over wall time in the window (1.0 = one core saturated). */
  cpuShare: number;
  /** Server CPU time in the window, ms (unlike wall times, not inflated when the OS deschedules the server). */
  cpuMs: number;
  rssMb: number;
  heapUsedMb: number;
  facts: Record<string, unknown>;
}

/** The server process's memory now, after a full GC when the process runs with --expose-gc. */
export interface HeapStats {
  heapUsed: number;
  rss: number;
  external: number;
  /** Whether a GC was forced first (the child always runs with --expose-gc; in-process only if node does). */
  gc: boolean;
}

export interface HostedServer {
  url: string;
  startMeasure(): Promise<void>;
  stopMeasure(): Promise<ServerStats>;
  heap(): Promise<HeapStats>;
  close(): Promise<void>;
}

const RESOLUTION_MS = 1;

/** Measurement of the current process, started and stopped around the load window. */
function meter(server: BenchServer) {
  const eld = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  let cpu0 = process.cpuUsage();
  let t0 = performance.now();
  return {
    start() {
      eld.reset();
      eld.enable();
      cpu0 = process.cpuUsage();
      t0 = performance.now();
    },
    stop(): ServerStats {
      eld.disable();
      const cpu = process.cpuUsage(cpu0);
      const wallMs = performance.now() - t0;
      // No sample at all: the loop never got to the sampling timer in the window (its figures would read 0).
      const ms = (ns: number) => (eld.count === 0 ? Number.NaN : round(Math.max(0, ns / 1e6 - RESOLUTION_MS)));
      const mem = process.memoryUsage();
      return {
        eldP50: ms(eld.percentile(50)),
        eldP99: ms(eld.percentile(99)),
        eldMax: ms(eld.max),
        cpuShare: round((cpu.user + cpu.system) / 1000 / wallMs),
        cpuMs: round((cpu.user + cpu.system) / 1000, 1),
        rssMb: round(mem.rss / 2 ** 20, 1),
        heapUsedMb: round(mem.heapUsed / 2 ** 20, 1),
        facts: server.facts(),
      };
    },
  };
}

type Env = Record<string, string | undefined>;

/** The environment that makes a `cluster` server node `config` (the server's own variable names). */
export function clusterNodeEnv(config: ClusterNodeConfig, outboxPath: string): Record<string, string> {
  return { DATABASE_URL: config.databaseUrl, REDIS_URL: config.redisUrl, NODE_ID: config.nodeId, REDIS_PREFIX: config.redisPrefix, OUTBOX_PATH: outboxPath };
}

function clusterNodeOf(env: Env): ClusterNodeConfig {
  const { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, NODE_ID: nodeId, REDIS_PREFIX: redisPrefix } = env;
  if (!databaseUrl || !redisUrl || !nodeId || !redisPrefix) throw new Error("a cluster bench node needs DATABASE_URL, REDIS_URL, NODE_ID and REDIS_PREFIX");
  return { databaseUrl, redisUrl, nodeId, redisPrefix };
}

const SERVERS: Record<ServerKind, (env: Env) => Promise<BenchServer>> = {
  echo: startEchoServer,
  ours: () => startGameServer(false),
  journaled: () => startGameServer(true),
  cluster: (env) => startGameServer(true, clusterNodeOf(env)),
  classroom: startClassroomServer,
  flood: () => startFloodServer(true),
  "flood-unguarded": () => startFloodServer(false),
};
const start = (kind: ServerKind, env: Env = process.env) => SERVERS[kind](env);

function heapNow(): HeapStats {
  const gc = (globalThis as { gc?: () => void }).gc;
  // Twice: the first full GC can leave garbage that only finalizers released.
  if (gc) {
    gc();
    gc();
  }
  const mem = process.memoryUsage();
  return { heapUsed: mem.heapUsed, rss: mem.rss, external: mem.external, gc: Boolean(gc) };
}

/** Start a server of `kind`, in a child process unless BENCH_INPROCESS=1; `env` adds to its environment. */
export async function hostServer(kind: ServerKind, env: Record<string, string> = {}): Promise<HostedServer> {
  if (process.env.BENCH_INPROCESS === "1") {
    const server = await start(kind, { ...process.env, ...env });
    const m = meter(server);
    return {
      url: `http://127.0.0.1:${server.port}`,
      startMeasure: async () => m.start(),
      stopMeasure: async () => m.stop(),
      heap: async () => heapNow(),
      close: () => server.close(),
    };
  }
  const child = fork(fileURLToPath(import.meta.url), [kind], {
    // BENCH_SERVER_ARGS adds node flags to the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
    // --expose-gc only lets heap() force a GC before reading heapUsed; nothing else calls gc().
    execArgv: ["--import", "tsx", "--expose-gc", ...(process.env.BENCH_SERVER_ARGS?.split(" ").filter(Boolean) ?? [])],
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn", ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // One request at a time: each reply is the next message from the child.
  const ask = <T>(msg?: { cmd: string }) =>
    new Promise<T>((resolve, reject) => {
      const onExit = () => reject(new Error(`${kind} server process exited`));
      child.once("exit", onExit);
      child.once("message", (reply) => {
        child.off("exit", onExit);
        resolve(reply as T);
      });
      if (msg) child.send(msg);
    });
  const { port } = await ask<{ port: number }>();
  return {
    url: `http://127.0.0.1:${port}`,
    startMeasure: () => ask<void>({ cmd: "start" }),
    stopMeasure: () => ask<ServerStats>({ cmd: "stop" }),
    heap: () => ask<HeapStats>({ cmd: "heap" }),
    close: async () => {
      child.send({ cmd: "close" });
      // A server that fails to let go of its handles must not keep the benchmark alive.
      const stuck = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(stuck);
    },
  };
}

// Child side: start the server, then answer the parent's commands.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  const kind = process.argv[2] as ServerKind;
  const server = await start(kind);
  const m = meter(server);
  process.on("message", async (msg: { cmd: string }) => {
    if (msg.cmd === "start") {
      m.start();
      process.send!({});
    } else if (msg.cmd === "stop") {
      process.send!(m.stop());
    } else if (msg.cmd === "heap") {
      process.send!(heapNow());
    } else if (msg.cmd === "close") {
      await server.close();
      process.disconnect();
      // A game server leaves handles open after close (so the parent used to kill it): exit, so --cpu-prof writes its profile.
      setTimeout(() => process.exit(0), 300).unref();
    }
  });
  process.send({ port: server.port });
}
