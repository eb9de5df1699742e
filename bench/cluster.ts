/**
 * Phase "cluster" (issue 16): the capacity of two nodes against one. Every node is a real server
 * process in cluster mode (leases and the live-game journal in one PostgreSQL, sockets and
 * forwarding through one Redis), driven by the round-trip phase's move load at N players:
 *   one        all games on one node, their players connected to it;
 *   split      two nodes, half the games each, players connected where their game lives;
 *   forwarded  two nodes, every player connected to the node that does NOT host its game, so
 *              every move is forwarded to the owner and its views come back through Redis.
 * And the bare echo server under the same load, for scale. On a 2-core machine the nodes, the
 * clients, PostgreSQL and Redis share those cores: two nodes cannot add a core here, so the
 * ratios show what the cluster costs, not what a second machine would add.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { createPostgresTestDatabase } from "../server/storage/testPostgres";
import type { LoadOptions, LoadResult } from "./clients";
import { startClusterServices, type ClusterServices } from "./clusterServices";
import { runEchoLoad } from "./echoBaseline";
import { runPlacedMoveLoad, type GamePlacement } from "./moveRoundTrip";
import { clusterNodeEnv, hostServer, type HostedServer, type ServerStats } from "./serverProcess";
import { round } from "./stats";

export const SETUPS = ["one", "split", "forwarded"] as const;
export type Setup = (typeof SETUPS)[number];

export interface ClusterRun {
  setup: Setup | "echo";
  nodes: number;
  players: number;
  client: LoadResult;
  /** One entry per node (the echo server's for echo). */
  servers: ServerStats[];
  /** Recorded moves acked, over the measured window's seconds. */
  ackedPerSecond: number;
  /** Every node's CPU in the window over the moves acked: what a move costs the cluster. */
  cpuMsPerMove: number;
  /** The whole machine's CPU in use in the window (nodes, clients, PostgreSQL, Redis, and any other work on it), 1 = every core. */
  machineBusy: number;
}

export interface ClusterRow {
  players: number;
  runs: ClusterRun[];
  /** Runs that threw (a node that did not start, a refused seat): the phase goes on without them. */
  failed: { setup: Setup; error: string }[];
  /** Each two-node setup against one node: > 1 means more (slower for rtt, faster for acked/s). */
  ratios: Partial<Record<Exclude<Setup, "one">, { p50: number; p99: number; ackedPerSecond: number; cpuMsPerMove: number }>>;
}

export type ClusterBench = { skipped: string; cores: number } | { cores: number; postgres: string; rows: ClusterRow[] };

const NODE_IDS = ["a", "b"];

export async function runClusterBench(players: number[], load: LoadOptions, log: (line: string) => void): Promise<ClusterBench> {
  const cores = cpus().length;
  const services = await startClusterServices();
  if ("skipped" in services) return { skipped: services.skipped, cores };
  log(`  ${services.about}; redis-server on ${services.redisUrl}; ${cores} cores shared by the nodes, the clients, PostgreSQL and Redis`);
  try {
    const rows: ClusterRow[] = [];
    for (const n of players) {
      log(`  N=${n}`);
      const runs = [await runEcho(n, load)];
      log(describeRun(runs[0]));
      const failed: ClusterRow["failed"] = [];
      for (const setup of SETUPS) {
        try {
          runs.push(await runSetup(setup, n, services, load));
          log(describeRun(runs[runs.length - 1]));
        } catch (err) {
          failed.push({ setup, error: (err as Error).message });
          log(`    ${setup} failed: ${(err as Error).message}`);
        }
      }
      rows.push({ players: n, runs, failed, ratios: ratiosOf(runs) });
    }
    return { cores, postgres: services.about, rows };
  } finally {
    await services.stop();
  }
}

/** Busy and total CPU time of every core so far (ms): PostgreSQL and Redis are in there too. */
function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.idle + times.irq;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

type Measured<L> = { client: L; servers: ServerStats[]; machineBusy: number };

/** Measures every node and the machine over the load's recorded window only (not connecting, seating or warm-up). */
async function measured<L extends LoadResult>(nodes: HostedServer[], load: (onRecordStart: () => void) => Promise<L>): Promise<Measured<L>> {
  let started: Promise<unknown> = Promise.resolve();
  let machine0 = machineTimes();
  const client = await load(() => {
    machine0 = machineTimes();
    started = Promise.all(nodes.map((n) => n.startMeasure()));
  });
  await started;
  const servers = await Promise.all(nodes.map((n) => n.stopMeasure()));
  const machine = machineTimes();
  return { client, servers, machineBusy: round((machine.busy - machine0.busy) / Math.max(1, machine.total - machine0.total), 2) };
}

function figures(setup: ClusterRun["setup"], players: number, load: LoadOptions, { client, servers, machineBusy }: Measured<LoadResult>): ClusterRun {
  const cpuMs = servers.reduce((sum, s) => sum + s.cpuMs, 0);
  return {
    setup,
    nodes: servers.length,
    players,
    client,
    servers,
    ackedPerSecond: round(client.acked / (load.durationMs / 1000), 1),
    cpuMsPerMove: round(cpuMs / Math.max(1, client.acked), 3),
    machineBusy,
  };
}

async function runEcho(players: number, load: LoadOptions): Promise<ClusterRun> {
  const host = await hostServer("echo");
  try {
    return figures("echo", players, load, await measured([host], (onRecordStart) => runEchoLoad(host.url, players, { ...load, onRecordStart })));
  } finally {
    await host.close();
  }
}

/** Where game `g` lives and where its players connect, for each setup. */
function placement(setup: Setup, urls: string[], g: number): GamePlacement {
  if (setup === "one") return { host: urls[0], via: urls[0] };
  const host = urls[g % 2];
  return { host, via: setup === "split" ? host : urls[1 - (g % 2)] };
}

/** A fresh database and Redis prefix per run: no node adopts an earlier run's games. */
async function runSetup(setup: Setup, players: number, services: ClusterServices, load: LoadOptions): Promise<ClusterRun> {
  const db = await createPostgresTestDatabase(services.postgresUrl);
  const dir = mkdtempSync(join(tmpdir(), "bivalent-bench-cluster-"));
  const redisPrefix = `bench-${randomBytes(4).toString("hex")}`;
  const nodes: HostedServer[] = [];
  try {
    for (const nodeId of NODE_IDS.slice(0, setup === "one" ? 1 : 2)) {
      const env = clusterNodeEnv({ databaseUrl: db.url, redisUrl: services.redisUrl, nodeId, redisPrefix }, join(dir, `${nodeId}.outbox.jsonl`));
      nodes.push(await hostServer("cluster", env));
    }
    const urls = nodes.map((n) => n.url);
    const games = Array.from({ length: Math.floor(players / 2) }, (_, g) => placement(setup, urls, g));
    return figures(setup, players, load, await measured(nodes, (onRecordStart) => runPlacedMoveLoad(games, { ...load, onRecordStart })));
  } finally {
    await Promise.all(nodes.map((n) => n.close()));
    await db.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}

function ratiosOf(runs: ClusterRun[]): ClusterRow["ratios"] {
  const one = runs.find((r) => r.setup === "one");
  const ratios: ClusterRow["ratios"] = {};
  for (const setup of ["split", "forwarded"] as const) {
    const r = runs.find((x) => x.setup === setup);
    if (!one || !r) continue;
    ratios[setup] = {
      p50: round(r.client.rtt.p50 / one.client.rtt.p50, 2),
      p99: round(r.client.rtt.p99 / one.client.rtt.p99, 2),
      ackedPerSecond: round(r.ackedPerSecond / Math.max(1e-9, one.ackedPerSecond), 2),
      cpuMsPerMove: round(r.cpuMsPerMove / Math.max(1e-9, one.cpuMsPerMove), 2),
    };
  }
  return ratios;
}

function describeRun(r: ClusterRun): string {
  const c = r.client;
  const outcomes = Object.entries(c.outcomes).map(([k, v]) => `${k} ${v}`).join(", ");
  const nodes = r.servers.map((s) => `ELD p99 ${s.eldP99} ms, cpu ${(s.cpuShare * 100).toFixed(0)}%, rss ${s.rssMb} MB, ${JSON.stringify(s.facts)}`).join(" | ");
  return (
    `    ${r.setup.padEnd(9)} ${r.nodes} node${r.nodes > 1 ? "s" : " "}: rtt p50 ${c.rtt.p50.toFixed(2)} ms, p99 ${c.rtt.p99.toFixed(2)}, max ${c.rtt.max.toFixed(1)}; ` +
    `${r.ackedPerSecond} acked/s (${c.acked}/${c.sent}; ${outcomes}); server cpu ${r.cpuMsPerMove} ms/move; machine ${(r.machineBusy * 100).toFixed(0)}% busy (all processes); client timer lag p99 ${c.sendLag.p99.toFixed(2)} ms | ${nodes}`
  );
}

export function describeClusterRatios(bench: ClusterBench): string[] {
  if ("skipped" in bench) return [];
  return bench.rows.flatMap((row) =>
    (["split", "forwarded"] as const).flatMap((setup) => {
      const q = row.ratios[setup];
      if (!q) return [];
      return `  N=${row.players} ${setup} / one: p50 ×${q.p50}, p99 ×${q.p99}, acked/s ×${q.ackedPerSecond}, cpu per move ×${q.cpuMsPerMove}`;
    }),
  );
}

const SETUP_NAMES: Record<ClusterRun["setup"], string> = {
  echo: "echo baseline (bare socket.io)",
  one: "one node",
  split: "two nodes, players where their game lives",
  forwarded: "two nodes, every move forwarded",
};

export function clusterTable(bench: ClusterBench): string[] {
  if ("skipped" in bench) return [`Cluster (issue 16): skipped, ${bench.skipped}`];
  const f = (v: number) => v.toFixed(2);
  const lines = [
    `| Cluster on ${bench.cores} cores (ms) | players | nodes | p50 | p99 | acked moves/s | lost | p50 / one node | p99 / one node | acked/s / one node | server cpu ms per move | machine busy (all processes) | ELD p99 per node (ms) |`,
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const row of bench.rows) {
    for (const r of row.runs) {
      const q = (r.setup === "split" || r.setup === "forwarded" ? row.ratios[r.setup] : null) ?? null;
      lines.push(
        `| ${SETUP_NAMES[r.setup]} | ${r.players} | ${r.nodes} | ${f(r.client.rtt.p50)} | ${f(r.client.rtt.p99)} | ${r.ackedPerSecond} | ${r.client.lost} | ` +
          `${q ? q.p50 : "—"} | ${q ? q.p99 : "—"} | ${q ? q.ackedPerSecond : "—"} | ${r.cpuMsPerMove} | ${(r.machineBusy * 100).toFixed(0)}% | ${r.servers.map((s) => s.eldP99).join(" / ")} |`,
      );
    }
    for (const f of row.failed) lines.push(`| ${SETUP_NAMES[f.setup]} | ${row.players} | failed: ${f.error.split("\n")[0]} ||||||||||`);
  }
  lines.push(
    `All on one machine of ${bench.cores} cores: the nodes, the clients, PostgreSQL and Redis share them, so a second node adds no core here. ` +
      "The load is open-loop (1 move a second per player): acked/s is what was offered unless moves are lost; the cost shows in the round trips.",
  );
  return lines;
}
