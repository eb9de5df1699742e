/**
 * Restart: a finished game's record and trace are still served after the server process
 * is stopped (SIGTERM, which must shut down cleanly) and a new one starts on the same file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterAll, describe, expect, it } from "vitest";
import type { SeatGrant } from "../protocol/events";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import { eventually, isFinished, TestClient } from "../testing/harness";

let db: TestDatabase;
const children: ChildProcess[] = [];

afterAll(async () => {
  children.forEach((c) => c.exitCode === null && c.kill("SIGKILL"));
  await db?.cleanup();
});

/** Start `server/index.ts` as its own process (no UI) and wait for its port. */
async function startProcess(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", BIVALENT_UI: "off", DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
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
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

describe("restart", () => {
  it("serves a finished game's trace from a new server process", async () => {
    db = await createTestDatabase();
    const first = await startProcess(db.url);
    const player = new TestClient(first.url, "Persistent");
    await player.connected();
    const grant = await player.request<SeatGrant>("game:create", {
      scenario: "generals",
      params: { captureProbability: 0.3, dawnTick: 8 },
      seat: "A",
      others: { B: { kind: "bot", strategy: "acknowledged" } },
      tickMs: 10,
      player: player.player,
    });
    if (!grant.ok) throw new Error(grant.error.code);
    await player.request("game:move", { gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "send", kind: "plan" } });
    await player.waitFor(isFinished);
    player.close();
    const before = await eventually(async () => {
      const res = await fetch(`${first.url}/api/games/${grant.gameId}/trace`);
      return res.status === 200 ? res.text() : null;
    });

    first.child.kill("SIGTERM");
    const [code] = await once(first.child, "exit");
    expect(code).toBe(0);

    const second = await startProcess(db.url);
    const res = await fetch(`${second.url}/api/games/${grant.gameId}/trace`);
    expect(res.status).toBe(200);
    const after = await res.text();
    expect(after).toBe(before);
    expect(JSON.parse(after)).toMatchObject({ gameId: grant.gameId, scenario: "generals", seats: [{ seat: "A", kind: "human", name: "Persistent" }, { seat: "B", kind: "bot" }] });
    second.child.kill("SIGTERM");
    await once(second.child, "exit");
  }, 90_000);
});
