/**
 * Which web pages may open a socket to this server. A browser always sends an `Origin` header
 * with a socket.io handshake (polling and websocket alike), so a page on another site cannot
 * pose as ours: we accept our own origin (the host the request was sent to, over http or https)
 * and the origins listed in `ALLOWED_ORIGINS`. A request without an `Origin` header does not
 * come from a web page (node's socket.io-client, a bot written from docs/protocol.md); it is
 * accepted, since such a client could send any header it liked anyway.
 */
import type { IncomingMessage } from "node:http";

/** `ALLOWED_ORIGINS="https://a.example, http://localhost:5173"` as normalised origins. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((o) => normalise(o.trim()))
    .filter((o): o is string => o !== null);
}

/** `scheme://host[:port]` in lower case, or null if it is not an http(s) origin. */
function normalise(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return `${url.protocol}//${url.host}`.toLowerCase();
  } catch {
    return null;
  }
}

/** A socket.io `allowRequest` that refuses handshakes from foreign origins with `ORIGIN_REFUSED`. */
export function originGuard(allowed: readonly string[]) {
  const listed = new Set(allowed.map(normalise).filter(Boolean));
  return (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => {
    const origin = req.headers.origin;
    if (origin === undefined) return callback(null, true);
    const seen = normalise(origin);
    const own = seen !== null && req.headers.host !== undefined && new URL(seen).host === req.headers.host.toLowerCase();
    if (own || (seen !== null && listed.has(seen))) return callback(null, true);
    callback("ORIGIN_REFUSED", false);
  };
}
