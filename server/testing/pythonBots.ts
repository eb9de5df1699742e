/**
 * Running the Python example bots (examples/bots/python) from tests, with Debian's python3 and its
 * python-socketio. `missingPython` says why they cannot run (null when they can): the suites skip
 * then, unless REQUIRE_PYTHON_BOTS=1 (CI sets it), where importing this module fails instead.
 */
import { execFile, spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../storage/migrateDeploy";

export const PYTHON = "/usr/bin/python3";

const probe = spawnSync(PYTHON, ["-c", "import socketio"], { encoding: "utf8" });
export const missingPython =
  probe.status === 0 ? null : `${PYTHON} cannot import socketio (apt install python3-socketio python3-websocket): ${(probe.stderr ?? String(probe.error)).trim().split("\n").at(-1)}`;
if (missingPython && process.env.REQUIRE_PYTHON_BOTS === "1") throw new Error(`REQUIRE_PYTHON_BOTS=1 but ${missingPython}`);
if (missingPython) console.warn(`skipping the Python example bots: ${missingPython}`);

/** Runs an example program to its end; resolves with what it printed (it exits 0 only with a result); its warnings are logged. */
export function runPythonExample(file: string, env: Record<string, string>, timeoutMs = 60_000): Promise<string> {
  const script = join(projectRoot, "examples/bots/python", file);
  return new Promise((resolve, reject) =>
    execFile(PYTHON, [script], { env: { ...process.env, ...env }, encoding: "utf8", timeout: timeoutMs }, (err, stdout, stderr) =>
      err ? reject(new Error(`${file}: ${err.message}\n${stderr}`)) : (stderr && console.warn(`${file}: ${stderr}`), resolve(stdout)),
    ),
  );
}
