/**
 * `arena:join` and `arena:leave` (docs/bot-api.md, "The arena"), bound through the shared socket
 * pipeline (rate limits, zod, typed acks). Only a Bot API socket may queue: a person's socket gets
 * BOTS_ONLY whatever it sent.
 */
import { z } from "zod";
import { arenaJoinSchema, arenaLeaveSchema } from "../protocol/arena";
import type { Ack } from "../protocol/events";
import type { SocketExtension } from "../realtime/sockets";
import type { ArenaScheduler } from "./scheduler";

const BOTS_ONLY: Ack = { ok: false, error: { code: "BOTS_ONLY", message: "Only a Bot API bot (a socket opened with auth.botToken) may use the arena." } };
const forPeople = () => BOTS_ONLY;

export function arenaSockets(scheduler: ArenaScheduler): SocketExtension {
  return {
    bind(handle) {
      handle("arena:join", z.unknown(), forPeople, {
        bots: { schema: arenaJoinSchema, run: (payload, socket, bot) => scheduler.join(socket, bot, payload.scenarios) },
      });
      handle("arena:leave", z.unknown(), forPeople, {
        bots: {
          schema: arenaLeaveSchema,
          run: (_payload, socket) => {
            scheduler.leave(socket.id);
            return { ok: true };
          },
        },
      });
    },
    disconnected: (socket) => scheduler.leave(socket.id),
  };
}
