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
