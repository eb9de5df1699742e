/**
 * kill -9 in the middle of many games: the next server brings every one of them back from the
 * journal, each seat resumes with the token it was given, the game waits for its player, then
 * plays on; every acknowledged move is in the stored trace exactly once, and the trace replays.
 * On SQLite always; on PostgreSQL too when a server is there (eachProvider.testing.ts).
 */
import { afterEach, describe, expect, it } from "vitest";
import { verifyTrace, type StoredGame } from "../engine/verify";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { getPrisma } from "../storage/db";
import { testProviders } from "../storage/eachProvider.testing";
import { eventually, isFinished, type Packet } from "../testing/harness";
import { ProcessKit } from "../testing/processKit";
import { createEach, longGame } from "../testing/quickGame";
import { sized } from "../testing/tier";

const GAMES = sized(50, 12);
const MOVES_BEFORE = 2;

const kit = new ProcessKit();
afterEach(() => kit.cleanup());
// Every player connects from 127.0.0.1: as through a school's NAT, one address creates every game.
const startProcess = () => kit.start({ CREATES_PER_MINUTE: "1000" });
const client = (url: string, name: string) => kit.client(url, name);

const snapshotOf = (gameId: string) => (p: Packet) => p.event === "game:snapshot" && (p.data as GameSnapshot).gameId === gameId;
const send = (grant: SeatGrant) => ({ gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "send", kind: "plan" } });

describe.each([
  { signal: "SIGKILL" as const, games: GAMES, provider: "sqlite" as const },
  { signal: "SIGTERM" as const, games: sized(10, 4), provider: "sqlite" as const },
  // The same story on PostgreSQL, smaller: the journal and the stored games through the other provider.
  ...testProviders.filter((p) => p === "postgresql").map((provider) => ({ signal: "SIGKILL" as const, games: sized(6, 3), provider })),
])("$signal during live games [$provider]", ({ signal, games, provider }) => {
  it(`brings back ${games} games with their seats, loses no acknowledged move and doubles none`, async () => {
    const db = await kit.database(provider);
    const first = await startProcess();
    // One player per game, each on their own socket (as many phones would be).
    const players = Array.from({ length: games }, (_, i) => client(first.url, `P${i}`));
    await Promise.all(players.map((p) => p.connected()));
    // 20 s of game time (the most dawnTick allows): on a loaded machine, creating and moving in 50 games one after another
    // took long enough that the first games reached dawn (and were stored) before the kill.
    const grants = await createEach(players, (p) => longGame(p, 200));
    // One messenger per tick: a round of moves, then the next tick, then another.
    const refused: unknown[] = [];
    for (let m = 0; m < MOVES_BEFORE; m++) {
      for (const [i, grant] of grants.entries()) {
        const ack = await players[i].request("game:move", send(grant));
        if (!ack.ok) refused.push(ack.error);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(refused).toEqual([]);

    const stopping = Date.now();
    first.child.kill(signal);
    const code = await first.exited;
    // SIGTERM drains: every client told, the journal written, out within 10 s.
    if (signal === "SIGTERM") {
      expect(code).toBe(0);
      expect(Date.now() - stopping).toBeLessThan(10_000);
      expect(players.every((p) => p.packets.some((x) => x.event === "server:restarting"))).toBe(true);
    }

    // Seat tokens are stored as hashes only.
    const rows = await getPrisma(db.url).liveGame.findMany({ where: { id: { in: grants.map((g) => g.gameId) } } });
    expect(rows).toHaveLength(games);
    for (const grant of grants) expect(rows.some((r) => r.seats.includes(grant.seatToken))).toBe(false);

    const second = await startProcess();
    const backs = players.map((p, i) => client(second.url, `P${i}`));
    await Promise.all(backs.map((b) => b.connected()));
    expect(await backs[0].request("game:resume", { gameId: grants[0].gameId, seatToken: "x".repeat(grants[0].seatToken.length) })).toMatchObject({ ok: false, error: { code: "BAD_TOKEN" } });
    for (const [i, grant] of grants.entries()) {
      const resumed = await backs[i].request<SeatGrant>("game:resume", { gameId: grant.gameId, seatToken: grant.seatToken });
      expect(resumed).toMatchObject({ ok: true, gameId: grant.gameId, seat: "A", seatToken: grant.seatToken });
      // The first view after the restart: paused, held for its player, with the moves made before.
      const first = (await backs[i].waitFor(snapshotOf(grant.gameId))).data as GameSnapshot;
      expect(first.status).toBe("paused");
      expect(first.held?.standInsAt).toBeGreaterThan(0);
    }
    // Every seat is back: each game goes on and, from its next tick (one messenger per tick), takes
    // moves again. Waited for by the view, not a sleep: on a loaded machine a tick may come late.
    const maySend = (p: Packet) => (p.data as GameSnapshot).status === "running" && (p.data as { view: { can?: { sendPlan?: boolean } } | null }).view?.can?.sendPlan === true;
    for (const [i, grant] of grants.entries()) await backs[i].waitFor((p) => snapshotOf(grant.gameId)(p) && maySend(p));
    for (const [i, grant] of grants.entries()) {
      expect(await backs[i].request("game:move", send(grant))).toMatchObject({ ok: true });
    }
    for (const [i, grant] of grants.entries()) await backs[i].waitFor((p) => snapshotOf(grant.gameId)(p) && isFinished(p), 45_000);

    for (const grant of grants) {
      const trace = await eventually(async () => {
        const res = await fetch(`${second.url}/api/games/${grant.gameId}/trace`);
        return res.status === 200 ? ((await res.json()) as StoredGame) : null;
      }, 15_000);
      expect(verifyTrace(trace)).toMatchObject({ ok: true });
      const sent = trace.inputs.filter((a) => a.type === "send" && (a as { seat?: string }).seat === "A");
      expect(sent).toHaveLength(MOVES_BEFORE + 1);
    }
    // Stored games leave the journal.
    await eventually(async () => ((await getPrisma(db.url).liveGame.count({ where: { id: { in: grants.map((g) => g.gameId) } } })) === 0 ? true : null), 15_000);
    second.child.kill("SIGTERM");
    await second.exited;
  }, 180_000);
});
