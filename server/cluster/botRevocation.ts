/**
 * A bot revoked on one node must lose its seats on every node (issue 18): the adapter already
 * closes its sockets everywhere (`disconnectSockets` goes through Redis), but the seat tokens of its
 * unfinished games live in the rooms of whichever node owns each game. The node that took the
 * revocation voids its own rooms' tokens and tells the others, which do the same with theirs.
 */
import type { ServerSide } from "./forwarding";

export const BOT_REVOKED_EVENT = "bivalent:bot-revoked";

/** Hears the other nodes' revocations; returns what this node calls when it revokes one itself. */
export function shareRevocations(io: ServerSide, revokeHere: (botId: string) => void): (botId: string) => void {
  io.on(BOT_REVOKED_EVENT, (botId: unknown) => {
    if (typeof botId === "string") revokeHere(botId);
  });
  return (botId) => {
    revokeHere(botId);
    io.serverSideEmit(BOT_REVOKED_EVENT, botId);
  };
}
