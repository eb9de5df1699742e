/**
 * `arena:join` and `arena:leave` (docs/bot-api.md, "The arena"), bound through the shared socket
 * pipeline (rate limits, zod, typed acks). Only a Bot API socket may queue: a person's gets BOTS_ONLY.
 */
import { arenaJoinSchema, arenaLeaveSchema } from "../protocol/arena";
import type { Ack } from "../protocol/events";
import { botOf } from "../realtime/botAuth";
import type { PeerSocket, SocketExtension } from "../realtime/sockets";
import type { ArenaScheduler } from "./scheduler";

const BOTS_ONLY: Ack = { ok: false, error: { code: "BOTS_ONLY", message: "Only a Bot API bot (a socket opened with auth.botToken) may use the arena." } };

/** The bot a socket is, when it is a local Bot API socket (a forwarded stand-in has no handshake). */
const botOfPeer = (socket: PeerSocket) => ("data" in socket ? botOf(socket as PeerSocket & { data: unknown }) : null);

export function arenaSockets(scheduler: ArenaScheduler): SocketExtension {
  return {
    bind(handle) {
      handle("arena:join", arenaJoinSchema, (payload, socket) => {
        const bot = botOfPeer(socket);
        return bot ? scheduler.join(socket, bot, payload.scenarios) : BOTS_ONLY;
      }, { bots: true });
      handle("arena:leave", arenaLeaveSchema, (_payload, socket) => {
        if (!botOfPeer(socket)) return BOTS_ONLY;
        scheduler.leave(socket.id);
        return { ok: true };
      }, { bots: true });
    },
    disconnected: (socket) => scheduler.leave(socket.id),
  };
}
