/**
 * Forwarding (issue 16): a game event that reaches a node which does not host the game goes to
 * every other node through the Redis adapter (serverSideEmit with an ack; the adapter waits at most
 * 5 s for the nodes' answers);
 * only the node that hosts it answers, the others answer null. The node that got the request
 * answers its client with the owner's ack.
 *
 * A broadcast rather than a lease look-up: a join names a code, not a game id, and the owner
 * answers for itself (a stale lease row cannot send a move to a node that dropped the game).
 */
import type { Ack } from "../protocol/events";

export const FORWARD_EVENT = "bivalent:forward";
/** Events a node forwards when it does not host their game. */
export const FORWARDED_EVENTS: ReadonlySet<string> = new Set(["game:join", "game:resume", "game:move", "game:rematch"]);

export interface ForwardRequest {
  event: string;
  payload: unknown;
  /** The client's socket on the forwarding node: the owner puts it in the game's rooms. */
  socketId: string;
}

export type Forward = (request: ForwardRequest) => Promise<Ack<object> | null>;

/** The slice of socket.io's server that forwarding uses (server-side events across nodes). */
export interface ServerSide {
  serverSideEmit(event: string, request: ForwardRequest, ack: (err: Error | null, responses: unknown[]) => void): unknown;
  on(event: string, listener: (request: ForwardRequest, reply: (res: Ack<object> | null) => void) => void): unknown;
}

const isAck = (res: unknown): res is Ack<object> => typeof res === "object" && res !== null && typeof (res as { ok?: unknown }).ok === "boolean";

/** Asks the other nodes; null when none hosts the game (or the owner did not answer in time). */
export function forwarder(io: ServerSide): Forward {
  return (request) =>
    new Promise((resolve) => {
      // On a timeout socket.io still passes the answers that came: the owner's may be one of them.
      io.serverSideEmit(FORWARD_EVENT, request, (_err, responses) => resolve((responses ?? []).find(isAck) ?? null));
    });
}

/** Answers the other nodes' forwarded requests with `run` (null: not a game of this node). */
export function serveForwarded(io: ServerSide, run: (request: ForwardRequest) => Promise<Ack<object> | null>, onError: (err: unknown) => void): void {
  io.on(FORWARD_EVENT, (request, reply) => {
    if (typeof reply !== "function") return;
    run(request).then(reply, (err: unknown) => {
      onError(err);
      reply(null);
    });
  });
}
