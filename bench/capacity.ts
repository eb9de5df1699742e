/**
 * Issue 17: the capacity curve. At each player count the bare echo, then our server journaled on
 * SQLite (every accepted move written before its ack, as in production), each in its own process
 * on the same fixed-rate load (one game:move a second per player); the point where our move p99
 * first reaches 50 ms. Beside each point: the server's event-loop delay and CPU, its heap and RSS
 * per player (forced GC, loaded minus idle, clients still connected), and the bench process's own
 * timer lag and CPU: every client runs in this one process, so where that process nears a full
 * core the clients, not the server, set the figures (the table says so).
 * Limits: one file descriptor per client here and per connection in the server process (the
 * limit is read from /proc/self/limits; points beyond it are skipped, said so), and one ephemeral
 * port per client (the range is printed).
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { measureLoad, type RunFigures } from "./measureLoad";
import { round } from "./stats";
import type { LoadOptions } from "./clients";

export const CAPACITY_TARGET_P99_MS = 50;

export interface CapacityPoint {
  players: number;
  echo: RunFigures;
  ours: RunFigures;
  ratioP50: number;
  ratioP99: number;
  acceptedShare: number;
  heapPerPlayerKb: number;
  rssPerPlayerKb: number;
  /** The machine's 1-minute load average before and after the point: above the core count, others took the server's CPU. */
  loadAvg: [number, number];
}

export interface CapacityBench {
  load: LoadOptions;
  openFilesLimit: number | null;
  portRange: string | null;
  points: CapacityPoint[];
  /** Player counts not measured, and why. */
  skipped: { players: number; reason: string }[];
  /** The first player count where ours' p99 reached the target, or null if none did. */
  crossesAt: number | null;
}

function openFilesLimit(): number | null {
  try {
    const line = readFileSync("/proc/self/limits", "utf8").split("\n").find((l) => l.startsWith("Max open files"));
    const soft = line?.split(/\s{2,}/)[1];
    return soft && /^\d+$/.test(soft) ? Number(soft) : null;
  } catch {
    return null;
  }
}

function portRange(): string | null {
  try {
    return readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().replace(/\s+/, "–");
  } catch {
    return null;
  }
}

const perPlayerKb = (r: RunFigures, key: "heapUsed" | "rss") => (r.heap ? round((r.heap.loaded[key] - r.heap.before[key]) / 1024 / r.players, 2) : Number.NaN);

export async function runCapacityBench(players: number[], load: LoadOptions, log: (line: string) => void): Promise<CapacityBench> {
  const limit = openFilesLimit();
  const bench: CapacityBench = { load, openFilesLimit: limit, portRange: portRange(), points: [], skipped: [], crossesAt: null };
  log(`  open files limit ${limit ?? "unknown"} per process, ephemeral ports ${bench.portRange ?? "unknown"}`);
  for (const n of players) {
    // Each process holds one descriptor per socket, plus the server's database and some slack.
    if (limit !== null && n + 256 > limit) {
      bench.skipped.push({ players: n, reason: `needs ~${n + 256} open files, the limit is ${limit} (raise ulimit -n)` });
      log(`  N=${n}: skipped, open files limit ${limit}`);
      continue;
    }
    try {
      const loadBefore = round(loadavg()[0], 2);
      const echo = await measureLoad("echo", n, load, { heap: true });
      const ours = await measureLoad("journaled", n, load, { heap: true });
      const point: CapacityPoint = {
        players: n,
        echo,
        ours,
        ratioP50: round(ours.client.rtt.p50 / echo.client.rtt.p50, 2),
        ratioP99: round(ours.client.rtt.p99 / echo.client.rtt.p99, 2),
        acceptedShare: round((ours.client.outcomes.accepted ?? 0) / Math.max(1, ours.client.acked), 3),
        heapPerPlayerKb: perPlayerKb(ours, "heapUsed"),
        rssPerPlayerKb: perPlayerKb(ours, "rss"),
        loadAvg: [loadBefore, round(loadavg()[0], 2)],
      };
      bench.points.push(point);
      for (const line of describePoint(point)) log(line);
      if (bench.crossesAt === null && ours.client.rtt.p99 >= CAPACITY_TARGET_P99_MS) bench.crossesAt = n;
    } catch (err) {
      bench.skipped.push({ players: n, reason: err instanceof Error ? err.message : String(err) });
      log(`  N=${n}: failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return bench;
}

const f = (v: number) => v.toFixed(2);
const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

function describePoint(p: CapacityPoint): string[] {
  const row = (name: string, r: RunFigures) =>
    `  ${name} N=${p.players}: rtt p50 ${f(r.client.rtt.p50)} ms, p99 ${f(r.client.rtt.p99)}, max ${r.client.rtt.max.toFixed(1)} (${r.client.acked}/${r.client.sent} acked) | ` +
    `server ELD p99 ${r.server.eldP99} ms, cpu ${pct(r.server.cpuShare)} | clients: timer lag p99 ${f(r.client.sendLag.p99)} ms, cpu ${pct(r.clientCpuShare)}`;
  return [
    row("echo", p.echo),
    row("jrnl", p.ours),
    `  N=${p.players}: ratio p50 ${p.ratioP50}, p99 ${p.ratioP99}; ${pct(p.acceptedShare)} accepted; server heap ${p.heapPerPlayerKb} KB, RSS ${p.rssPerPlayerKb} KB per player; machine load average ${p.loadAvg[0]} → ${p.loadAvg[1]}`,
  ];
}

/** The Markdown table and the crossing point, for the end of the run. */
export function capacityTable(b: CapacityBench): string[] {
  const lines = [
    `| Capacity (journal on, SQLite) | players | echo p50 | echo p99 | ours p50 | ours p99 | ratio p50 | ratio p99 | ours p99 < ${CAPACITY_TARGET_P99_MS} ms | server ELD p99 echo / ours (ms) | server CPU ours | heap / RSS per player (KB) | clients' timer lag p99 (ms) / CPU, ours | machine load average |`,
    "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|",
  ];
  for (const p of b.points) {
    const ours = p.ours.client.rtt;
    lines.push(
      `| game:move vs echo | ${p.players.toLocaleString("en")} | ${f(p.echo.client.rtt.p50)} | ${f(p.echo.client.rtt.p99)} | ${f(ours.p50)} | ${f(ours.p99)} | ${p.ratioP50} | ${p.ratioP99} | ` +
        `${ours.p99 < CAPACITY_TARGET_P99_MS ? "yes" : "NO"} | ${p.echo.server.eldP99} / ${p.ours.server.eldP99} | ${pct(p.ours.server.cpuShare)} | ${p.heapPerPlayerKb} / ${p.rssPerPlayerKb} | ` +
        `${f(p.ours.client.sendLag.p99)} / ${pct(p.ours.clientCpuShare)} | ${p.loadAvg[0]} → ${p.loadAvg[1]} |`,
    );
  }
  for (const s of b.skipped) lines.push(`| game:move vs echo | ${s.players.toLocaleString("en")} | not measured: ${s.reason} ||||||||||||`);
  const top = b.points.at(-1)?.players;
  lines.push(
    "",
    b.crossesAt !== null
      ? `Ours' move p99 first reaches ${CAPACITY_TARGET_P99_MS} ms at ${b.crossesAt.toLocaleString("en")} players (target: not before 5,000).`
      : `Ours' move p99 does not reach ${CAPACITY_TARGET_P99_MS} ms: not crossed up to ${top?.toLocaleString("en") ?? "—"} players.`,
  );
  const busy = b.points.filter((p) => p.ours.clientCpuShare >= 0.85).map((p) => p.players.toLocaleString("en"));
  const crowded = b.points.filter((p) => Math.max(...p.loadAvg) > cpus().length).map((p) => p.players.toLocaleString("en"));
  if (crowded.length) lines.push(`At ${crowded.join(", ")} players the machine's load average exceeded its ${cpus().length} cores: other work took CPU from the server, and the wall times show it.`);
  if (busy.length) lines.push(`At ${busy.join(", ")} players the one client process used ≥ 85% of a core: there the clients' own delay is part of every round trip.`);
  return lines;
}
