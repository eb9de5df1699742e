/**
 * The whole server in one process: Next.js pages, the HTTP API and socket.io on one port.
 * `startServer` is what `server/index.ts` runs and what integration tests start on port 0.
 */
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { handleApi } from "./http/api";
import { createLogger } from "./logger";
import type { RoomClock } from "./rooms/clock";
import { RoomRegistry, type RegistryOptions } from "./rooms/registry";
import { GameService } from "./rooms/gameService";
import { attachGameSockets, DEFAULT_RATE_LIMITS, seatChannel, type GameIo, type RateLimits } from "./realtime/sockets";
import { closePrisma, databaseUrl, getPrisma } from "./storage/db";
import { PrismaGameStore } from "./storage/prismaGameStore";
import { PrismaClassStore, type ClassStore } from "./storage/classStore";
import { ClassService } from "./classroom/classService";
import { classPush, classSockets } from "./classroom/classSockets";
import { completedChallenges, playerByDevice } from "./storage/playerPages";
import type { GameStore } from "./storage/types";

export interface ServerOptions {
  port?: number;
  host?: string;
  /** Serve the Next.js UI (off for API-and-sockets-only processes such as tests). */
  ui?: boolean;
  dev?: boolean;
  databaseUrl?: string;
  /** A store to use instead of the Prisma one. */
  store?: GameStore;
  classStore?: ClassStore;
  rateLimits?: Partial<RateLimits>;
  registry?: RegistryOptions;
  /** Where game seeds come from (tests pin them to reproduce a game); random by default. */
  newSeed?: () => number;
  /** What drives game ticks and class round times; real time by default (tests pass a manual clock). */
  clock?: RoomClock;
  /** Class sessions: how long a student may be gone before a bot plays their seat. */
  classGraceMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  io: GameIo;
  http: HttpServer;
  registry: RoomRegistry;
  service: GameService;
  classes: ClassService;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = createLogger();
  const dbUrl = options.databaseUrl ?? databaseUrl();
  const store = options.store ?? new PrismaGameStore(getPrisma(dbUrl));
  const registry = new RoomRegistry(options.registry);
  const classStore: ClassStore = options.classStore ?? new PrismaClassStore(getPrisma(dbUrl));
  // Player lookups and challenge unlocks read the Prisma database; a custom store has none.
  const players = options.store ? undefined : (token: string) => playerByDevice(getPrisma(dbUrl), token);
  const completedOf = options.store ? undefined : (token: string) => completedChallenges(getPrisma(dbUrl), token);

  let nextHandler: ((req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>) | null = null;
  if (options.ui) {
    const { default: next } = await import("next");
    const app = next({ dev: options.dev ?? false, hostname: options.host, port: options.port });
    await app.prepare();
    nextHandler = app.getRequestHandler();
  }

  const http = createServer((req, res) => {
    handleApi(req, res, { store, registry, players, classStore })
      .then((handled) => {
        if (handled) return;
        if (nextHandler) return nextHandler(req, res);
        res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      })
      .catch((err) => {
        log.error({ err, url: req.url }, "request failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end("Internal error");
      });
  });

  const io: GameIo = new Server(http, { maxHttpBufferSize: 256 * 1024, serveClient: false });
  const service = new GameService({
    registry,
    store,
    log,
    newSeed: options.newSeed,
    clock: options.clock,
    completedChallenges: completedOf,
    publish: (gameId, seat, snapshot) => io.to(seatChannel(gameId, seat)).emit("game:snapshot", snapshot),
    listening: (gameId, seat) => (io.sockets.adapter.rooms.get(seatChannel(gameId, seat))?.size ?? 0) > 0,
  });
  const classes = new ClassService({
    games: service,
    store,
    classStore,
    push: classPush(io),
    log,
    graceMs: options.classGraceMs,
    now: options.clock ? () => options.clock!.now() : undefined,
  });
  attachGameSockets(io, service, log, { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, [classSockets(classes)]);

  await new Promise<void>((resolve) => http.listen(options.port ?? 3000, options.host, resolve));
  const port = (http.address() as AddressInfo).port;
  log.info({ port, ui: Boolean(nextHandler) }, "bivalent listening");

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      classes.dispose();
      registry.disposeAll();
      await service.flush();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      if (!options.store) await closePrisma(dbUrl);
    })());

  return { url: `http://127.0.0.1:${port}`, port, io, http, registry, service, classes, close };
}
