/**
 * Class session reports over HTTP, for the host only (Authorization: Bearer <host key>):
 * the session's history as JSON and every game and player as CSV, read from the database so
 * they outlive the live session; and the addresses students can join at (the machine's network
 * addresses are the host's business, not a student's).
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { stringify } from "csv-stringify/sync";
import { sessionIdSchema } from "../protocol/classroom";
import { sameSecret } from "../rooms/credentials";
import type { ClassStore, SessionHistory } from "../storage/classStore";
import type { JoinAddresses } from "../protocol/joinAddresses";

const CLASS_PATH = /^\/api\/class\/([^/]+)\/(history|export\.csv|join-addresses)\/?$/;

export async function handleClassApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  classStore: ClassStore,
  joinAddresses: () => JoinAddresses,
): Promise<boolean> {
  const match = CLASS_PATH.exec(path);
  if (!match) return false;
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendJson(res, 405, { error: { code: "METHOD_NOT_ALLOWED", message: "Use GET." } });
    return true;
  }
  const [, sessionId, what] = match;
  const key = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
  const hash = sessionIdSchema.safeParse(sessionId).success ? await classStore.hostHashOf(sessionId) : null;
  if (!hash) {
    sendJson(res, 404, { error: { code: "UNKNOWN_SESSION", message: "No class session has that id." } });
    return true;
  }
  if (!key || !sameSecret(hash, createHash("sha256").update(key, "utf8").digest("hex"))) {
    sendJson(res, 403, { error: { code: "BAD_HOST_KEY", message: "Send the session's host key: Authorization: Bearer <key>." } });
    return true;
  }
  if (what === "join-addresses") {
    sendJson(res, 200, joinAddresses());
    return true;
  }
  const history = (await classStore.history(sessionId)) as SessionHistory;
  if (what === "history") {
    sendJson(res, 200, history);
    return true;
  }
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="bivalent-class-${history.session.code}.csv"`,
    "cache-control": "no-store",
  });
  res.end(sessionCsv(history));
  return true;
}

export const CSV_COLUMNS = [
  "session_code", "round", "scenario", "game_id", "outcome", "finished_at", "seat", "kind", "player_id",
  "nickname", "strategy", "score", "won", "depth", "replay", "bot_finished",
] as const;

/**
 * One row per seat of every recorded game of the session, rounds in order; `bot_finished` says the
 * host's "End now" had stand-in bots finish the game (its figures are not the students' own).
 */
export function sessionCsv(history: SessionHistory): string {
  const rows: (string | number | boolean | null)[][] = [];
  for (const round of history.rounds) {
    for (const game of round.games) {
      for (const seat of game.seats) {
        rows.push([
          history.session.code, round.number, round.scenario, game.id, game.outcome, game.finishedAt, seat.seat,
          seat.kind === "human" ? "student" : "bot", seat.playerId, seat.name, seat.strategy, seat.score, seat.won, seat.depth,
          `/games/${game.id}`, game.metrics.botFinished,
        ]);
      }
    }
  }
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], cast: { boolean: (b) => (b ? "true" : "false") } });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}
