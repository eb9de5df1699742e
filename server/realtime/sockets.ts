/**
 * The socket.io edge: every inbound event goes through `dispatch`, which spends the request
 * from the socket's and the address's budgets, finds the event's handler, checks the payload's
 * shape with its zod schema, runs the use case, and answers with a typed ack (or a
 * `game:error` event when the client gave no callback). Nothing else touches payloads.
 */
import type { Logger } from "pino";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { Server, Socket } from "socket.io";
import type { z } from "zod";
import type { ProtocolError } from "../protocol/errors";
import type { Ack, ClientToServerEvents, SeatGrant, ServerToClientEvents } from "../protocol/events";
import { botCreateGameSchema, challengeStartSchema, createGameSchema, joinGameSchema, moveSchema, nameRefusal, rematchSchema, resumeGameSchema } from "../protocol/schemas";
import { firstIssue } from "../protocol/firstIssue";
import type { GameService } from "../rooms/gameService";
import type { GameRoom } from "../rooms/room";
import { DEFAULT_RATE_LIMITS, RequestBudget, type RateLimits } from "./budget";
import { StorageUnavailable } from "../storage/guard";
import { payloadProblem } from "./guard";
import { clientAddress } from "./clientAddress";
import { protocolVersionGuard, serverHello } from "./protocolVersion";
import { announceGone, FORWARDED_CODES, forwarder, serveForwarded, type ForwardRequest, type ServerSide } from "../cluster/forwarding";
import type { RemoteSockets } from "../cluster/remoteSockets";
import type { BotIdentity } from "../rooms/gameService";
import { botAuthGuard, botChannel, botOf, type BotLookup } from "./botAuth";

export { DEFAULT_RATE_LIMITS, type RateLimits };

/** How often a node checks that the other nodes' sockets it keeps still exist somewhere. */
const REMOTE_SWEEP_MS = 10_000;

export type GameIo = Server<ClientToServerEvents, ServerToClientEvents>;
export type GameSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** The socket.io room that receives one seat's snapshots. */
export const seatChannel = (gameId: string, seat: string) => `seat:${gameId}:${seat}`;

/**
 * What a handler may do with the socket that sent its request: a local socket, or, for a request
 * forwarded from another node, a stand-in that reaches the socket there (cluster/remoteSockets.ts).
 */
export type PeerSocket = Pick<GameSocket, "id" | "join" | "leave" | "emit" | "once">;

type Run<P> = (payload: P, socket: PeerSocket) => Promise<Ack<object>> | Ack<object>;

/** How one request is bound besides its schema and use case. */
export interface HandleOptions<B extends z.ZodType = z.ZodType> {
  /** A second, per-address limit on top of the request budget (joins by code, creations). */
  limit?: "join" | "create";
  /**
   * Whether a Bot API socket (docs/bot-api.md) may send it; without, it answers NOT_FOR_BOTS.
   * `true`: as a person does. With a schema: the bot's own payload and use case, told which bot.
   */
  bots?: true | { schema: B; run: (payload: z.output<B>, socket: PeerSocket, bot: BotIdentity) => Promise<Ack<object>> | Ack<object> };
}

/** Binds one event through the shared pipeline (limit, validate, run, answer). */
export type Handle = <S extends z.ZodType, R extends object, B extends z.ZodType = z.ZodType>(
  event: string,
  schema: S,
  run: (payload: z.output<S>, socket: PeerSocket) => Promise<Ack<R>> | Ack<R>,
  options?: HandleOptions<B>,
) => void;

/** More events (class sessions), bound once through the same pipeline; told of each disconnect. */
export interface SocketExtension {
  bind(handle: Handle): void;
  disconnected?(socket: PeerSocket): void;
}

/** One entry of the one handler table: every socket's requests, a person's or a bot's, are found here. */
interface Handler {
  schema: z.ZodType;
  run: Run<unknown>;
  limit?: "join" | "create";
  /** Set when Bot API sockets may send it: the schema and use case they go through. */
  bots?: { schema: z.ZodType; run: (payload: unknown, socket: PeerSocket, bot: BotIdentity) => Promise<Ack<object>> | Ack<object> };
}

export function attachGameSockets(
  io: GameIo,
  service: GameService,
  log: Logger,
  limits: RateLimits = DEFAULT_RATE_LIMITS,
  extensions: SocketExtension[] = [],
  /**
   * Cluster mode with Redis: requests for games and sessions another node owns are forwarded to
   * it, and this node answers theirs with stand-ins for their sockets (kept here).
   */
  remote?: RemoteSockets,
  /** Finds a Bot API bot by its token (docs/bot-api.md); without it every bot token is refused. */
  botLookup?: BotLookup,
): { stop(): void } {
  const budget = new RequestBudget(limits);
  const addressOf = (socket: GameSocket) => clientAddress(socket.handshake.address, socket.handshake.headers["x-forwarded-for"], limits.trustedProxies ?? 0);
  const joins = new RateLimiterMemory({ points: limits.joinsPerMinute, duration: 60 });
  const creates = new RateLimiterMemory({ points: limits.createsPerMinute, duration: 60 });

  // One table for every connection: a socket costs two listeners, not one closure per event.
  // A Map, so an event named "__proto__" or "constructor" finds nothing rather than Object's own.
  const handlers = new Map<string, Handler>();
  const handle: Handle = (event, schema, run, options = {}) => {
    const { limit, bots } = options;
    const entry: Handler = { schema, run: run as Run<unknown>, limit };
    entry.bots = bots === true ? { schema, run: entry.run } : (bots as Handler["bots"]);
    handlers.set(event, entry);
  };

  const refusal = (code: ProtocolError["code"], message: string) => ({ ok: false as const, error: { code, message } });
  const RATE_LIMITED = refusal("RATE_LIMITED", "Too many requests: slow down.");

  /** Tell a socket that keeps going over its budget why, then close it (the event leaves first). */
  const disconnectOverBudget = (socket: GameSocket, event: string) => {
    const message = "This connection kept sending more requests than it may; it is being closed.";
    // Local: through Redis the event would leave after the disconnect, and reach nobody.
    socket.nsp.local.to(socket.id).emit("game:error", { code: "OVER_BUDGET", message, event });
    socket.disconnect(true);
  };

  async function dispatch(socket: GameSocket, rawEvent: unknown, args: unknown[], ack: ((res: unknown) => void) | undefined): Promise<void> {
    // Echo at most 64 characters of a name the client chose.
    const event = String(rawEvent).slice(0, 64);
    const answer = (res: Ack<object>) => {
      if (ack) ack(res);
      else if (!res.ok) socket.emit("game:error", { ...res.error, event });
    };
    const address = addressOf(socket);
    try {
      const verdict = await budget.admit(socket.id, address, socket.handshake.issued);
      if (verdict !== "ok") {
        answer(RATE_LIMITED);
        if (verdict === "disconnect") disconnectOverBudget(socket, event);
        return;
      }
      const entry = typeof rawEvent === "string" ? handlers.get(rawEvent) : undefined;
      if (!entry) return answer(refusal("UNKNOWN_EVENT", `There is no request called "${event}".`));
      const bot = botOf(socket);
      if (bot && !entry.bots) return answer(refusal("NOT_FOR_BOTS", `A bot may send ${botEvents().join(", ")}; not "${event}".`));
      // A bot's request goes through its own schema and use case, told which bot sent it.
      const botRoute = bot && entry.bots;
      const handler = botRoute ? { ...entry, schema: botRoute.schema, run: (p: unknown, s: PeerSocket) => botRoute.run(p, s, bot) } : entry;
      if (args.length > 1) return answer(refusal("BAD_PAYLOAD", `A request takes one payload (and a callback last), not ${args.length} arguments.`));
      const payload = args[0];
      const extraLimit = handler.limit === "join" ? joins : handler.limit === "create" ? creates : undefined;
      if (extraLimit && !(await allowed(extraLimit, address))) {
        answer(RATE_LIMITED);
        if ((await budget.refuse(socket.id)) === "disconnect") disconnectOverBudget(socket, event);
        return;
      }
      const problem = payloadProblem(payload);
      if (problem) return answer(refusal("BAD_PAYLOAD", problem));
      const parsed = handler.schema.safeParse(payload);
      if (!parsed.success) {
        const refusedName = nameRefusal(parsed.error);
        return answer(refusedName ? refusal("NICKNAME_REFUSED", refusedName) : refusal("BAD_PAYLOAD", firstIssue(parsed.error)));
      }
      let res = await handler.run(parsed.data, socket);
      if (forward && !res.ok && FORWARDED_CODES.has(res.error.code)) {
        const owners = await forward({ event, payload: parsed.data, socketId: socket.id });
        if (owners) forwardedFrom.add(socket.id);
        res = owners ?? res;
      }
      // Join codes must not be guessable, but a whole class joins from one school address:
      // only failed joins count against the join limit.
      if (handler.limit === "join" && res.ok) await joins.reward(address, 1);
      answer(res);
    } catch (err) {
      if (err instanceof StorageUnavailable) {
        return answer({ ok: false, error: { code: "STORAGE_UNAVAILABLE", message: "The server cannot reach its storage just now: try again in a moment." } });
      }
      log.error({ err, event }, "handler failed");
      answer(refusal("INTERNAL", "The server could not do that."));
    }
  }

  /** The friend games (ids: no room outlives its registry for a socket's sake) each socket holds a seat of: when it goes, their other seats see it leave. */
  const friendRooms = new WeakMap<PeerSocket, Set<string>>();

  /** Subscribe the socket to its seat; the service starts the game if it can and sends the snapshot (after the ack has gone). */
  const enter = (socket: PeerSocket, room: GameRoom, seat: string) => {
    void socket.join(seatChannel(room.id, seat));
    if (room.friends) {
      let rooms = friendRooms.get(socket);
      if (!rooms) {
        const held = (rooms = new Set());
        friendRooms.set(socket, held);
        // "disconnect" comes after the socket has left its channels: presence then reads false.
        socket.once("disconnect", () => held.forEach((id) => service.left(id)));
      }
      rooms.add(room.id);
    }
    service.enter(room, seat);
  };

  /** A use case that grants a seat: on success the socket enters it. */
  const granting =
    <P>(use: (payload: P) => Promise<Ack<SeatGrant> & { room?: GameRoom }> | (Ack<SeatGrant> & { room?: GameRoom })) =>
    async (payload: P, socket: PeerSocket) => {
      const { room, ...res } = await use(payload);
      if (res.ok && room) setImmediate(() => enter(socket, room, res.seat));
      return res as Ack<SeatGrant>;
    };

  // A Bot API socket creates games as its bot (against house bots only), and moves and resumes
  // with the seat tokens it holds, as anyone does (docs/bot-api.md).
  const botCreate = { schema: botCreateGameSchema, run: (p: z.output<typeof botCreateGameSchema>, socket: PeerSocket, bot: BotIdentity) => granting((q: typeof p) => service.createForBot(q, bot))(p, socket) };
  handle("game:create", createGameSchema, granting((p) => service.create(p)), { limit: "create", bots: botCreate });
  handle("game:join", joinGameSchema, granting((p) => service.join(p)), { limit: "join" });
  handle("game:resume", resumeGameSchema, granting((p) => service.resume(p)), { bots: true });
  handle("game:move", moveSchema, (payload) => service.move(payload), { bots: true });
  handle("game:rematch", rematchSchema, (payload) => service.rematch(payload));
  handle("challenge:start", challengeStartSchema, granting((p) => service.startChallenge(p)), { limit: "create" });
  for (const extension of extensions) extension.bind(handle);

  /** The requests a Bot API socket may send (named in NOT_FOR_BOTS). */
  const botEvents = () => [...handlers].filter(([, h]) => h.bots).map(([event]) => event);

  /** Local sockets whose requests another node answered: that node hears when they disconnect. */
  const forwardedFrom = new Set<string>();
  /** Remote sockets already told to the extensions' disconnect rules. */
  const watched = new WeakSet<PeerSocket>();
  /**
   * Another node's request: the same handler, run for a stand-in of its client's socket. Null when
   * the game or session is not this node's either (its owner answers).
   */
  const serveRemote = async (remoteSockets: RemoteSockets, { event, payload, socketId }: ForwardRequest): Promise<Ack<object> | null> => {
    const handler = typeof event === "string" ? handlers.get(event) : undefined;
    const parsed = handler?.schema.safeParse(payload);
    if (!handler || !parsed?.success || typeof socketId !== "string") return null;
    const socket = remoteSockets.of(socketId);
    const res = await handler.run(parsed.data, socket);
    if (!res.ok && FORWARDED_CODES.has(res.error.code)) return null;
    if (res.ok && !watched.has(socket) && extensions.some((e) => e.disconnected)) {
      watched.add(socket);
      socket.once("disconnect", () => extensions.forEach((e) => e.disconnected?.(socket)));
    }
    return res;
  };
  const serverSide = io as unknown as ServerSide;
  const forward = remote ? forwarder(serverSide) : null;
  let sweeper: ReturnType<typeof setInterval> | null = null;
  if (remote) {
    serveForwarded(serverSide, (request) => serveRemote(remote, request), (id) => remote.gone(id), (err) => log.error({ err }, "forwarded request failed"));
    // A node that died never says its sockets left: every so often, forget those no node has.
    sweeper = setInterval(() => {
      remote.sweep().catch((err: unknown) => log.debug({ err }, "remote sockets: sweep skipped (a node did not answer)"));
    }, REMOTE_SWEEP_MS);
    sweeper.unref();
  }

  // A client of another protocol version is refused before it takes a connection slot.
  io.use(protocolVersionGuard);
  // A bot's token is checked at the handshake: a refused bot never holds a socket.
  io.use(botAuthGuard(botLookup));
  // Sockets open at once per address: refused at the handshake with a typed connect_error.
  io.use((socket, next) => {
    const address = addressOf(socket);
    if (!budget.openSocket(address)) {
      const err = Object.assign(new Error("TOO_MANY_CONNECTIONS"), {
        data: { code: "TOO_MANY_CONNECTIONS", message: `At most ${limits.socketsPerAddress} connections from one address at once.` },
      });
      return next(err);
    }
    // The transport's close, not the socket's disconnect: it fires even for a connection that
    // closed between this check and the connection event.
    socket.conn.once("close", () => budget.closeSocket(address));
    next();
  });

  io.on("connection", (socket: GameSocket) => {
    socket.emit("server:hello", serverHello());
    const bot = botOf(socket);
    if (bot) void socket.join(botChannel(bot.id));
    socket.onAny((event: unknown, ...args: unknown[]) => {
      // socket.io puts the client's callback last, whatever came before it.
      const ack = typeof args.at(-1) === "function" ? (args.pop() as (res: unknown) => void) : undefined;
      void dispatch(socket, event, args, ack);
    });
    socket.on("disconnect", () => {
      for (const extension of extensions) extension.disconnected?.(socket);
      if (forwardedFrom.delete(socket.id)) announceGone(serverSide, socket.id);
    });
  });
  return { stop: () => sweeper && clearInterval(sweeper) };
}

export async function allowed(limiter: RateLimiterMemory, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch {
    return false;
  }
}
