/** The real server (`server/index.ts`) as a child process, for tests of signals and restarts. */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process printed so far (pino lines and console output). */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** Starts the server without UI on a free port and waits until it listens. */
export async function startServerProcess(databaseUrl: string, options: { env?: Record<string, string>; as?: Pick<SpawnOptions, "uid" | "gid"> } = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", BIVALENT_UI: "off", DATABASE_URL: databaseUrl, LOG_LEVEL: "info", COUNTDOWN_MS: "0", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    ...options.as,
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}
