/**
 * What the cluster phase needs besides the nodes: one PostgreSQL and one Redis, shared by them.
 * PostgreSQL is TEST_POSTGRES_URL's server when set, else a throwaway one from .ci/postgres.sh
 * (the same script CI and `npm run cluster` use), removed at the end. Either missing: a reason
 * to skip the phase, never an error that stops the bench.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../server/storage/migrateDeploy";
import { postgresAvailable, testPostgresUrl } from "../server/storage/testPostgres";
import { redisAvailable, startRedis } from "../server/testing/redisServer";

export interface ClusterServices {
  /** A role that may create databases (createPostgresTestDatabase). */
  postgresUrl: string;
  redisUrl: string;
  /** For the printout: which PostgreSQL and where it came from. */
  about: string;
  stop(): Promise<void>;
}

export type Skipped = { skipped: string };

const STARTS_WITHIN_MS = 60_000;

export async function startClusterServices(): Promise<ClusterServices | Skipped> {
  if (!redisAvailable()) return { skipped: "redis-server is not installed (apt-get install -y redis-server)" };
  const postgres = await startPostgres();
  if ("skipped" in postgres) return postgres;
  const redis = await startRedis().catch((err: Error) => ({ skipped: `redis-server did not start: ${err.message.split("\n")[0]}` }));
  if ("skipped" in redis) {
    await postgres.stop();
    return redis;
  }
  return {
    postgresUrl: postgres.url,
    redisUrl: redis.url,
    about: postgres.about,
    stop: async () => {
      await redis.kill();
      await postgres.stop();
    },
  };
}

type Postgres = { url: string; about: string; stop(): Promise<void> };

async function startPostgres(): Promise<Postgres | Skipped> {
  const given = testPostgresUrl();
  if (given) {
    if (!(await postgresAvailable())) return { skipped: "TEST_POSTGRES_URL is set but its PostgreSQL does not answer" };
    return { url: given, about: "PostgreSQL of TEST_POSTGRES_URL", stop: async () => undefined };
  }
  if (!existsSync("/usr/lib/postgresql")) return { skipped: "PostgreSQL is not installed (apt-get install -y postgresql) and TEST_POSTGRES_URL is not set" };
  // The script runs a command inside its cluster and removes the cluster when the command ends:
  // ours prints the URL and waits for its stdin to close (our stop, or this process dying).
  const child = spawn("bash", [join(projectRoot, ".ci/postgres.sh"), "bash", "-c", 'echo "TEST_POSTGRES_URL=$TEST_POSTGRES_URL"; read -r _ || true'], {
    cwd: projectRoot,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), STARTS_WITHIN_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /TEST_POSTGRES_URL=(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then(() => resolve(null));
  });
  const stop = () => stopWrapper(child, exited);
  if (!url) {
    await stop();
    return { skipped: `.ci/postgres.sh could not start PostgreSQL: ${output.trim().split("\n").slice(-3).join(" / ") || "no output"}` };
  }
  return { url, about: output.split("\n").find((l) => l.startsWith("PostgreSQL")) ?? "PostgreSQL (.ci/postgres.sh)", stop };
}

async function stopWrapper(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null) return;
  child.stdin?.end();
  const stuck = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(stuck);
}
