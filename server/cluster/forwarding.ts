/**
 * Forwarding (issue 16): a request that a node cannot answer because the game or class session
 * is not its own (UNKNOWN_GAME, UNKNOWN_SESSION) goes to every other node through the Redis
 * adapter (serverSideEmit with an ack; the adapter waits at most 5 s for the nodes' answers).
 * Each node runs it through the same handler with a stand-in for the client's socket
 * (remoteSockets.ts); only the owner has something to say, the others answer null. The node that
 * got the request answers its client with the owner's ack, and tells the other nodes when that
 * client's socket disconnects (GONE_EVENT), so the owner's presence rules see it leave.
 *
 * A broadcast rather than a lease look-up: a join names a code, not a game id, and the owner
 * answers for itself (a stale lease row cannot send a move to a node that dropped the game).
 */
import type { Ack } from "../protocol/events";
import type { ErrorCode } from "../protocol/errors";

export const FORWARD_EVENT = "bivalent:forward";
export const GONE_EVENT = "bivalent:gone";
/** Refusals that mean "not on this node": such a request is asked of the other nodes. */
export const FORWARDED_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["UNKNOWN_GAME", "UNKNOWN_SESSION"]);

export interface ForwardRequest {
  event: string;
  payload: unknown;
  /** The client's socket on the forwarding node: the owner puts it in the game's rooms. */
  socketId: string;
}

export type Forward = (request: ForwardRequest) => Promise<Ack<object> | null>;

/** The slice of socket.io's server that forwarding uses (server-side events across nodes). */
export interface ServerSide {
  serverSideEmit(event: string, ...args: unknown[]): unknown;
  on(event: string, listener: (...args: never[]) => void): unknown;
}

const isAck = (res: unknown): res is Ack<object> => typeof res === "object" && res !== null && typeof (res as { ok?: unknown }).ok === "boolean";

/** Asks the other nodes; null when none hosts the game (or the owner did not answer in time). */
export function forwarder(io: ServerSide): Forward {
  return (request) =>
    new Promise((resolve) => {
      // On a timeout socket.io still passes the answers that came: the owner's may be one of them.
      io.serverSideEmit(FORWARD_EVENT, request, (_err: Error | null, responses: unknown[]) => resolve((responses ?? []).find(isAck) ?? null));
    });
}

/** Answers the other nodes' forwarded requests with `run` (null: not a game of this node), and hears their sockets leave. */
export function serveForwarded(
  io: ServerSide,
  run: (request: ForwardRequest) => Promise<Ack<object> | null>,
  gone: (socketId: string) => void,
  onError: (err: unknown) => void,
): void {
  io.on(FORWARD_EVENT, (request: ForwardRequest, reply: (res: Ack<object> | null) => void) => {
    if (typeof reply !== "function") return;
    run(request).then(reply, (err: unknown) => {
      onError(err);
      reply(null);
    });
  });
  io.on(GONE_EVENT, (socketId: unknown) => {
    if (typeof socketId === "string") gone(socketId);
  });
}

/** Tells the other nodes that a socket whose requests they answered has disconnected. */
export function announceGone(io: ServerSide, socketId: string): void {
  io.serverSideEmit(GONE_EVENT, socketId);
}
