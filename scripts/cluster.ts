/**
 * `npm run cluster`: two Bivalent nodes (NODE_ID a and b) in cluster mode behind a sticky proxy,
 * for trying scale-out on one machine without Docker (README, "Running on several machines").
 * DATABASE_URL (PostgreSQL) and REDIS_URL are used when given; otherwise a throwaway PostgreSQL
 * (.ci/postgres.sh) and redis-server are started and removed at the end. PORT: the proxy's port
 * (3000). Ctrl-C (or SIGTERM) stops the proxy, the nodes (gracefully), Redis and PostgreSQL.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { migrateDeploy, projectRoot } from "../server/storage/migrateDeploy";
import { providerOf } from "../server/storage/provider";
import { startRedis } from "../server/testing/redisServer";
import { freePort } from "../server/testing/tcpProxy";
import { startStickyProxy, type Upstream } from "./cluster/stickyProxy";

const NODE_IDS = ["a", "b"];

// No database given: run again inside .ci/postgres.sh, which starts one and removes it after.
if (!process.env.DATABASE_URL && !process.env.TEST_POSTGRES_URL) {
  // Its own process group, so a signal here reaches it all once (the script, its nodes, PostgreSQL).
  const wrapped = spawn("bash", [join(projectRoot, ".ci/postgres.sh"), process.execPath, "--import", "tsx", ...process.argv.slice(1)], { stdio: "inherit", cwd: projectRoot, detached: true });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.kill(-wrapped.pid!, signal));
  const code = await new Promise<number | null>((resolve) => wrapped.once("exit", resolve));
  process.exit(code ?? 1);
}

const databaseUrl = process.env.DATABASE_URL || process.env.TEST_POSTGRES_URL!;
if (providerOf(databaseUrl) !== "postgresql") fail("cluster mode needs DATABASE_URL to be a postgresql:// url");
const ui = process.env.BIVALENT_UI !== "off";
if (ui && !existsSync(join(projectRoot, ".next/BUILD_ID"))) fail("the nodes serve the production build: run `npm run build` first (or BIVALENT_UI=off for the API and sockets only)");

const children: ChildProcess[] = [];
let stopRedis = async () => {};
let redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  const redis = await startRedis();
  redisUrl = redis.url;
  // Ctrl-C in a terminal reaches redis-server too; it may be gone already, so do not wait forever.
  stopRedis = () => Promise.race([redis.kill(), new Promise<void>((r) => setTimeout(r, 2_000))]);
  console.log(`cluster: redis-server on ${redis.url}`);
}

console.log("cluster: prisma migrate deploy (once, before the nodes start)");
migrateDeploy(databaseUrl);

const nodes: Upstream[] = [];
for (const id of NODE_IDS) {
  const port = await freePort();
  children.push(startNode(id, port));
  nodes.push({ id, port });
}
await Promise.all(nodes.map((n) => healthy(n.port))).catch(async (err: Error) => {
  children.forEach((c) => c.kill("SIGKILL"));
  await stopRedis();
  fail(err.message);
});
const proxyPort = Number(process.env.PORT ?? 3000);
const proxy = await startStickyProxy(nodes, proxyPort, process.env.HOST || "0.0.0.0");
const bound = (proxy.address() as { port: number }).port;
console.log(`cluster: nodes ${nodes.map((n) => `${n.id} on :${n.port}`).join(", ")}`);
console.log(`Bivalent cluster is ready on http://localhost:${bound}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(signal));

async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`cluster: ${signal}: stopping the proxy, the nodes, Redis`);
  proxy.close();
  proxy.closeAllConnections();
  await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : (c.once("exit", resolve), c.kill("SIGTERM"))))));
  await stopRedis();
  process.exit(0);
}

/** `server/index.ts` as node `id`, its output prefixed with its name. */
function startNode(id: string, port: number): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", CLUSTER: "1", TRUSTED_PROXIES: "1", NODE_ID: id, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = "";
    stream.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop()!;
      for (const line of lines) console.log(`[${id}] ${line}`);
    });
  }
  child.once("exit", (code, sig) => {
    if (!stopping) console.error(`cluster: node ${id} exited (${code ?? sig}); the other node adopts its games`);
  });
  return child;
}

/** Resolves once the node answers /api/health with 200 (30 s at most). */
async function healthy(port: number): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the node on :${port} did not become healthy within 30 s`);
}

function fail(message: string): never {
  console.error(`cluster: ${message}`);
  children.forEach((c) => c.kill("SIGKILL"));
  process.exit(1);
}
