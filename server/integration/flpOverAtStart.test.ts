/**
 * A game its bots end before its human seat has done anything: an FLP scheduler bot on a
 * univalent start leaves bivalence with its first step, at tick 0. The seat that created it must
 * still be told the whole story: a grant, the finished game with its outcome, then "saved".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { isFinished, startTestServer, TestClient, type TestServer } from "../testing/harness";
import { savedSnapshotOf } from "../testing/quickGame";

let t: TestServer;
let c: TestClient;
beforeAll(async () => {
  t = await startTestServer();
  c = new TestClient(t.server.url, "Watcher");
  await c.connected();
});
afterAll(async () => {
  c.close();
  await t.stop();
  await t.db.cleanup();
});

describe("a game over at tick 0", () => {
  it("gives its human seat the grant, the finished game and then the saved mark", async () => {
    const payload = {
      scenario: "flp",
      params: { mode: "scheduler", protocol: "majority-lock", inputs: [0, 0, 0], target: 30 },
      seat: "p1",
      others: { adversary: { kind: "bot", strategy: "proof" }, p2: { kind: "bot", strategy: "protocol" }, p3: { kind: "bot", strategy: "protocol" } },
      tickMs: 1000,
      player: c.player,
    };
    // The first FLP game of a process builds the protocol's valency graph (seconds on a loaded machine).
    const grant = await c.request<SeatGrant>("game:create", payload, 30_000);
    expect(grant.ok).toBe(true);
    if (!grant.ok) return;
    const finished = (await c.waitFor((p) => isFinished(p) && (p.data as GameSnapshot).gameId === grant.gameId)).data as GameSnapshot;
    expect(finished.status).toBe("finished");
    const view = finished.view as { phase: string; outcome: string | null; tick: number };
    expect(view).toMatchObject({ phase: "finished", tick: 0 });
    expect(view.outcome).toBeTruthy();
    await c.waitFor(savedSnapshotOf(grant.gameId));
    // A late resume gets the same end.
    const again = await c.request<SeatGrant>("game:resume", { gameId: grant.gameId, seatToken: grant.seatToken });
    expect(again.ok).toBe(true);
  });
});
