/**
 * Restart: a finished game's record and trace are still served after the server process
 * is stopped (SIGTERM, which must shut down cleanly) and a new one starts on the same file.
 */
import type { ChildProcess } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import type { SeatGrant } from "../protocol/events";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import { eventually, isFinished, TestClient } from "../testing/harness";
import { startServerProcess, type ServerProcess } from "../testing/serverProcess";

let db: TestDatabase;
const children: ChildProcess[] = [];

afterAll(async () => {
  children.forEach((c) => c.exitCode === null && c.kill("SIGKILL"));
  await db?.cleanup();
});

/** Start `server/index.ts` as its own process (no UI) and wait for its port. */
async function startProcess(databaseUrl: string): Promise<ServerProcess> {
  const started = await startServerProcess(databaseUrl, { env: { LOG_LEVEL: "silent" } });
  children.push(started.child);
  return started;
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
    expect(await first.exited).toBe(0);

    const second = await startProcess(db.url);
    const res = await fetch(`${second.url}/api/games/${grant.gameId}/trace`);
    expect(res.status).toBe(200);
    const after = await res.text();
    expect(after).toBe(before);
    expect(JSON.parse(after)).toMatchObject({ gameId: grant.gameId, scenario: "generals", seats: [{ seat: "A", kind: "human", name: "Persistent" }, { seat: "B", kind: "bot" }] });
    second.child.kill("SIGTERM");
    await second.exited;
  }, 90_000);
});
