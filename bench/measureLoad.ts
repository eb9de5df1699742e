/**
 * One round-trip measurement: a server of `kind` in its own process, `players` clients here on the
 * fixed-rate load (clients.ts). The server's window is the recorded load and its drain only (not
 * connecting, seating or warm-up), read before the clients leave. Used by the round-trip phase
 * (index.ts) and the capacity curve (capacity.ts).
 */
import { performance } from "node:perf_hooks";
import { runEchoLoad } from "./echoBaseline";
import { runMoveLoad } from "./moveRoundTrip";
import { hostServer, type HeapStats, type ServerKind, type ServerStats } from "./serverProcess";
import { round } from "./stats";
import type { LoadOptions, LoadResult } from "./clients";

export interface RunFigures {
  players: number;
  client: LoadResult;
  server: ServerStats;
  /** The bench process's own CPU over the recorded window (1.0 = a core): near 1, the clients distort the figures. */
  clientCpuShare: number;
  /**
   * With `heap`: after a forced GC, an idle server of the same kind (its own process, started and
   * closed first) and this one once the load was done (clients still on). Not this server before the
   * load: a forced GC there made the journaled server's round trips several times slower (p50 35 → 140–300 ms at 1,000 players).
   */
  heap?: { before: HeapStats; loaded: HeapStats };
}

export async function measureLoad(kind: ServerKind, players: number, load: LoadOptions, opts: { heap?: boolean } = {}): Promise<RunFigures> {
  const before = opts.heap ? await idleHeap(kind) : null;
  const host = await hostServer(kind);
  try {
    let started: Promise<void> = Promise.resolve();
    let cpu0 = process.cpuUsage();
    let t0 = performance.now();
    let after: { server: ServerStats; clientCpuShare: number; loaded: HeapStats | null } | null = null;
    const runLoad = kind === "echo" ? runEchoLoad : runMoveLoad;
    const client = await runLoad(host.url, players, {
      ...load,
      onRecordStart: () => {
        started = host.startMeasure();
        cpu0 = process.cpuUsage();
        t0 = performance.now();
      },
      beforeClose: async () => {
        const cpu = process.cpuUsage(cpu0);
        const clientCpuShare = round((cpu.user + cpu.system) / 1000 / (performance.now() - t0));
        await started;
        const server = await host.stopMeasure();
        after = { server, clientCpuShare, loaded: before ? await host.heap() : null };
      },
    });
    if (!after) throw new Error(`${kind}: the load ended without its measurement`);
    const { server, clientCpuShare, loaded } = after as NonNullable<typeof after>;
    return { players, client, server, clientCpuShare, ...(before && loaded ? { heap: { before, loaded } } : {}) };
  } finally {
    await host.close();
  }
}

async function idleHeap(kind: ServerKind): Promise<HeapStats> {
  const idle = await hostServer(kind);
  try {
    return await idle.heap();
  } finally {
    await idle.close();
  }
}
