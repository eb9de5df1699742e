/**
 * Which protocol version a connection speaks. The server greets every socket with its version
 * (`server:hello`), and refuses a handshake whose `auth.protocolVersion` names another one, so a
 * page left open across a deploy can tell its reader to reload instead of failing oddly.
 */
import type { ExtendedError, Socket } from "socket.io";
import type { ProtocolError } from "../protocol/errors";
import { PROTOCOL_VERSION, type ServerHello } from "../protocol/events";

/** The refusal for a handshake's `auth`, or null when it names this version or none at all. */
export function protocolMismatch(auth: unknown): ProtocolError | null {
  // Clients written before the version was sent (node scripts, bots) send no auth: they pass.
  const claimed = typeof auth === "object" && auth !== null ? (auth as { protocolVersion?: unknown }).protocolVersion : undefined;
  if (claimed === undefined || claimed === PROTOCOL_VERSION) return null;
  return {
    code: "PROTOCOL_MISMATCH",
    message: `This server speaks protocol version ${PROTOCOL_VERSION}, not ${JSON.stringify(claimed)?.slice(0, 32)}: reload the page or update the client.`,
  };
}

/** socket.io middleware: refuse a mismatched handshake with a typed `connect_error`. */
export function protocolVersionGuard(socket: Socket, next: (err?: ExtendedError) => void): void {
  const refusal = protocolMismatch(socket.handshake.auth);
  if (!refusal) return next();
  next(Object.assign(new Error(refusal.code), { data: refusal }));
}

/** The greeting sent to every socket as soon as it connects. */
export function serverHello(now: number = Date.now()): ServerHello {
  return { protocolVersion: PROTOCOL_VERSION, serverTime: now };
}
