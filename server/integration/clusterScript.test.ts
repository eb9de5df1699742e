/**
 * `npm run cluster` (scripts/cluster.ts, issue 16) as real processes: two nodes behind the sticky
 * proxy. Requests without the cookie reach both nodes in turn (X-Bivalent-Node); a socket.io
 * polling client that keeps the proxy's cookie stays on one node for its whole session, and one
 * that drops it is sent to the other node, which does not know its sid. Ctrl-C stops it all.
 * Needs PostgreSQL and redis-server (skipped without, unless REQUIRE_POSTGRES=1 / REQUIRE_REDIS=1).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import { testProviders } from "../storage/eachProvider.testing";
import { createTestDatabase, type ProviderTestDatabase } from "../storage/testDatabase";
import { redisAvailable, startRedis, type TestRedis } from "../testing/redisServer";

let cluster: ChildProcess | null = null;
let db: ProviderTestDatabase | null = null;
let redis: TestRedis | null = null;
afterEach(async () => {
  if (cluster?.exitCode === null) process.kill(-cluster.pid!, "SIGKILL");
  await redis?.kill();
  await db?.cleanup();
  cluster = db = redis = null;
});

/** Starts scripts/cluster.ts in its own process group (as a terminal would); answers the proxy's url. */
async function startCluster(): Promise<{ url: string; exited: Promise<number | null>; output: () => string }> {
  db = await createTestDatabase("postgresql");
  redis = await startRedis();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/cluster.ts"], {
    env: { ...process.env, DATABASE_URL: db.url, REDIS_URL: redis.url, PORT: "0", HOST: "127.0.0.1", BIVALENT_UI: "off", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  cluster = child;
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`cluster did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /cluster is ready on (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => reject(new Error(`cluster exited with ${code}:\n${output}`)));
  });
  return { url, exited, output: () => output };
}

/** A polling-only socket.io client; `cookies`: keep the proxy's cookie (as a browser does). */
async function pollingRoundTrips(url: string, cookies: boolean, count: number): Promise<number> {
  const socket = connect(url, { transports: ["polling"], forceNew: true, reconnection: false, withCredentials: cookies });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("connect_error", reject);
    });
    let done = 0;
    for (let i = 0; i < count; i++) {
      // A malformed resume: a typed error back, a full request/answer over polling each time.
      const ack = await socket.timeout(3_000).emitWithAck("game:resume", {});
      if ((ack as { ok?: boolean }).ok === false) done++;
    }
    return done;
  } finally {
    socket.close();
  }
}

const ready = testProviders.includes("postgresql") && redisAvailable();

describe.skipIf(!ready)("npm run cluster [postgresql, redis]", () => {
  it("two nodes behind a sticky proxy: both serve, a polling session stays on one, Ctrl-C stops everything", async () => {
    const { url, exited, output } = await startCluster();

    const nodes = [];
    for (let i = 0; i < 4; i++) nodes.push((await fetch(`${url}/api/health`)).headers.get("x-bivalent-node"));
    expect(new Set(nodes)).toEqual(new Set(["a", "b"]));

    expect(await pollingRoundTrips(url, true, 5)).toBe(5);
    // Without the cookie the next poll goes to the other node: the session breaks.
    await expect(pollingRoundTrips(url, false, 5)).rejects.toThrow();

    process.kill(-cluster!.pid!, "SIGINT");
    expect(await exited).toBe(0);
    expect(output()).toContain("stopping the proxy, the nodes, Redis");
  }, 120_000);
});
