/**
 * The leaderboard at a million games: builds a 1,000,000-game SQLite file once (bench/out/, kept
 * while the seed and the migrations are unchanged), then times leaderboardData, exactly what the
 * page runs, for a few tabs and pages, each query alone, the query plans, and if a production
 * build exists, real GETs of /leaderboard through the Next.js server. Alone:
 * `node --import tsx bench/leaderboard.ts` (BENCH_LB_GAMES=100000 for a smaller file).
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../server/generated/prisma/client";
import { isoWeek, isoWeekRange } from "../server/storage/isoWeek";
import { playerCount, topPlayers } from "../server/storage/leaderboard";
import { leaderboardData, type LeaderboardQuery } from "../server/storage/leaderboardPage";
import { cachedOutcomeCounts, forgetOutcomeCounts, outcomeCounts } from "../server/storage/outcomeCounts";
import { recentGames } from "../server/storage/recentGames";
import { sessionLeaderboard } from "../server/storage/sessionLeaderboard";
import { seedSyntheticGames, sessionIdOf, type SyntheticOptions } from "../server/storage/syntheticGames";
import { createTestDatabase } from "../server/storage/testDatabase";
import { round, summarize } from "./stats";

/** Bump when syntheticGames changes what it writes, so an old file is rebuilt. */
const SEED_VERSION = 1;
const QUICK = process.env.BENCH_QUICK === "1";
const GAMES = Number(process.env.BENCH_LB_GAMES ?? (QUICK ? 100_000 : 1_000_000));
const REQUESTS = Number(process.env.BENCH_LB_REQUESTS ?? (QUICK ? 50 : 200));
export const LEADERBOARD_TARGET_P95_MS = 50;

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = fileURLToPath(new URL("./out/", import.meta.url));
const log = (line: string) => console.log(line);

export interface Timing {
  name: string;
  /** Wall time, ms. */
  p50: number;
  p95: number;
  max: number;
  /** CPU time of this process, ms (absent for HTTP: the server is another process). */
  cpuP50?: number;
  cpuP95?: number;
}

export interface LeaderboardBench {
  games: number;
  dbMb: number;
  seedSeconds: number | null;
  coldPageMs: number;
  coldOutcomeCountsMs: number;
  pages: Timing[];
  queries: Timing[];
  http: Timing[] | null;
  plans: { sql: string; plan: string[] }[];
}

/** The seeded file, built now or reused; null seed time when reused. */
async function seededDatabase(): Promise<{ file: string; seedSeconds: number | null }> {
  mkdirSync(outDir, { recursive: true });
  const file = `${outDir}leaderboard-${GAMES}.db`;
  const metaFile = `${file}.json`;
  // The end is pinned to the week the file was built in, so "this week" has games when reused.
  const migrations = readFileSync(`${root}prisma/migrations/migration_lock.toml`, "utf8") + JSON.stringify(dirList(`${root}prisma/migrations`));
  if (existsSync(file) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, "utf8"));
    if (meta.version === SEED_VERSION && meta.migrations === migrations && isoWeek(new Date(meta.options.end)) === isoWeek(new Date())) {
      return { file, seedSeconds: null };
    }
  }
  rmSync(file, { force: true });
  const options: SyntheticOptions = { games: GAMES, players: Math.max(1000, GAMES / 50), end: new Date(), days: 365, seed: 7, sessions: 50, traceBytes: 1000 };
  const template = await createTestDatabase();
  copyFileSync(template.file, file);
  await template.cleanup();
  const t0 = performance.now();
  const seeded = seedSyntheticGames(file, options);
  const seedSeconds = round((performance.now() - t0) / 1000, 1);
  writeFileSync(metaFile, JSON.stringify({ version: SEED_VERSION, migrations, options, seeded, seedSeconds }, null, 2));
  log(`  seeded ${seeded.games.toLocaleString("en")} games, ${seeded.seats.toLocaleString("en")} seats, ${seeded.playerStats.toLocaleString("en")} PlayerStat rows in ${seedSeconds} s`);
  return { file, seedSeconds };
}

/** Names and sizes identify the committed migrations well enough for a benchmark cache. */
function dirList(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((n) => `${n}:${statSync(`${dir}/${n}`).size}`);
}

/**
 * Wall time per call, and the CPU time this process spent in it: queries run synchronously on
 * this thread (better-sqlite3), so CPU time is the server's own work, while wall time also holds
 * waiting for a core on a busy machine.
 */
async function timeIt(name: string, runs: number, run: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 5; i++) await run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)];
  return {
    name,
    p50: round(summarize(wall).p50),
    p95: round(p95(wall)),
    max: round(summarize(wall).max),
    cpuP50: round(summarize(cpu).p50),
    cpuP95: round(p95(cpu)),
  };
}

export async function benchLeaderboard(): Promise<LeaderboardBench> {
  log(`\n[leaderboard] ${GAMES.toLocaleString("en")} recorded games, ${REQUESTS} requests per case`);
  const { file, seedSeconds } = await seededDatabase();
  if (seedSeconds === null) log(`  reusing ${file}`);
  const dbMb = round(statSync(file).size / 2 ** 20, 0);
  const url = `file:${file}`;
  const queries: { query: string; params: string }[] = [];
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }), log: [{ emit: "event", level: "query" }] });
  db.$on("query", (e) => queries.push({ query: e.query, params: e.params }));

  // The first page of a process does not wait for the all-time outcome counts (it shows no bar);
  // that first count reads every game row of the scenario, in the background.
  const t0 = performance.now();
  const first = await leaderboardData(db, { scenario: "generals", period: "all", order: "score", page: 1 });
  const coldPageMs = round(performance.now() - t0, 1);
  await cachedOutcomeCounts(db, "generals", {});
  const coldOutcomeCountsMs = round(performance.now() - t0, 1);
  log(`  first page of a fresh process: ${coldPageMs} ms (outcome bar ${first.outcomes ? "shown" : "left out"}); the all-time outcome counts it started took ${coldOutcomeCountsMs} ms`);
  for (const s of ["lovers", "consensus"]) await cachedOutcomeCounts(db, s, {});

  const middleGame = `g${String(Math.floor(GAMES / 2)).padStart(8, "0")}`;
  const cases: [string, LeaderboardQuery][] = [
    ["generals, all time, score, page 1", { scenario: "generals", period: "all", order: "score", page: 1 }],
    ["generals, all time, win rate, page 1", { scenario: "generals", period: "all", order: "winRate", page: 1 }],
    ["lovers, this week, score, page 1", { scenario: "lovers", period: "week", order: "score", page: 1 }],
    ["consensus, all time, score, page 250", { scenario: "consensus", period: "all", order: "score", page: 250 }],
    ["consensus, all time, win rate, page 100", { scenario: "consensus", period: "all", order: "winRate", page: 100 }],
    ["generals, recent games from the middle", { scenario: "generals", period: "all", order: "score", page: 1, before: middleGame }],
  ];
  const pages: Timing[] = [];
  for (const [name, query] of cases) {
    const t = await timeIt(name, REQUESTS, () => leaderboardData(db, query));
    pages.push(t);
    log(`  page data  ${name.padEnd(42)} p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms, max ${t.max.toFixed(1)} ms | cpu p50 ${t.cpuP50} ms, p95 ${t.cpuP95} ms`);
  }

  const week = isoWeek(new Date());
  const session = sessionIdOf(3);
  const single: [string, () => Promise<unknown>][] = [
    ["topPlayers score, all, page 1", () => topPlayers(db, { scenario: "generals", orderBy: "score", pageSize: 20 })],
    ["topPlayers winRate ≥3 games, all, page 1", () => topPlayers(db, { scenario: "generals", orderBy: "winRate", minGames: 3, pageSize: 20 })],
    ["topPlayers score, all, page 500", () => topPlayers(db, { scenario: "generals", orderBy: "score", pageSize: 20, page: 500 })],
    ["topPlayers score, this week", () => topPlayers(db, { scenario: "generals", period: week, orderBy: "score", pageSize: 20 })],
    ["recentGames latest 15", () => recentGames(db, { scenario: "generals", limit: 15 })],
    ["recentGames 15 before a middle game", () => recentGames(db, { scenario: "generals", limit: 15, before: middleGame })],
    ["playerCount all", () => playerCount(db, "generals")],
    ["cachedOutcomeCounts all (warm)", () => cachedOutcomeCounts(db, "generals", {})],
    ["outcomeCounts this week (uncached)", () => outcomeCounts(db, "generals", isoWeekRange(new Date()))],
    ["sessionLeaderboard page 1", () => sessionLeaderboard(db, session, { pageSize: 20 })],
  ];
  const queryTimes: Timing[] = [];
  for (const [name, run] of single) {
    const t = await timeIt(name, REQUESTS, run);
    queryTimes.push(t);
    log(`  query      ${name.padEnd(42)} p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms, max ${t.max.toFixed(1)} ms | cpu p50 ${t.cpuP50} ms, p95 ${t.cpuP95} ms`);
  }

  // Plans of the distinct statements the page ran (Prisma's own SQL, replayed with EXPLAIN).
  const plans = explainAll(file, queries);
  log("  query plans (EXPLAIN QUERY PLAN of each distinct statement above):");
  for (const p of plans) log(`    ${p.sql.slice(0, 150)}…\n      ${p.plan.join("\n      ")}`);
  forgetOutcomeCounts(db);
  await db.$disconnect();

  const http = existsSync(`${root}.next/BUILD_ID`) && process.env.BENCH_LB_HTTP !== "0" ? await benchHttp(url).catch(httpFailed) : null;
  if (!http) log("  HTTP: skipped (no production build; run `npx next build` first)");
  return { games: GAMES, dbMb, seedSeconds, coldPageMs, coldOutcomeCountsMs, pages, queries: queryTimes, http, plans };
}

function httpFailed(error: Error): null {
  log(`  HTTP: failed (${error.message}); is the production build current? (npx next build)`);
  return null;
}

function explainAll(file: string, queries: { query: string; params: string }[]) {
  const raw = new Database(file, { readonly: true });
  const seen = new Map<string, { sql: string; plan: string[] }>();
  for (const q of queries) {
    const sql = q.query.replace(/\s+/g, " ");
    if (seen.has(sql) || !/^SELECT/i.test(sql)) continue;
    let params: unknown[] = [];
    try {
      params = (JSON.parse(q.params) as unknown[]).map((p) => (typeof p === "boolean" ? Number(p) : p));
    } catch {
      continue;
    }
    try {
      const plan = raw.prepare(`EXPLAIN QUERY PLAN ${q.query}`).all(...(params as never[])) as { detail: string }[];
      seen.set(sql, { sql, plan: plan.map((p) => p.detail) });
    } catch (error) {
      seen.set(sql, { sql, plan: [`(could not explain: ${(error as Error).message})`] });
    }
  }
  raw.close();
  return [...seen.values()];
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** GET /leaderboard through the real production server: page data plus React rendering. */
async function benchHttp(databaseUrl: string): Promise<Timing[]> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: databaseUrl, NODE_ENV: "production", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (i > 300) throw new Error("the server did not start");
      await new Promise((r) => setTimeout(r, 100));
    }
    const paths = ["/leaderboard?scenario=generals", "/leaderboard?scenario=lovers&period=week", "/leaderboard?scenario=consensus&order=winRate&page=100"];
    const out: Timing[] = [];
    for (const path of paths) {
      const t = await timeIt(`GET ${path}`, REQUESTS, async () => {
        const res = await fetch(base + path);
        if (!res.ok) throw new Error(`${path}: ${res.status}`);
        await res.text();
      });
      out.push(t);
      log(`  HTTP       ${t.name.padEnd(58)} p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms, max ${t.max.toFixed(1)} ms`);
    }
    return out;
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

export function printLeaderboardTable(r: LeaderboardBench): void {
  const target = (t: Timing) => (t.p95 < LEADERBOARD_TARGET_P95_MS ? "met" : "NOT met");
  log(`\n| Leaderboard at ${r.games.toLocaleString("en")} games (${r.dbMb} MB; seed ${r.seedSeconds === null ? "reused" : `${r.seedSeconds} s`}) | p50 (ms) | p95 (ms) | max (ms) | cpu p50 / p95 (ms) | target p95 < ${LEADERBOARD_TARGET_P95_MS} ms |`);
  log("|---|---:|---:|---:|---:|---|");
  for (const t of r.pages) log(`| page data: ${t.name} | ${t.p50.toFixed(2)} | ${t.p95.toFixed(2)} | ${t.max.toFixed(1)} | ${t.cpuP50} / ${t.cpuP95} | ${target(t)} |`);
  for (const t of r.http ?? []) log(`| HTTP ${t.name} | ${t.p50.toFixed(2)} | ${t.p95.toFixed(2)} | ${t.max.toFixed(1)} | | ${target(t)} |`);
  log(`| first page of a fresh process (no outcome bar yet) | ${r.coldPageMs} | | | | (once) |`);
  log(`| its all-time outcome count, in the background | ${r.coldOutcomeCountsMs} | | | | (once) |`);
  log(`(load average when done: ${loadavg().map((l) => l.toFixed(1)).join(", ")} on ${cpus().length} cores: wall times include waiting for a core)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchLeaderboard();
  printLeaderboardTable(result);
  writeFileSync(`${outDir}leaderboard.json`, JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2) + "\n");
}
