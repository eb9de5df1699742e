/**
 * `npm run bench`: prints figures, asserts nothing. Round trips (bare echo vs game:move) at
 * 300 and 1,000 players (our server with the in-memory store, then on SQLite with the live-game journal
 * on, issue 16), then headless engine throughput, then the leaderboard at a million games
 * (bench/leaderboard.ts); a Markdown table at the end and the
 * same figures in bench/out/latest.json. BENCH_QUICK=1 shortens every phase for a smoke run.
 * Phases: roundtrip, capacity (issue 17: players 1,000 to 6,000 against the echo, journal on, bench/capacity.ts), headless,
 * views (issue 17: full snapshots vs RFC 6902 patches per sent view, bench/views.ts), classroom (issue 5: one 300-student class session over real sockets,
 * bench/classroom.ts), flood (issue 11: a well-behaved player's RTT while 200 sockets of its address
 * flood, bench/flood.ts), flp (issue 14: the FLP valency oracle's query times, bench/flpValency.ts), benor (issue 14: Ben-Or's
 * rounds to decide against the splitter bot, and runs/s, bench/benOrRounds.ts), cluster (issue 16: one node against two in
 * cluster mode on PostgreSQL and Redis, and every move forwarded, bench/cluster.ts), finishedmem (issue 20: heap held per
 * finished game once 10,000 games are played to their end and stored, bench/finishedMemory.ts), leaderboard.
 * BENCH_ONLY=classroom (or a comma-separated list of phases) runs only those.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { classroomTable, CLASSROOM_TARGETS, describeClassroom, runClassroomBench, type ClassroomBench } from "./classroom";
import type { ThroughputResult } from "./headless";
import { loadHeadless } from "./compiled";
import { describeFlood, floodTable, runFloodBench, type FloodBench } from "./flood";
import { benchFlpValency, flpValencyTable, type FlpValencyRow } from "./flpValency";
import { benchBenOrRounds, benOrRoundsTable, describeBenOrRounds, type BenOrRoundsBench } from "./benOrRounds";
import { benchLeaderboard, printLeaderboardTable } from "./leaderboard";
import { clusterTable, describeClusterRatios, runClusterBench, type ClusterBench } from "./cluster";
import { measureLoad, type RunFigures } from "./measureLoad";
import { benchViews, viewsTable, type ViewsRow } from "./views";
import { describeFinishedMemory, FINISHED_MEMORY_TARGET_RATIO, runFinishedMemoryBench, type FinishedMemoryBench } from "./finishedMemory";
import { capacityTable, runCapacityBench, type CapacityBench } from "./capacity";
import type { ServerKind } from "./serverProcess";
import { round } from "./stats";
import type { LoadOptions } from "./clients";

const QUICK = process.env.BENCH_QUICK === "1";
const PLAYERS = [300, 1000];
/** The capacity curve (issue 17): players from 1,000 to 6,000, journal on; QUICK a short smoke curve; BENCH_CAPACITY_PLAYERS=2000,4000 others. */
const CAPACITY_PLAYERS = process.env.BENCH_CAPACITY_PLAYERS?.split(",").map(Number).filter((n) => n > 0) ?? (QUICK ? [500, 1000, 2000] : [1000, 2000, 3000, 4000, 5000, 6000]);
const CLUSTER_PLAYERS = QUICK ? [100, 300] : [500, 1000];
const LOAD: LoadOptions = QUICK ? { periodMs: 1000, warmupMs: 1000, durationMs: 3000 } : { periodMs: 1000, warmupMs: 3000, durationMs: 15_000 };
const HEADLESS_MS = QUICK ? 1000 : 5000;
const FINISHED_GAMES = QUICK ? 1000 : 10_000;
const TARGET_RATIO = 1.5;
const TARGET_GAMES_PER_SECOND = 100_000;
const ONLY = process.env.BENCH_ONLY?.split(",").map((p) => p.trim()).filter(Boolean);
const runs = (phase: string) => !ONLY?.length || ONLY.includes(phase);

const log = (line: string) => console.log(line);

type Headless = { engine: string; simulate: ThroughputResult; reducer: ThroughputResult; consensus: ThroughputResult };

async function measure(kind: ServerKind, players: number): Promise<RunFigures> {
  return measureLoad(kind, players, LOAD);
}

function describe(kind: string, r: RunFigures): string {
  const c = r.client;
  const outcomes = Object.entries(c.outcomes).map(([k, v]) => `${k} ${v}`).join(", ");
  return (
    `  ${kind.padEnd(4)} N=${r.players}: rtt p50 ${c.rtt.p50.toFixed(2)} ms, p90 ${c.rtt.p90.toFixed(2)}, p99 ${c.rtt.p99.toFixed(2)}, max ${c.rtt.max.toFixed(1)} ` +
    `(${c.acked}/${c.sent} acked; ${outcomes}) | client timer lag p99 ${c.sendLag.p99.toFixed(2)} ms | ` +
    `server: ELD p99 ${r.server.eldP99} ms, max ${r.server.eldMax} ms, cpu ${(r.server.cpuShare * 100).toFixed(0)}%, rss ${r.server.rssMb} MB, ${JSON.stringify(r.server.facts)}`
  );
}

async function main() {
  const mode = process.env.BENCH_INPROCESS === "1" ? "in-process" : "server in a child process";
  log(`Bivalent bench: node ${process.version}, ${cpus().length} cores, ${QUICK ? "QUICK" : "full"} run, ${mode}`);
  if (runs("roundtrip")) log(`Load: each client 1 ack-ed request / ${LOAD.periodMs} ms, staggered; ${LOAD.warmupMs / 1000} s warm-up + ${LOAD.durationMs / 1000} s measured`);

  const roundTrips = [];
  for (const players of runs("roundtrip") ? PLAYERS : []) {
    log(`\n[round trip] ${players} players`);
    const echo = await measure("echo", players);
    log(describe("echo", echo));
    const ours = await measure("ours", players);
    log(describe("ours", ours));
    // The same with the live-game journal on (SQLite): every ack waits for its input's write.
    const journaled = await measure("journaled", players);
    log(describe("jrnl", journaled));
    const accepted = ours.client.outcomes.accepted ?? 0;
    roundTrips.push({
      players,
      echo,
      ours,
      journaled,
      ratioP50: round(ours.client.rtt.p50 / echo.client.rtt.p50, 2),
      ratioP99: round(ours.client.rtt.p99 / echo.client.rtt.p99, 2),
      journaledRatioP50: round(journaled.client.rtt.p50 / echo.client.rtt.p50, 2),
      journaledRatioP99: round(journaled.client.rtt.p99 / echo.client.rtt.p99, 2),
      acceptedShare: round(accepted / Math.max(1, ours.client.acked), 3),
    });
  }

  let capacity: CapacityBench | null = null;
  if (runs("capacity")) {
    log(`\n[capacity] bare echo vs ours journaled on SQLite, ${CAPACITY_PLAYERS.join(", ")} players, the round-trip load (issue 17)`);
    capacity = await runCapacityBench(CAPACITY_PLAYERS, LOAD, log);
  }

  let headless: Headless | null = null;
  if (runs("headless")) {
    const { module, engine } = await loadHeadless();
    const { benchSimulate, benchReducer, benchConsensus } = module;
    log(`\n[headless] engine run from: ${engine}`);
    log(`[headless] simulate() with bots, ${HEADLESS_MS / 1000} s`);
    const simulated = benchSimulate(HEADLESS_MS);
    log(`  ${simulated.games} games, ${simulated.gamesPerSecond} games/s, ${simulated.ticksPerSecond} ticks/s, outcomes ${JSON.stringify(simulated.outcomes)}`);
    log(`[headless] raw reducer, fixed script, ${HEADLESS_MS / 1000} s`);
    const reducer = benchReducer(HEADLESS_MS);
    log(`  ${reducer.games} games, ${reducer.gamesPerSecond} games/s, ${reducer.ticksPerSecond} ticks/s, outcomes ${JSON.stringify(reducer.outcomes)}`);

    log(`[headless] consensus n = 5, ◇S, random adversary, ${HEADLESS_MS / 1000} s`);
    const consensusRuns = benchConsensus(HEADLESS_MS);
    log(`  ${consensusRuns.games} runs, ${consensusRuns.gamesPerSecond} runs/s, ${consensusRuns.ticksPerSecond} ticks/s, outcomes ${JSON.stringify(consensusRuns.outcomes)}`);
    headless = { engine, simulate: simulated, reducer, consensus: consensusRuns };
  }

  let views: ViewsRow[] | null = null;
  if (runs("views")) {
    log(`\n[views] full snapshots vs RFC 6902 patches per sent view, seeded games of every class preset, headless (issue 17)`);
    views = benchViews(QUICK);
    for (const line of viewsTable(views)) log(line);
  }

  let classroom: ClassroomBench | null = null;
  if (runs("classroom")) {
    log(`\n[classroom] one class session, bots as students, real sockets and SQLite (issue 5)`);
    classroom = await runClassroomBench();
    for (const line of describeClassroom(classroom)) log(line);
  }

  let flood: FloodBench | null = null;
  if (runs("flood")) {
    log(`\n[flood] ${QUICK ? "quick" : "15 s"} windows: well-behaved players quiet, then with 200 flooders from their address (issue 11)`);
    flood = await runFloodBench(LOAD);
    for (const line of describeFlood(flood)) log(line);
  }

  let flp: FlpValencyRow[] | null = null;
  if (runs("flp")) {
    log(`\n[flp] the valency oracle over the proof bot's games, n = 3 (issue 14)`);
    flp = benchFlpValency(QUICK);
    for (const line of flpValencyTable(flp)) log(line);
  }

  let benOr: BenOrRoundsBench[] | null = null;
  if (runs("benor")) {
    log(`\n[benor] Ben-Or against the splitter bot: rounds to the last live decision over seeded runs (issue 14)`);
    benOr = benchBenOrRounds(QUICK);
    for (const line of describeBenOrRounds(benOr)) log(line);
  }

  let cluster: ClusterBench | null = null;
  if (runs("cluster")) {
    log(`\n[cluster] one node against two, cluster mode on PostgreSQL + Redis, the round-trip move load (1 / ${LOAD.periodMs} ms per player, ${LOAD.warmupMs / 1000} s warm-up + ${LOAD.durationMs / 1000} s measured; issue 16); ${cpus().length} cores for everything`);
    cluster = await runClusterBench(CLUSTER_PLAYERS, LOAD, log);
    if ("skipped" in cluster) log(`  skipped: ${cluster.skipped}`);
    for (const line of describeClusterRatios(cluster)) log(line);
  }

  let finishedMemory: FinishedMemoryBench | null = null;
  if (runs("finishedmem")) {
    log(`\n[finishedmem] ${FINISHED_GAMES} short games played to their end over real sockets, SQLite, heap after a full GC (issue 20)`);
    finishedMemory = await runFinishedMemoryBench(FINISHED_GAMES);
    for (const line of describeFinishedMemory(finishedMemory)) log(line);
  }

  const leaderboard = runs("leaderboard") ? await benchLeaderboard() : null;

  printTable(roundTrips, headless);
  if (capacity) for (const line of ["", ...capacityTable(capacity)]) log(line);
  if (views) for (const line of ["", ...viewsTable(views)]) log(line);
  if (classroom) for (const line of ["", ...classroomTable(classroom)]) log(line);
  if (flood) for (const line of ["", ...floodTable(flood)]) log(line);
  if (flp) for (const line of ["", ...flpValencyTable(flp)]) log(line);
  if (benOr) for (const line of ["", ...benOrRoundsTable(benOr)]) log(line);
  if (cluster) for (const line of ["", ...clusterTable(cluster)]) log(line);
  if (leaderboard) printLeaderboardTable(leaderboard);

  const outDir = fileURLToPath(new URL("./out/", import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const file = `${outDir}latest.json`;
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        cores: cpus().length,
        quick: QUICK,
        mode,
        load: LOAD,
        targets: { ratioAt1000: TARGET_RATIO, headlessGamesPerSecond: TARGET_GAMES_PER_SECOND, classroom: CLASSROOM_TARGETS, finishedHeapRatio: FINISHED_MEMORY_TARGET_RATIO },
        roundTrips,
        capacity,
        headless,
        views,
        classroom,
        flood,
        flp,
        benOr,
        cluster,
        finishedMemory,
        leaderboard,
      },
      null,
      2,
    ) + "\n",
  );
  log(`\nFigures written to ${file}`);
}

function printTable(
  roundTrips: { players: number; echo: RunFigures; ours: RunFigures; journaled: RunFigures; ratioP50: number; ratioP99: number; journaledRatioP50: number; journaledRatioP99: number; acceptedShare: number }[],
  headless: Headless | null,
) {
  const f = (v: number) => v.toFixed(2);
  if (roundTrips.length) log("\n| Round trip (ms) | players | echo p50 | echo p99 | ours p50 | ours p99 | ratio p50 | ratio p99 | target ratio ≤ 1.5 @ 1,000 | ours accepted | server ELD p99 echo / ours (ms) |");
  if (roundTrips.length) log("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
  for (const r of roundTrips) {
    const target = r.players === 1000 ? (Math.max(r.ratioP50, r.ratioP99) <= TARGET_RATIO ? "met" : "NOT met") : "(n/a)";
    log(
      `| game:move vs echo | ${r.players} | ${f(r.echo.client.rtt.p50)} | ${f(r.echo.client.rtt.p99)} | ${f(r.ours.client.rtt.p50)} | ${f(r.ours.client.rtt.p99)} | ` +
        `${r.ratioP50} | ${r.ratioP99} | ${target} | ${(r.acceptedShare * 100).toFixed(1)}% | ${r.echo.server.eldP99} / ${r.ours.server.eldP99} |`,
    );
  }
  if (roundTrips.length) {
    log("\n| Journal's cost (ms) | players | ours p50 | ours p99 | journaled p50 | journaled p99 | journaled ratio to echo p50 | p99 | server ELD p99 (ms) |");
    log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of roundTrips) {
      log(
        `| game:move, journal on (SQLite) | ${r.players} | ${f(r.ours.client.rtt.p50)} | ${f(r.ours.client.rtt.p99)} | ${f(r.journaled.client.rtt.p50)} | ${f(r.journaled.client.rtt.p99)} | ` +
          `${r.journaledRatioP50} | ${r.journaledRatioP99} | ${r.journaled.server.eldP99} |`,
      );
    }
  }
  if (!headless) return;
  const { simulate: simulated, reducer, consensus: consensusRuns } = headless;
  log(`\n| Headless engine (1 core, ${headless.engine}) | games/s | ticks/s | target ≥ 100,000 games/s |`);
  log("|---|---:|---:|---|");
  for (const [name, r] of [["simulate() with bots", simulated], ["raw reducer, fixed script", reducer]] as const) {
    log(`| ${name} | ${r.gamesPerSecond.toLocaleString("en")} | ${r.ticksPerSecond.toLocaleString("en")} | ${r.gamesPerSecond >= TARGET_GAMES_PER_SECOND ? "met" : "NOT met"} |`);
  }
  log("\n| Consensus (1 core) | runs/s | ticks/s | target ≥ 10,000 runs/s |");
  log("|---|---:|---:|---|");
  log(`| n = 5, ◇S, simulate() with bots and a random adversary | ${consensusRuns.gamesPerSecond.toLocaleString("en")} | ${consensusRuns.ticksPerSecond.toLocaleString("en")} | ${consensusRuns.gamesPerSecond >= 10_000 ? "met" : "NOT met"} |`);
}

await main();
