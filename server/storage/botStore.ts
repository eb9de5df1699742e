/**
 * Bot API bots (docs/bot-api.md): a player creates them from their page, each with a token shown
 * once; only the token's SHA-256 is stored. A revoked bot stays (its games keep its name) but its
 * token no longer connects.
 */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { hashSecret } from "../rooms/credentials";
import { serialized } from "./prismaGameStore";

import { MAX_BOTS_PER_OWNER } from "../protocol/bots";

export { MAX_BOTS_PER_OWNER };

/** "bvb_" and 43 URL-safe characters (32 random bytes): recognisable in a leaked log, unguessable. */
export const newBotToken = (): string => `bvb_${randomBytes(32).toString("base64url")}`;

/** What a bot's owner sees of it (never its token or hash). */
export interface BotSummary {
  id: string;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A bot as its token identifies it. */
export interface BotAccount {
  id: string;
  name: string;
  ownerId: string;
  /** The owner's nickname (a class roster names the bot's owner), when the store knows it. */
  owner?: string;
}

export type CreateBotResult = { ok: true; bot: BotSummary; token: string } | { ok: false; reason: "limit" };

export interface BotStore {
  /** The live (not revoked) bot this token belongs to, or null. */
  byToken(token: string): Promise<BotAccount | null>;
  /** The owner's bots, newest first, revoked ones included. */
  list(ownerId: string): Promise<BotSummary[]>;
  /** A new bot and its token (the only time the token exists outside its owner's hands). */
  create(ownerId: string, name: string): Promise<CreateBotResult>;
  /** Revoke one of the owner's bots; null when the owner has no such bot. Revoking twice is fine. */
  revoke(ownerId: string, botId: string): Promise<BotSummary | null>;
}

const SUMMARY = { id: true, name: true, createdAt: true, revokedAt: true } as const;

export class PrismaBotStore implements BotStore {
  constructor(private readonly db: PrismaClient) {}

  async byToken(token: string): Promise<BotAccount | null> {
    const bot = await this.db.bot.findUnique({ where: { tokenHash: hashSecret(token) }, select: { id: true, name: true, ownerId: true, revokedAt: true, owner: { select: { nickname: true } } } });
    return bot && bot.revokedAt === null ? { id: bot.id, name: bot.name, ownerId: bot.ownerId, owner: bot.owner.nickname } : null;
  }

  list(ownerId: string): Promise<BotSummary[]> {
    return this.db.bot.findMany({ where: { ownerId }, orderBy: { createdAt: "desc" }, select: SUMMARY });
  }

  create(ownerId: string, name: string): Promise<CreateBotResult> {
    const token = newBotToken();
    // Count and insert in one transaction, one write at a time: two clicks cannot pass the cap together.
    return serialized(this.db, () =>
      this.db.$transaction(async (tx) => {
        const live = await tx.bot.count({ where: { ownerId, revokedAt: null } });
        if (live >= MAX_BOTS_PER_OWNER) return { ok: false as const, reason: "limit" as const };
        const bot = await tx.bot.create({ data: { ownerId, name, tokenHash: hashSecret(token) }, select: SUMMARY });
        return { ok: true as const, bot, token };
      }),
    );
  }

  revoke(ownerId: string, botId: string): Promise<BotSummary | null> {
    return serialized(this.db, async () => {
      const bot = await this.db.bot.findFirst({ where: { id: botId, ownerId }, select: SUMMARY });
      if (!bot) return null;
      if (bot.revokedAt) return bot;
      return this.db.bot.update({ where: { id: botId }, data: { revokedAt: new Date() }, select: SUMMARY });
    });
  }
}
