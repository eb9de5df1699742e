/**
 * One short Two Generals game against a bot, played to its end over a test client: the unit of
 * work of the storage-fault and shutdown tests, where what matters is that games finish.
 */
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { isFinished, type Packet, type TestClient } from "./harness";

/** A `game:create` payload for a three-tick game with nothing lost. */
export const quickGame = (c: TestClient) => ({
  scenario: "generals",
  params: { captureProbability: 0, crossingTicks: 1, dawnTick: 3 },
  seat: "A",
  others: { B: { kind: "bot", strategy: "bold" } },
  tickMs: 10,
  player: c.player,
});

/**
 * A `game:create` payload for a game long enough to be mid-game when a server is killed (one
 * messenger per 100 ms tick), short enough to finish soon after.
 */
export const longGame = (c: TestClient, dawnTick = 100) => ({
  scenario: "generals",
  params: { captureProbability: 0.3, dawnTick },
  seat: "A",
  others: { B: { kind: "bot", strategy: "acknowledged" } },
  tickMs: 100,
  player: c.player,
});

/** One game per client (each its own socket, as many phones would be), created in turn. */
export async function createEach(clients: TestClient[], payload: (c: TestClient) => object): Promise<SeatGrant[]> {
  const grants: SeatGrant[] = [];
  for (const c of clients) {
    const grant = await c.request<SeatGrant>("game:create", payload(c));
    if (!grant.ok) throw new Error(`game:create refused: ${grant.error.code}`);
    grants.push(grant);
  }
  return grants;
}

/** Plays one quick game to its end; returns its id and the first finished snapshot. */
export async function playToEnd(c: TestClient): Promise<{ gameId: string; end: GameSnapshot }> {
  const grant = await c.request<SeatGrant>("game:create", quickGame(c));
  if (!grant.ok) throw new Error(`game:create refused: ${grant.error.code}`);
  const end = await c.waitFor((p) => isFinished(p) && (p.data as GameSnapshot).gameId === grant.gameId);
  return { gameId: grant.gameId, end: end.data as GameSnapshot };
}

/** The snapshot that says a game's result is in the database. */
export const savedSnapshotOf = (gameId: string) => (p: Packet) =>
  p.event === "game:snapshot" && (p.data as GameSnapshot).gameId === gameId && (p.data as GameSnapshot).saved === true;
