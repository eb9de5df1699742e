/**
 * A throwaway redis-server for tests: its own free port, no persistence, stopped by the test.
 * Absent (Debian's `redis-server` not installed): `startRedis` returns null and the tests that
 * need it are skipped, unless `REQUIRE_REDIS=1`, where they fail.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { freePort } from "./tcpProxy";

export interface TestRedis {
  url: string;
  port: number;
  /** Kill it (SIGKILL: Redis gone as in a crash); resolves once the process has exited. */
  kill(): Promise<void>;
  /** Start it again on the same port (after `kill`). */
  restart(): Promise<void>;
}

/** Whether redis-server runs here; with REQUIRE_REDIS=1, its absence is an error. */
export function redisAvailable(): boolean {
  const found = spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
  if (!found && process.env.REQUIRE_REDIS === "1") throw new Error("REQUIRE_REDIS=1 but redis-server is not installed (apt-get install -y redis-server)");
  return found;
}

export async function startRedis(): Promise<TestRedis> {
  // The free port may be taken by another test between the look and the bind: try another.
  let port = 0;
  let child: ChildProcess | null = null;
  for (let attempt = 1; !child; attempt++) {
    port = await freePort();
    child = await launch(port).catch((err: Error) => {
      if (attempt >= 3) throw err;
      return null;
    });
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async kill() {
      const running = child!;
      const exited = new Promise((r) => running.once("exit", r));
      running.kill("SIGKILL");
      await exited;
    },
    async restart() {
      child = await launch(port);
    },
  };
}

function launch(port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
  });
}
