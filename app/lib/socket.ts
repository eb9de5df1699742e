/**
 * The browser's one socket to the game server, and a typed request helper that turns the
 * protocol's acknowledgements into promises (docs/protocol.md).
 */
import { io, type Socket } from "socket.io-client";
import { PROTOCOL_VERSION, type Ack, type ClientAuth, type ClientToServerEvents, type ServerToClientEvents } from "@/server/protocol/events";
import { acceptHello, isMismatchRefusal } from "./protocolCheck";
import { noteServerTime } from "./serverClock";

export type GameSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: GameSocket | null = null;

/**
 * The shared socket, connected to the page's own origin. It names the protocol version this page
 * was built for; on a mismatch (a page older or newer than the server) it stops, and the
 * OutdatedPageBanner asks the reader to reload.
 */
export function gameSocket(): GameSocket {
  if (socket) return socket;
  const auth: ClientAuth = { protocolVersion: PROTOCOL_VERSION };
  const created: GameSocket = io({ transports: ["websocket"], auth });
  created.on("server:hello", (hello) => {
    if (!acceptHello(hello)) created.disconnect();
    else noteServerTime(hello.serverTime);
  });
  created.on("connect_error", (err) => void isMismatchRefusal(err as Error & { data?: unknown }));
  socket = created;
  return socket;
}

type AnswerOf<E extends keyof ClientToServerEvents> =
  Parameters<ClientToServerEvents[E]>[1] extends ((res: infer R) => void) | undefined ? R : never;

const TIMEOUT_MS = 8000;

/** Send a request and wait for its answer; a lost connection becomes an error answer. */
export async function request<E extends keyof ClientToServerEvents>(
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
): Promise<AnswerOf<E>> {
  const s = gameSocket();
  try {
    // socket.io's typings cannot follow a generic event name through emitWithAck.
    const timed = s.timeout(TIMEOUT_MS);
    const emit = timed.emitWithAck as unknown as (e: E, p: unknown) => Promise<AnswerOf<E>>;
    return await emit.call(timed, event, payload);
  } catch {
    const failed: Ack = { ok: false, error: { code: "INTERNAL", message: "The server did not answer. Check your connection and try again." } };
    return failed as AnswerOf<E>;
  }
}
