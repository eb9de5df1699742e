/**
 * The Bot API's handshake (docs/bot-api.md "Connecting"): a socket whose `auth.botToken` names a
 * live bot is that bot for its whole life; an unknown, malformed or revoked token is refused with
 * a typed `connect_error` (BAD_BOT_TOKEN), which socket.io clients do not retry. A socket with no
 * `botToken` is a browser's, and passes untouched.
 */
import type { ExtendedError, Socket } from "socket.io";
import type { ProtocolError } from "../protocol/errors";
import { botTokenSchema } from "../protocol/schemas";
import type { BotIdentity } from "../rooms/gameService";
import { StorageUnavailable } from "../storage/guard";

/** Finds the live bot of a token (server/storage/botStore.ts). */
export type BotLookup = (token: string) => Promise<BotIdentity | null>;

/** The socket.io room of every socket of one bot: revoking it closes them all, on every node. */
export const botChannel = (botId: string) => `bot:${botId}`;

const BAD_BOT_TOKEN: ProtocolError = { code: "BAD_BOT_TOKEN", message: "That bot token is unknown or revoked: create a new bot on your player page." };

/** The bot this socket authenticated as, or null for a browser's socket. */
export function botOf(socket: Pick<Socket, "data">): BotIdentity | null {
  return (socket.data as { bot?: BotIdentity } | undefined)?.bot ?? null;
}

/** socket.io middleware: identify a bot's socket by its token, or refuse the handshake. */
export function botAuthGuard(lookup: BotLookup | undefined) {
  return (socket: Socket, next: (err?: ExtendedError) => void): void => {
    const auth = socket.handshake.auth as { botToken?: unknown } | undefined;
    const token = auth?.botToken;
    if (token === undefined) return next();
    const refuse = (refusal: ProtocolError) => next(Object.assign(new Error(refusal.code), { data: refusal }));
    if (!lookup || !botTokenSchema.safeParse(token).success) return refuse(BAD_BOT_TOKEN);
    lookup(token as string).then(
      (bot) => {
        if (!bot) return refuse(BAD_BOT_TOKEN);
        (socket.data as { bot?: BotIdentity }).bot = { id: bot.id, name: bot.name, ownerId: bot.ownerId, owner: bot.owner ?? null };
        next();
      },
      (err: unknown) =>
        refuse(
          err instanceof StorageUnavailable
            ? { code: "STORAGE_UNAVAILABLE", message: "The server cannot reach its storage just now: try again in a moment." }
            : { code: "INTERNAL", message: "The server could not check that token." },
        ),
    );
  };
}
