/** The Bot API's HTTP shapes (docs/bot-api.md, server/http/bots.ts), shared with the player page. */

/** Bots a player may have at once (revoked ones do not count). */
export const MAX_BOTS_PER_OWNER = 5;

/** A bot as its owner's device sees it: never its token, which exists only in the creation's answer. */
export interface BotInfo {
  id: string;
  name: string;
  /** ISO times. */
  createdAt: string;
  revokedAt: string | null;
}
