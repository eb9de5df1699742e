/**
 * A player's Bot API bots over HTTP (docs/bot-api.md "Getting a token"). Every request is a POST
 * whose JSON body carries the device token (a secret: never in a URL), as for POST /api/me:
 *
 * - `POST /api/bots/list`   `{ deviceToken }`          → `{ bots }`
 * - `POST /api/bots`        `{ deviceToken, name }`    → 201 `{ bot, token }`: the token, once
 * - `POST /api/bots/revoke` `{ deviceToken, botId }`   → `{ bot }`; its sockets are closed
 *
 * Only a device that has played (a player) has bots. Requests are limited per address like the
 * socket requests of humans: creations as game creations, the rest as joins.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { z } from "zod";
import type { BotInfo } from "../protocol/bots";
import { firstIssue } from "../protocol/firstIssue";
import { botCreateSchema, botListSchema, botRevokeSchema, nameRefusal } from "../protocol/schemas";
import { clientAddress } from "../realtime/clientAddress";
import type { RateLimits } from "../realtime/budget";
import { allowed } from "../realtime/sockets";
import { MAX_BOTS_PER_OWNER, type BotStore, type BotSummary } from "../storage/botStore";
import { parseJson, readBody, send, type PlayerLookup } from "./me";

const BOTS_PATH = /^\/api\/bots(?:\/(list|revoke))?\/?$/;

export interface BotApiDeps {
  bots: BotStore;
  players: PlayerLookup;
  /** Close the sockets of a bot just revoked. */
  revoked(botId: string): void;
}

/** The handler of /api/bots; returns false for other paths. */
export function botApi(deps: BotApiDeps, limits: Pick<RateLimits, "createsPerMinute" | "joinsPerMinute" | "trustedProxies">) {
  const creates = new RateLimiterMemory({ points: limits.createsPerMinute, duration: 60 });
  const reads = new RateLimiterMemory({ points: limits.joinsPerMinute, duration: 60 });

  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    const match = BOTS_PATH.exec(path);
    if (!match) return false;
    if (req.method !== "POST") {
      send(res, 405, { error: { code: "METHOD_NOT_ALLOWED", message: "Use POST with a JSON body." } });
      return true;
    }
    const action = match[1] ?? "create";
    const address = clientAddress(req.socket.remoteAddress ?? "", req.headers["x-forwarded-for"], limits.trustedProxies ?? 0);
    if (!(await allowed(action === "create" ? creates : reads, address))) {
      send(res, 429, { error: { code: "RATE_LIMITED", message: "Too many requests: slow down." } });
      return true;
    }
    const text = await readBody(req);
    const schema = action === "list" ? botListSchema : action === "revoke" ? botRevokeSchema : botCreateSchema;
    const parsed = text === null ? null : schema.safeParse(parseJson(text));
    if (!parsed?.success) {
      const refusedName = parsed ? nameRefusal(parsed.error) : null;
      if (refusedName) send(res, 400, { error: { code: "NICKNAME_REFUSED", message: refusedName } });
      else send(res, 400, { error: { code: "BAD_PAYLOAD", message: parsed ? firstIssue(parsed.error) : "Send a JSON body of at most 1 KiB." } });
      return true;
    }
    const body = parsed.data as z.output<typeof botCreateSchema> & z.output<typeof botRevokeSchema>;
    const owner = await deps.players(body.deviceToken);
    if (!owner) {
      send(res, 404, { error: { code: "UNKNOWN_PLAYER", message: "This device has not played yet: play one game, then create bots." } });
      return true;
    }
    if (action === "list") {
      send(res, 200, { bots: (await deps.bots.list(owner.id)).map(publicBot) });
    } else if (action === "revoke") {
      const bot = await deps.bots.revoke(owner.id, body.botId);
      if (!bot) send(res, 404, { error: { code: "UNKNOWN_BOT", message: "You have no bot with that id." } });
      else {
        deps.revoked(bot.id);
        send(res, 200, { bot: publicBot(bot) });
      }
    } else {
      const made = await deps.bots.create(owner.id, body.name);
      if (!made.ok) send(res, 409, { error: { code: "BOT_LIMIT", message: `At most ${MAX_BOTS_PER_OWNER} bots at once: revoke one first.` } });
      else send(res, 201, { bot: publicBot(made.bot), token: made.token });
    }
    return true;
  };
}

/** Dates as ISO strings, as JSON sends them anyway, but said once here. */
function publicBot(bot: BotSummary): BotInfo {
  return { id: bot.id, name: bot.name, createdAt: bot.createdAt.toISOString(), revokedAt: bot.revokedAt?.toISOString() ?? null };
}
