/**
 * POST /api/me: the browser sends its device token (a secret: in the body, never in a URL) and
 * learns its public player id and nickname, so it can open its own player page. The answer also
 * sets a cookie holding only that public id, so server-rendered pages can show this player's
 * progress without ever seeing the token. A device that has not played yet is no error: it gets
 * 200 with `playerId: null` (and no cookie), so a first visit logs nothing in the console.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { deviceTokenSchema } from "../protocol/schemas";

/** The cookie with the public player id; readable by pages (app/lib/playerCookie.ts). */
export const PLAYER_COOKIE = "bivalent_player";
const MAX_BODY = 1024;
const bodySchema = z.object({ deviceToken: deviceTokenSchema }).strict();

export type PlayerLookup = (deviceToken: string) => Promise<{ id: string; nickname: string } | null>;

export async function handleMe(req: IncomingMessage, res: ServerResponse, lookup: PlayerLookup | undefined): Promise<void> {
  if (req.method !== "POST") return send(res, 405, { error: { code: "METHOD_NOT_ALLOWED", message: "Use POST." } });
  const text = await readBody(req);
  const parsed = text === null ? null : bodySchema.safeParse(parseJson(text));
  if (!parsed?.success) return send(res, 400, { error: { code: "BAD_PAYLOAD", message: 'Send {"deviceToken": "..."} as JSON, at most 1 KiB.' } });
  const player = lookup ? await lookup(parsed.data.deviceToken) : null;
  if (!player) return send(res, 200, { playerId: null, nickname: null });
  res.setHeader("set-cookie", `${PLAYER_COOKIE}=${encodeURIComponent(player.id)}; Path=/; Max-Age=31536000; SameSite=Lax`);
  send(res, 200, { playerId: player.id, nickname: player.nickname });
}

/** JSON.parse, undefined for text that is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The body as text, or null when it is larger than MAX_BODY. */
export function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** A JSON answer that no cache keeps. */
export function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}
