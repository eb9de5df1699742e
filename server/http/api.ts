/**
 * The small HTTP API served beside Next.js: traces of finished games and a health check.
 * A game that is still being played has no public trace: it would reveal hidden state. Nor has an
 * arena match before its cycle is over (server/arena/hold.ts): its seed would tell other bots the night.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { JoinAddresses } from "../protocol/joinAddresses";
import { withheldMessage } from "../arena/hold";
import { gameIdSchema } from "../protocol/schemas";
import type { StorageHealth } from "../rooms/recorder";
import type { RoomRegistry } from "../rooms/registry";
import type { ClassStore } from "../storage/classStore";
import type { GameStore } from "../storage/types";
import type { JournalHealth } from "../rooms/journal";
import type { RedisHealth } from "../realtime/redisAdapter";
import { handleClassApi } from "./classApi";
import { handleMe, type PlayerLookup } from "./me";

const TRACE_PATH = /^\/api\/games\/([^/]+)\/trace\/?$/;

/** Handles the request if it is ours; returns false to let Next.js take it. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  deps: {
    store: GameStore;
    registry: RoomRegistry;
    players?: PlayerLookup;
    /** /api/bots (server/http/bots.ts); absent with a custom store. */
    bots?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
    classStore?: ClassStore;
    storage?: () => StorageHealth;
    /** The live-game journal's health; null when games are not journaled. */
    journal?: () => JournalHealth | null;
    /** The Redis link's health, with `REDIS_URL` only. */
    redis?: () => RedisHealth | Promise<RedisHealth>;
    /** Where students can join: for the class host only (`/api/class/:id/join-addresses`). */
    joinAddresses: () => JoinAddresses;
    /** The cycle of a game that is an arena match whose replay is still withheld, else null (server/storage/arenaHold.ts). */
    arenaHold?: (gameId: string) => Promise<number | null>;
  },
): Promise<boolean> {
  const path = (req.url ?? "/").split("?")[0];
  if (deps.classStore && (await handleClassApi(req, res, path, deps.classStore, deps.joinAddresses))) return true;
  if (deps.bots && (await deps.bots(req, res, path))) return true;
  if (path === "/api/me") {
    await handleMe(req, res, deps.players);
    return true;
  }
  if (path === "/api/health") {
    // 503 while finished games cannot be written, or other nodes' sockets cannot be reached, so a
    // load balancer or monitor notices.
    const storage = deps.storage?.() ?? null;
    const journal = deps.journal?.() ?? null;
    const redis = (await deps.redis?.()) ?? null;
    const ok = (storage?.ok ?? true) && (journal?.ok ?? true) && (redis?.ok ?? true);
    send(res, ok ? 200 : 503, { ok, rooms: deps.registry.size, ...(storage ? { storage } : {}), ...(journal ? { journal } : {}), ...(redis ? { redis } : {}) });
    return true;
  }
  const match = TRACE_PATH.exec(path);
  if (!match) return false;
  if (req.method !== "GET" && req.method !== "HEAD") {
    send(res, 405, { error: { code: "METHOD_NOT_ALLOWED", message: "Use GET." } });
    return true;
  }
  const id = safeDecode(match[1]);
  if (!id || !gameIdSchema.safeParse(id).success) {
    send(res, 404, { error: { code: "UNKNOWN_GAME", message: "No finished game has that id." } });
    return true;
  }
  // A game still being played first: its trace would reveal hidden state, arena match or not.
  const live = deps.registry.get(id);
  if (live && live.status !== "finished") {
    send(res, 404, { error: { code: "GAME_NOT_FINISHED", message: "This game is still being played; its trace is published when it ends." } });
    return true;
  }
  const held = (await deps.arenaHold?.(id)) ?? null;
  if (held !== null) {
    send(res, 403, { error: { code: "ARENA_REPLAY_WITHHELD", message: withheldMessage(held), cycle: held } });
    return true;
  }
  const trace = await deps.store.getTrace(id);
  if (trace) send(res, 200, trace);
  else send(res, 404, { error: { code: "UNKNOWN_GAME", message: "No finished game has that id." } });
  return true;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(text);
}
