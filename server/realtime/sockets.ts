/**
 * The socket.io edge: every inbound event goes through `handle`, which rate-limits, checks
 * the payload's shape with its zod schema, runs the use case, and answers with a typed ack
 * (or a `game:error` event when the client gave no callback). Nothing else touches payloads.
 */
import type { Logger } from "pino";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { Server, Socket } from "socket.io";
import type { z } from "zod";
import type { Ack, ClientToServerEvents, ServerToClientEvents } from "../protocol/events";
import { challengeStartSchema, createGameSchema, joinGameSchema, moveSchema, resumeGameSchema } from "../protocol/schemas";
import { firstIssue, type GameService } from "../rooms/gameService";
import type { GameRoom } from "../rooms/room";
import { payloadProblem } from "./guard";

export type GameIo = Server<ClientToServerEvents, ServerToClientEvents>;
type GameSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

export interface RateLimits {
  /** Requests of any kind per socket per second. */
  perSocketPerSecond: number;
  /** Failed join attempts per address per minute (join codes must not be guessable). */
  joinsPerMinute: number;
  /** Games created per address per minute. */
  createsPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perSocketPerSecond: 20, joinsPerMinute: 30, createsPerMinute: 30 };

/** The socket.io room that receives one seat's snapshots. */
export const seatChannel = (gameId: string, seat: string) => `seat:${gameId}:${seat}`;

/** Binds one event through the shared pipeline (limit, validate, run, answer). */
export type Handle = <S extends z.ZodType, R extends object>(
  event: string,
  schema: S,
  run: (payload: z.output<S>) => Promise<Ack<R>> | Ack<R>,
  limit?: "join" | "create",
) => void;

/** Adds more events to every connection (class sessions), through the same pipeline. */
export type SocketExtension = (socket: GameSocket, handle: Handle) => void;

export function attachGameSockets(
  io: GameIo,
  service: GameService,
  log: Logger,
  limits: RateLimits = DEFAULT_RATE_LIMITS,
  extensions: SocketExtension[] = [],
) {
  const perSocket = new RateLimiterMemory({ points: limits.perSocketPerSecond, duration: 1 });
  const joins = new RateLimiterMemory({ points: limits.joinsPerMinute, duration: 60 });
  const creates = new RateLimiterMemory({ points: limits.createsPerMinute, duration: 60 });

  io.on("connection", (socket: GameSocket) => {
    const address = socket.handshake.address;

    /** Bind one event: limit, validate, run, answer. */
    const handle: Handle = (event, schema, run, limit) => {
      const extraLimit = limit === "join" ? joins : limit === "create" ? creates : undefined;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- events are bound by name here; each schema types its payload
      (socket as any).on(event, async (payload: unknown, maybeAck?: unknown) => {
        const answer = (res: Ack<object>) => {
          if (typeof maybeAck === "function") maybeAck(res);
          else if (!res.ok) socket.emit("game:error", { ...res.error, event });
        };
        try {
          if (!(await allowed(perSocket, socket.id)) || (extraLimit && !(await allowed(extraLimit, address)))) {
            return answer({ ok: false, error: { code: "RATE_LIMITED", message: "Too many requests: slow down." } });
          }
          const problem = payloadProblem(payload);
          if (problem) return answer({ ok: false, error: { code: "BAD_PAYLOAD", message: problem } });
          const parsed = schema.safeParse(payload);
          if (!parsed.success) return answer({ ok: false, error: { code: "BAD_PAYLOAD", message: firstIssue(parsed.error) } });
          const res = await run(parsed.data);
          // Join codes must not be guessable, but a whole class joins from one school address:
          // only failed joins count against the join limit.
          if (limit === "join" && res.ok) await joins.reward(address, 1);
          answer(res);
        } catch (err) {
          log.error({ err, event }, "handler failed");
          answer({ ok: false, error: { code: "INTERNAL", message: "The server could not do that." } });
        }
      });
    };

    /** Subscribe this socket to its seat and send the full snapshot (after the ack has gone). */
    const enter = (room: GameRoom, seat: string) => {
      void socket.join(seatChannel(room.id, seat));
      service.startIfReady(room);
      room.resync(seat);
    };

    handle("game:create", createGameSchema, async (payload) => {
      const { room, ...res } = await service.create(payload);
      if (res.ok && room) setImmediate(() => enter(room, res.seat));
      return res;
    }, "create");

    handle("game:join", joinGameSchema, async (payload) => {
      const { room, ...res } = await service.join(payload);
      if (res.ok && room) setImmediate(() => enter(room, res.seat));
      return res;
    }, "join");

    handle("game:resume", resumeGameSchema, (payload) => {
      const { room, ...res } = service.resume(payload);
      if (res.ok && room) setImmediate(() => enter(room, res.seat));
      return res;
    });

    handle("game:move", moveSchema, (payload) => service.move(payload));

    handle("challenge:start", challengeStartSchema, async (payload) => {
      const { room, ...res } = await service.startChallenge(payload);
      if (res.ok && room) setImmediate(() => enter(room, res.seat));
      return res;
    }, "create");
    for (const extend of extensions) extend(socket, handle);
  });
}

async function allowed(limiter: RateLimiterMemory, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch {
    return false;
  }
}
