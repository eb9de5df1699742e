/**
 * A GameStore kept in memory, so the round-trip benchmark measures the socket and room
 * pipeline, not SQLite. Same contract as the Prisma store: players by device, idempotent saves.
 */
import { randomUUID } from "node:crypto";
import type { FinishedGame, GameStore, Trace } from "../server/storage/types";

export class MemoryGameStore implements GameStore {
  private readonly players = new Map<string, { id: string; nickname: string }>();
  private readonly games = new Map<string, FinishedGame>();

  async ensurePlayer(deviceToken: string, nickname: string) {
    let player = this.players.get(deviceToken);
    if (!player) {
      player = { id: randomUUID(), nickname };
      this.players.set(deviceToken, player);
    }
    player.nickname = nickname;
    return { ...player };
  }

  async saveFinishedGame(game: FinishedGame): Promise<"created" | "exists"> {
    if (this.games.has(game.id)) return "exists";
    this.games.set(game.id, game);
    return "created";
  }

  async getTrace(gameId: string): Promise<Trace | null> {
    return this.games.get(gameId)?.trace ?? null;
  }

  async close(): Promise<void> {
    this.players.clear();
    this.games.clear();
  }
}
