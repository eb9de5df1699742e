/**
 * Stores that keep everything in memory, for socket tests whose subject is what the server
 * sends, not what it writes: thousands of games then cost no disk time.
 */
import { randomUUID } from "node:crypto";
import { hashSecret } from "../rooms/credentials";
import { newBotToken, type BotAccount, type BotStore, type BotSummary, type CreateBotResult } from "../storage/botStore";
import type { ClassStore } from "../storage/classStore";
import type { FinishedGame, GameStore, ResumableGame, Trace } from "../storage/types";

export class MemoryGameStore implements GameStore {
  private readonly players = new Map<string, { id: string; nickname: string }>();
  readonly games = new Map<string, FinishedGame>();

  async ensurePlayer(deviceToken: string, nickname: string): Promise<{ id: string; nickname: string }> {
    const player = this.players.get(deviceToken) ?? { id: randomUUID(), nickname };
    player.nickname = nickname;
    this.players.set(deviceToken, player);
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

  async getResumable(gameId: string): Promise<ResumableGame | null> {
    const game = this.games.get(gameId);
    if (!game) return null;
    const seats = game.seats.map((s) => ({ seat: s.seat, strategy: s.strategy, tokenHash: s.tokenHash ?? null }));
    return { trace: game.trace, code: game.code ?? "", friends: game.friends === true, context: game.context, seats };
  }

  async close(): Promise<void> {}
}

/** Class rows are not read back by these tests: only the host hash and which sessions are open are kept. */
export class MemoryClassStore implements ClassStore {
  private readonly hosts = new Map<string, string>();
  private readonly open = new Map<string, Date>();

  async createSession(row: { id: string; hostHash: string }): Promise<void> {
    this.hosts.set(row.id, row.hostHash);
    this.open.set(row.id, new Date());
  }
  async openSessionIds(): Promise<{ id: string; createdAt: Date }[]> {
    return [...this.open].map(([id, createdAt]) => ({ id, createdAt }));
  }
  async hostHashOf(sessionId: string): Promise<string | null> {
    return this.hosts.get(sessionId) ?? null;
  }
  async saveMember(): Promise<void> {}
  async setLateJoin(): Promise<void> {}
  async createRound(): Promise<void> {}
  async saveRoundClock(): Promise<void> {}
  async endRound(): Promise<void> {}
  async endSession(sessionId: string): Promise<void> {
    this.open.delete(sessionId);
  }
  async closeOpen(_endedAt: Date, sessionIds?: string[]): Promise<{ sessions: number; rounds: number }> {
    const ids = sessionIds ?? [...this.open.keys()];
    const sessions = ids.filter((id) => this.open.delete(id)).length;
    return { sessions, rounds: 0 };
  }
  async openSessions(): Promise<[]> {
    return [];
  }
  async history(): Promise<null> {
    return null;
  }
}

/** Bot API bots in memory (no owner limit): a test makes one and connects its sockets with the token. */
export class MemoryBotStore implements BotStore {
  private readonly bots = new Map<string, BotAccount & BotSummary & { tokenHash: string }>();

  async byToken(token: string): Promise<BotAccount | null> {
    const hash = hashSecret(token);
    const bot = [...this.bots.values()].find((b) => b.tokenHash === hash && !b.revokedAt);
    return bot ? { id: bot.id, name: bot.name, ownerId: bot.ownerId } : null;
  }

  async list(ownerId: string): Promise<BotSummary[]> {
    return [...this.bots.values()].filter((b) => b.ownerId === ownerId).map(({ id, name, createdAt, revokedAt }) => ({ id, name, createdAt, revokedAt }));
  }

  async create(ownerId: string, name: string): Promise<CreateBotResult> {
    const token = newBotToken();
    const bot = { id: `bot${randomUUID().replaceAll("-", "")}`, name, ownerId, createdAt: new Date(), revokedAt: null, tokenHash: hashSecret(token) };
    this.bots.set(bot.id, bot);
    return { ok: true, bot: { id: bot.id, name, createdAt: bot.createdAt, revokedAt: null }, token };
  }

  async revoke(ownerId: string, botId: string): Promise<BotSummary | null> {
    const bot = this.bots.get(botId);
    if (!bot || bot.ownerId !== ownerId) return null;
    bot.revokedAt ??= new Date();
    return { id: bot.id, name: bot.name, createdAt: bot.createdAt, revokedAt: bot.revokedAt };
  }
}
