/**
 * The socket.io edge: every inbound event goes through `handle`, which rate-limits, checks
 * the payload's shape with its zod schema, runs the use case, and answers with a typed ack
 * (or a `game:error` event when the client gave no callback). Nothing else touches payloads.
 */
import type { Logger } from "pino";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { Server, Socket } from "socket.io";
import type { z } from "zod";
import type { Ack, ClientToServerEvents, SeatGrant, ServerToClientEvents } from "../protocol/events";
import { challengeStartSchema, createGameSchema, joinGameSchema, moveSchema, resumeGameSchema } from "../protocol/schemas";
import { firstIssue, type GameService } from "../rooms/gameService";
import type { GameRoom } from "../rooms/room";
import { StorageUnavailable } from "../storage/guard";
import { payloadProblem } from "./guard";

export type GameIo = Server<ClientToServerEvents, ServerToClientEvents>;
export type GameSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

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
  run: (payload: z.output<S>, socket: GameSocket) => Promise<Ack<R>> | Ack<R>,
  limit?: "join" | "create",
) => void;

/** More events (class sessions), bound once through the same pipeline; told of each disconnect. */
export interface SocketExtension {
  bind(handle: Handle): void;
  disconnected?(socket: GameSocket): void;
}

interface Handler {
  schema: z.ZodType;
  run: (payload: unknown, socket: GameSocket) => Promise<Ack<object>> | Ack<object>;
  limit?: "join" | "create";
}

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

  // One table for every connection: a socket costs two listeners, not one closure per event.
  const handlers = new Map<string, Handler>();
  const handle: Handle = (event, schema, run, limit) => {
    handlers.set(event, { schema, run: run as Handler["run"], limit });
  };

  async function dispatch(socket: GameSocket, event: string, payload: unknown, maybeAck: unknown): Promise<void> {
    const handler = handlers.get(event);
    if (!handler) return;
    const answer = (res: Ack<object>) => {
      if (typeof maybeAck === "function") maybeAck(res);
      else if (!res.ok) socket.emit("game:error", { ...res.error, event });
    };
    const address = socket.handshake.address;
    const extraLimit = handler.limit === "join" ? joins : handler.limit === "create" ? creates : undefined;
    try {
      if (!(await allowed(perSocket, socket.id)) || (extraLimit && !(await allowed(extraLimit, address)))) {
        return answer({ ok: false, error: { code: "RATE_LIMITED", message: "Too many requests: slow down." } });
      }
      const problem = payloadProblem(payload);
      if (problem) return answer({ ok: false, error: { code: "BAD_PAYLOAD", message: problem } });
      const parsed = handler.schema.safeParse(payload);
      if (!parsed.success) return answer({ ok: false, error: { code: "BAD_PAYLOAD", message: firstIssue(parsed.error) } });
      const res = await handler.run(parsed.data, socket);
      // Join codes must not be guessable, but a whole class joins from one school address:
      // only failed joins count against the join limit.
      if (handler.limit === "join" && res.ok) await joins.reward(address, 1);
      answer(res);
    } catch (err) {
      if (err instanceof StorageUnavailable) {
        return answer({ ok: false, error: { code: "STORAGE_UNAVAILABLE", message: "The server cannot reach its storage just now: try again in a moment." } });
      }
      log.error({ err, event }, "handler failed");
      answer({ ok: false, error: { code: "INTERNAL", message: "The server could not do that." } });
    }
  }

  /** Subscribe the socket to its seat and send the full snapshot (after the ack has gone). */
  const enter = (socket: GameSocket, room: GameRoom, seat: string) => {
    void socket.join(seatChannel(room.id, seat));
    service.startIfReady(room);
    room.resync(seat);
  };

  /** A use case that grants a seat: on success the socket enters it. */
  const granting =
    <P>(use: (payload: P) => Promise<Ack<SeatGrant> & { room?: GameRoom }> | (Ack<SeatGrant> & { room?: GameRoom })) =>
    async (payload: P, socket: GameSocket) => {
      const { room, ...res } = await use(payload);
      if (res.ok && room) setImmediate(() => enter(socket, room, res.seat));
      return res as Ack<SeatGrant>;
    };

  handle("game:create", createGameSchema, granting((p) => service.create(p)), "create");
  handle("game:join", joinGameSchema, granting((p) => service.join(p)), "join");
  handle("game:resume", resumeGameSchema, granting((p) => service.resume(p)));
  handle("game:move", moveSchema, (payload) => service.move(payload));
  handle("challenge:start", challengeStartSchema, granting((p) => service.startChallenge(p)), "create");
  for (const extension of extensions) extension.bind(handle);

  io.on("connection", (socket: GameSocket) => {
    socket.onAny((event: string, payload?: unknown, maybeAck?: unknown) => {
      // A request without a payload still gets its ack: the callback is then the first argument.
      if (typeof payload === "function" && maybeAck === undefined) void dispatch(socket, event, undefined, payload);
      else void dispatch(socket, event, payload, maybeAck);
    });
    if (extensions.some((e) => e.disconnected)) {
      socket.on("disconnect", () => {
        for (const extension of extensions) extension.disconnected?.(socket);
      });
    }
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
