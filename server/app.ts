/**
 * The whole server in one process: Next.js pages, the HTTP API and socket.io on one port.
 * `startServer` is what `server/index.ts` runs and what integration tests start on port 0.
 */
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { handleApi } from "./http/api";
import { withheldCycle } from "./storage/arenaHold";
import { createLogger } from "./logger";
import type { RoomClock } from "./rooms/clock";
import { RoomRegistry, type RegistryOptions } from "./rooms/registry";
import { GameService } from "./rooms/gameService";
import { attachGameSockets, DEFAULT_RATE_LIMITS, seatChannel, type GameIo, type RateLimits } from "./realtime/sockets";
import { originGuard } from "./realtime/origins";
import { gameParser, preSerialized } from "./realtime/parser";
import { clusterNodes, connectRedis, untilSubscribed, type RedisLink } from "./realtime/redisAdapter";
import { closePrisma, databaseUrl, getPrisma, useWriteAheadLog } from "./storage/db";
import { PrismaGameStore } from "./storage/prismaGameStore";
import { classGameOf, PrismaClassStore, type ClassStore } from "./storage/classStore";
import { ClassService } from "./classroom/classService";
import { classPush, classSockets, spectatorChannel, spectatorViewOf } from "./classroom/classSockets";
import { completedChallenges, playerByDevice } from "./storage/playerPages";
import { PrismaBotStore, type BotStore } from "./storage/botStore";
import { botApi } from "./http/bots";
import { botChannel } from "./realtime/botAuth";
import { ArenaScheduler, DEFAULT_ARENA_INTERVAL_MS, DEFAULT_ARENA_PAIR_WAIT_MS, DEFAULT_ARENA_TICK_MS } from "./arena/scheduler";
import { arenaSockets } from "./arena/arenaSockets";
import { PrismaArenaStore } from "./storage/arenaStore";
import type { GameStore } from "./storage/types";
import { GameRecorder } from "./rooms/recorder";
import { Journal } from "./rooms/journal";
import { restoreLiveGames } from "./rooms/restore";
import type { StoredLiveGame } from "./rooms/journal";
import { DEFAULT_SESSION_MAX_AGE_MS, restoreClassSessions, type RestoreSessionsDeps } from "./classroom/restoreSessions";
import { PrismaJournalStore } from "./storage/prismaJournalStore";
import { shareRevocations } from "./cluster/botRevocation";
import { clusterLeases } from "./cluster/clusterMode";
import type { ServerSide } from "./cluster/forwarding";
import { sessionResource } from "./cluster/leases";
import { startNodeOwnership, type NodeOwnership } from "./cluster/nodeOwnership";
import { RemoteSockets, type ClusterIo } from "./cluster/remoteSockets";
import { standInStrategy } from "./classroom/presets";
import { Outbox, outboxPathOf } from "./storage/outbox";
import { guardStorage } from "./storage/guard";
import { upgradeStoredDepths } from "./storage/depthUpgrade";
import { recheckChallengeCompletion } from "./storage/challenges";
import { ensurePlayerStats } from "./storage/playerStats";
import { SCENARIOS } from "./engine/scenarios";
import { warmScenarios } from "./engine/warm";
import { parsePublicUrl } from "./net/publicUrl";
import { securityHeaders } from "./http/securityHeaders";
import { joinAddresses, type Interfaces } from "./net/lanAddresses";
import type { JoinAddresses } from "./protocol/joinAddresses";

export interface ServerOptions {
  port?: number;
  host?: string;
  /** Serve the Next.js UI (off for API-and-sockets-only processes such as tests). */
  ui?: boolean;
  dev?: boolean;
  databaseUrl?: string;
  /** A store to use instead of the Prisma one. */
  store?: GameStore;
  /** Bot API bots kept elsewhere than the Prisma database (tests with in-memory stores); with `store` and without it, none. */
  botStore?: BotStore;
  classStore?: ClassStore;
  rateLimits?: Partial<RateLimits>;
  /** Web origins besides the server's own that may open sockets (`ALLOWED_ORIGINS`). */
  allowedOrigins?: string[];
  /**
   * `PUBLIC_URL`: the address students open, in the class join link and QR code (server/net/publicUrl.ts;
   * a bad one throws). Its origin may open sockets too. Unset: the host picks a LAN address.
   */
  publicUrl?: string | null;
  /** This machine's network interfaces (`os.networkInterfaces()` by default; tests pass their own). */
  networkInterfaces?: () => Interfaces;
  registry?: RegistryOptions;
  /** Where game seeds come from (tests pin them to reproduce a game); random by default. */
  newSeed?: () => number;
  /** What drives game ticks and class round times; real time by default (tests pass a manual clock). */
  clock?: RoomClock;
  /**
   * How long every game counts down (3-2-1) between "every seat is held" and tick 0, ms; 3 000
   * by default (`COUNTDOWN_MS`). Tests and benches that are not about the countdown pass 0.
   */
  countdownMs?: number;
  /** Class sessions: how long a student may be gone before a bot plays their seat. */
  classGraceMs?: number;
  /** Class sessions: the host's dashboard is pushed at most this often (ms; tests shorten it). */
  classDashboardEveryMs?: number;
  /** Backoff of the finished-games writer (first delay and cap, ms). */
  storageRetry?: { firstMs: number; maxMs: number };
  /**
   * On start, bring back the class sessions an earlier run left open (server/classroom/restoreSessions.ts;
   * their live games too with `restoreLiveGames`), and end those hosted longer ago than
   * `classSessionMaxAgeMs`. Only for the process that owns the database (server/index.ts) and for
   * restart tests; tests share databases between servers.
   */
  restoreClassSessions?: boolean;
  /** Open class sessions hosted longer ago than this are closed at start, not restored (12 h by default). */
  classSessionMaxAgeMs?: number;
  /**
   * After listening, upgrade in the background the games stored as trace version 1 (their depth
   * was the chain): server/storage/depthUpgrade.ts; then clear the challenge totals that say
   * "completed" without every night's objective met (server/storage/challenges.ts). Only for the
   * process that owns the database.
   */
  upgradeStoredGames?: boolean;
  /**
   * On start, bring back the games an earlier run left unfinished (server/rooms/restore.ts). Only
   * for the process that owns the database (server/index.ts) and for restart tests: servers that
   * share a database would each adopt the other's games.
   */
  restoreLiveGames?: boolean;
  /** How long a restored game waits for its players before bots stand in, ms (60 s by default). */
  restoreGraceMs?: number;
  /**
   * Cluster mode (issue 16; PostgreSQL only): each live game is owned by one node through a lease
   * with a fencing token (server/cluster/leases.ts). A node claims the games it creates, renews its
   * leases every `scanMs`, adopts the journaled games whose lease expired (their owner died) and,
   * at start, restores only those it can lease; `restoreLiveGames` is ignored. Class sessions are
   * leased too (`session:<id>`) and adopted with their round's games by the same loop, so
   * `restoreClassSessions` restores none at start. A node whose lease moved cannot journal for that
   * game again: it drops the room (or the session) and sends its players elsewhere. SIGTERM releases
   * every lease once the journal is written.
   */
  cluster?: { nodeId: string; ttlMs?: number; scanMs?: number };
  /**
   * SQLite in write-ahead-log mode (default on; storage/db.ts). Off for a database on a network
   * file system (the log's shared memory needs one machine); a file already in WAL mode stays so.
   */
  sqliteWal?: boolean;
  /** Backoff of the live-game journal's writes (first delay and cap, ms). */
  journalRetry?: { firstMs: number; maxMs: number };
  /**
   * After it listens, run each scenario's `warm` work (filling shared caches, e.g. FLP's valency
   * oracles) in short slices off the request path. For the real server; tests leave it off.
   */
  warmScenarios?: boolean;
  /**
   * `REDIS_URL`: socket.io broadcasts through Redis, so rooms reach their sockets on every node
   * (server/realtime/redisAdapter.ts). Unset: one node on its own. Unreachable at start: throws
   * `RedisUnreachable`.
   */
  redisUrl?: string | null;
  /** Names Redis's stream, channels and session keys ("bivalent" by default; tests isolate runs). */
  redisPrefix?: string;
  /**
   * How long a dropped connection may come back as itself (socket.io's connection state recovery:
   * its rooms, and the events it missed), ms; 0 turns it off. By default 120 000 with Redis, and
   * off on one node: there socket.io would keep every event sent in the window in this process's
   * heap (measured: ~1.6 KB per Two Generals snapshot; a 300-student class at one tick a second
   * would hold 60 to 90 MB), while clients resume with full views on every reconnection anyway.
   */
  recoveryMs?: number;
  /** The arena (server/arena/): how often its queues are served, ms (1 000 by default). */
  arenaIntervalMs?: number;
  /** The arena: how long a lone bot waits for a partner before it plays the house, ms (3 000 by default). */
  arenaPairWaitMs?: number;
  /** The arena: the pace of its games, ms per tick (500 by default). */
  arenaTickMs?: number;
  /** The arena: nights per cycle (32 by default; fewer in tests, to see a cycle end and its replays open). */
  arenaNights?: number;
  /** The arena: the secret its nights' seeds derive from (ARENA_SECRET); without it, one kept in the database. */
  arenaSecret?: string;
}

/** Connection state recovery's window with Redis: a phone changing networks, a node restarting. */
const RECOVERY_MS = 120_000;

const RESTARTING_KEEPS = "The server is restarting: reconnect in a moment. Games in progress pause and go on when their players are back.";
const RESTARTING_ENDS = "The server is restarting: reconnect in a moment. Games in progress end here.";

/** How long `close()` may try to write finished games before leaving them in the outbox. */
const FLUSH_BUDGET_MS = 5_000;
/** Outbox files opened by this process: two servers on one database share neither. */
const openOutboxes = new Set<string>();

export interface RunningServer {
  url: string;
  port: number;
  /** Where students can join, as the host console hears it (`GET /api/class/:id/join-addresses`). */
  joinAddresses(): JoinAddresses;
  io: GameIo;
  http: HttpServer;
  registry: RoomRegistry;
  service: GameService;
  classes: ClassService;
  recorder: GameRecorder;
  /** The live-game journal; undefined with a custom store. */
  journal: Journal | undefined;
  /** Settles when the background upgrade of stored version 1 games has finished or stopped. */
  depthUpgrade: Promise<void>;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const publicUrl = parsePublicUrl(options.publicUrl);
  const log = createLogger();
  // First: a server told to share its sockets through Redis does not start alone.
  const redis: RedisLink | null = options.redisUrl ? await connectRedis(options.redisUrl, log, { prefix: options.redisPrefix }) : null;
  const dbUrl = options.databaseUrl ?? databaseUrl();
  if (!options.store && options.sqliteWal !== false) await useWriteAheadLog(dbUrl, log);
  const rawStore = options.store ?? new PrismaGameStore(getPrisma(dbUrl));
  // The request path gets answers in bounded time; the recorder has its own timeouts and retries.
  const store = guardStorage(rawStore, log);
  // Live games are journaled to the database, so a restart brings them back; a custom store has none.
  const leases = options.cluster ? clusterLeases(options.cluster, dbUrl, Boolean(options.store)) : null;
  const journalStore = options.store ? null : new PrismaJournalStore(getPrisma(dbUrl), leases ?? undefined);
  if (leases && rawStore instanceof PrismaGameStore) rawStore.fence = leases;
  // Set once the sockets exist: a game whose lease moved is dropped here (see `gameMoved`).
  let gameMoved: (gameId: string) => void = () => undefined;
  const journal = journalStore ? new Journal(journalStore, { retry: options.journalRetry ?? options.storageRetry, onFenced: (ids) => ids.forEach((id) => gameMoved(id)) }) : undefined;
  const registry = new RoomRegistry({
    clock: options.clock,
    expired: (game) => {
      journal?.drop(game.id);
      // Its channels are let go: this node's sockets leave them, other nodes' (cluster forwarding) are forgotten.
      const channels = [...game.seats.map((slot) => seatChannel(game.id, slot.seat)), spectatorChannel(game.id)];
      // After the views already on their way to them (the "saved" one), which wait for the journal;
      // not while a room rebuilt for a resume (FinishedRooms) still publishes to them.
      afterJournal(() => {
        if (!service.finishedRooms.peek(game.id)) io.local.in(channels).socketsLeave(channels);
      });
      for (const channel of channels) remote?.forgetChannel(channel);
    },
    ...options.registry,
  });
  const afterJournal = (send: () => void) => (journal ? journal.whenDurable(send) : send());
  const rawClassStore: ClassStore = options.classStore ?? new PrismaClassStore(getPrisma(dbUrl));
  const classStore = guardStorage(rawClassStore, log);
  const outbox = await openOutbox(dbUrl, log);
  // Set once the arena exists (it needs the game service, which needs the recorder).
  let arena: ArenaScheduler | null = null;
  const recorder = new GameRecorder({
    store: rawStore,
    outbox,
    log,
    retry: options.storageRetry,
    onSaved: (gameId) => {
      journal?.drop(gameId);
      // Its seats hear it is stored, then it leaves memory: a late resume reads it back (server/rooms/finishedRooms.ts).
      const room = registry.get(gameId);
      if (room) void room.markSaved().then(() => registry.stored(room));
      void arena?.stored(gameId);
    },
  });
  // Before the outbox's games are saved: totals emptied by a migration are rebuilt from the
  // stored games (all of them: a game saved first would make the table look built).
  if (options.upgradeStoredGames && !options.store) {
    await ensurePlayerStats(getPrisma(dbUrl)).catch((err) => log.error({ err }, "player totals: rebuild failed; the leaderboard retries it"));
  }
  recorder.start();
  // Player lookups and challenge unlocks read the Prisma database; a custom store has none.
  const players = options.store ? undefined : (token: string) => playerByDevice(getPrisma(dbUrl), token);
  const arenaHold = options.store ? undefined : (gameId: string) => withheldCycle(getPrisma(dbUrl), gameId);
  const completedOf = options.store ? undefined : (token: string) => completedChallenges(getPrisma(dbUrl), token);
  // Bot API bots live in the Prisma database too (docs/bot-api.md); bounded in time like the rest.
  const botStore = options.botStore ?? (options.store ? undefined : guardStorage(new PrismaBotStore(getPrisma(dbUrl)), log));
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  const bots = botStore && players && botApi({ bots: botStore, players, revoked: (botId) => revokeBot(botId) }, limits);

  let nextHandler: ((req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>) | null = null;
  if (options.ui) {
    const { default: next } = await import("next");
    const app = next({ dev: options.dev ?? false, hostname: options.host, port: options.port });
    await app.prepare();
    nextHandler = app.getRequestHandler();
  }

  // Read when asked: the laptop may join the Wi-Fi after the server started.
  const addresses = (): JoinAddresses => {
    const bound = http.address() as AddressInfo | null;
    return joinAddresses({ publicUrl, port: bound?.port ?? options.port ?? 3000, boundAddress: bound?.address ?? "::", interfaces: options.networkInterfaces?.() });
  };
  const secure = securityHeaders({ dev: options.dev, publicUrl });
  const http = createServer((req, res) => {
    handleApi(req, res, { store, registry, players, bots, classStore, joinAddresses: addresses, arenaHold, storage: () => recorder.health(), journal: () => journal?.health() ?? null, redis: redis ? async () => ({ ...redis.health(), nodes: await clusterNodes(io) }) : undefined })
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

  const recoveryMs = options.recoveryMs ?? (redis ? RECOVERY_MS : 0);
  const io: GameIo = new Server(http, {
    maxHttpBufferSize: 256 * 1024,
    serveClient: false,
    parser: gameParser,
    ...(redis ? { adapter: redis.adapter } : {}),
    // A socket back within the window keeps its id and rooms and gets what it missed (docs/protocol.md,
    // "Short disconnections"). The middlewares run again: the version check and the per-address count.
    ...(recoveryMs > 0 ? { connectionStateRecovery: { maxDisconnectionDuration: recoveryMs, skipMiddlewares: false } } : {}),
    // Both transports' handshakes pass here: a page on a foreign site cannot open a socket.
    allowRequest: originGuard([...(options.allowedOrigins ?? []), ...(publicUrl ? [publicUrl] : [])]),
  });
  // Before anything is written, on every answer: the API's, Next's pages, assets and 404s, and
  // socket.io's own (polling, handshakes and its refusals, which engine.io writes itself). First in
  // line: engine.io took the "request" listeners over when it attached, so this one runs before it.
  http.prependListener("request", (req, res) => {
    secure(req, res);
    // In cluster mode every answer names its node: for the operator and the proxy tests (deploy/).
    if (leases) res.setHeader("X-Bivalent-Node", leases.nodeId);
  });
  // Answers to this node's forwarded requests come through its own subscription: have it before serving.
  if (redis && !(await untilSubscribed(redis, io, 5_000))) log.warn("redis: this node's subscription is not confirmed yet; forwarded requests may time out for a moment");
  /** Cluster mode with Redis forwards requests between nodes (server/cluster/forwarding.ts) and keeps the other nodes' sockets it serves. */
  const remote = redis && leases ? new RemoteSockets(io as unknown as ClusterIo) : null;
  /** A channel with a member here, or a member on another node this node serves. */
  const listened = (channel: string) => (io.sockets.adapter.rooms.get(channel)?.size ?? 0) > 0 || remote?.listens(channel) === true;
  const service = new GameService({
    registry,
    store,
    recorder,
    log,
    newSeed: options.newSeed,
    clock: options.clock,
    countdownMs: options.countdownMs,
    completedChallenges: completedOf,
    journal,
    restoreGraceMs: options.restoreGraceMs,
    standInOf: standInStrategy,
    // A view goes out once what it shows is journaled: no player sees a move a crash could take back.
    // Serialised once: the room's text goes out as is, unless Redis carries the packet to other nodes.
    publish: (gameId, seat, snapshot, json) => {
      const payload = json !== undefined && !redis ? preSerialized(snapshot, json) : snapshot;
      afterJournal(() => io.to(seatChannel(gameId, seat)).emit("game:snapshot", payload));
    },
    // A seat a socket of another node holds (forwarded) counts as listened to: this node cannot see it.
    listening: (gameId, seat) => listened(seatChannel(gameId, seat)),
    spectating: (gameId) => listened(spectatorChannel(gameId)),
    // Views after the acks, once per turn; bots' first answers after every starting game's seats.
    later: (run) => void setImmediate(run),
    spectate: (room, seats) => {
      const view = spectatorViewOf(room, seats);
      afterJournal(() => io.to(spectatorChannel(room.id)).emit("class:spectator", view));
    },
  });
  // A revoked bot's sockets close on every node (the adapter carries it); its seats are voided on
  // this node, and in cluster mode on the others too (server/cluster/botRevocation.ts).
  const voidBotSeats = (botId: string) => service.revokeBot(botId);
  const voidBotSeatsEverywhere = redis ? shareRevocations(io as unknown as ServerSide, voidBotSeats) : voidBotSeats;
  const revokeBot = (botId: string) => {
    io.in(botChannel(botId)).disconnectSockets(true);
    voidBotSeatsEverywhere(botId);
  };
  const classes = new ClassService({
    games: service,
    store,
    classStore,
    push: classPush(io),
    log,
    graceMs: options.classGraceMs,
    dashboardEveryMs: options.classDashboardEveryMs,
    clock: options.clock,
    lease: leases
      ? {
          claim: async (id) => (await leases.acquire(sessionResource(id))) !== null,
          release: (id) => void leases.release(sessionResource(id)).catch((err) => log.warn({ err, sessionId: id }, "cluster: could not release an ended session's lease; it expires")),
        }
      : undefined,
  });
  /** Tells these channels' sockets why, then closes them; `everywhere`: every node's sockets (through the adapter), not only this one's. */
  const sendAway = (channels: string[], message: string, everywhere: boolean) => {
    if (channels.length === 0) return;
    const target = everywhere ? io : io.local;
    target.to(channels).emit("server:restarting", { code: "SERVER_RESTARTING", message });
    target.in(channels).disconnectSockets(true);
  };
  /** What rebuilding a class session needs (at start, or adopting one in cluster mode). */
  const sessionDeps = (): RestoreSessionsDeps => ({
    classStore: rawClassStore,
    classes,
    finishedRoom: (game, context) => service.finishedRoom(game.trace, game.strategies, context),
    owed: (outbox?.pending ?? []).flatMap((g) => classGameOf(g) ?? []),
    now: options.clock?.now() ?? Date.now(),
    maxAgeMs: options.classSessionMaxAgeMs,
    log,
  });
  // The arena plays Bot API bots, which live in the Prisma database: none with a custom store.
  arena = botStore
    ? new ArenaScheduler({
        games: service,
        store: new PrismaArenaStore(getPrisma(dbUrl), options.arenaSecret),
        seat: (socket, room, seat) => {
          void socket.join(seatChannel(room.id, seat));
          service.enter(room, seat);
        },
        pending: (gameId) => registry.get(gameId) !== undefined || recorder.isPending(gameId),
        botsOf: (gameId) => registry.get(gameId)?.seats.flatMap((s) => (s.botId ? [s.botId] : [])) ?? [],
        log,
        intervalMs: options.arenaIntervalMs ?? DEFAULT_ARENA_INTERVAL_MS,
        pairWaitMs: options.arenaPairWaitMs ?? DEFAULT_ARENA_PAIR_WAIT_MS,
        tickMs: options.arenaTickMs ?? DEFAULT_ARENA_TICK_MS,
        nights: options.arenaNights,
        now: options.clock ? () => (options.clock as RoomClock).now() : undefined,
      })
    : null;
  const sockets = attachGameSockets(io, service, log, limits, [classSockets(classes), ...(arena ? [arenaSockets(arena)] : [])], remote ?? undefined, botStore && ((token) => botStore.byToken(token)));
  // In cluster mode the ownership pass brings back only the sessions nobody leases (below).
  if (options.restoreClassSessions && !leases) {
    // Unguarded: a start may take longer than a request to read every open session.
    await restoreClassSessions(sessionDeps())
      .then((r) => (r.restored || r.closed) && log.info(r, "class sessions an earlier run left open: restored or closed"))
      .catch((err) => log.error({ err }, "class sessions: could not read those left open; the next start tries again"));
  }
  let ownership: NodeOwnership | null = null;
  if (leases && journal && journalStore) {
    ownership = startNodeOwnership({
      leases,
      journal,
      journalStore,
      registry,
      service,
      classes,
      classStore: rawClassStore,
      finished: finishedCheck(getPrisma(dbUrl), outbox),
      sessionDeps,
      sendAway,
      maxSessionAgeMs: options.classSessionMaxAgeMs ?? DEFAULT_SESSION_MAX_AGE_MS,
      now: () => options.clock?.now() ?? Date.now(),
      scanMs: options.cluster?.scanMs,
      log,
    });
    gameMoved = ownership.gameMoved;
    await ownership.pass();
  } else if (options.restoreLiveGames && journal && journalStore) {
    const finished = finishedCheck(getPrisma(dbUrl), outbox);
    const classGame = options.restoreClassSessions ? (game: StoredLiveGame) => classes.restoreGame(game) : undefined;
    const report = await restoreLiveGames({ store: journalStore, journal, service, finished, classGame, log }).catch((err) => {
      log.error({ err }, "restore: could not read the journal; unfinished games stay in it for the next start");
      return null;
    });
    if (report && report.restored + report.forgotten + report.failed > 0) log.info(report, "restored the games an earlier run left unfinished");
  }
  if (options.restoreClassSessions) classes.settleRestored();

  await new Promise<void>((resolve) => http.listen(options.port ?? 3000, options.host, resolve));
  arena?.start();
  const port = (http.address() as AddressInfo).port;
  log.info({ port, ui: Boolean(nextHandler) }, "bivalent listening");
  let stopWarm = false;
  const warming = options.warmScenarios
    ? warmScenarios(Object.values(SCENARIOS), { shouldStop: () => stopWarm })
        .then((r) => r.slices > 0 && log.info({ ...r, ms: Math.round(r.ms), longestMs: Math.round(r.longestMs * 10) / 10 }, "scenarios warmed"))
        .catch((err) => log.error({ err }, "warming the scenarios failed; games fill their caches as they go"))
    : Promise.resolve();
  // In the background: replaying a million old games takes minutes, and players need not wait.
  let stopUpgrade = false;
  const upgrade = options.upgradeStoredGames && !options.store ? upgradeInBackground(getPrisma(dbUrl), log, () => stopUpgrade) : Promise.resolve();

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      const deadline = Date.now() + FLUSH_BUDGET_MS;
      log.info({ pending: recorder.health().pending }, "shutting down");
      // No new connections; every connected client hears why before its socket closes.
      http.close();
      ownership?.stop();
      sockets.stop();
      arena?.stop();
      // This node's sockets only: the others' nodes are not restarting.
      io.local.emit("server:restarting", { code: "SERVER_RESTARTING", message: journal ? RESTARTING_KEEPS : RESTARTING_ENDS });
      classes.dispose();
      registry.disposeAll();
      stopUpgrade = true; // it stops after its current batch; the next start resumes it
      stopWarm = true;
      // Class sessions stay open: the next start brings them back, and their rounds' clocks skip the time down from here.
      const classRows = classes.stampRounds();
      // Rooms are stopped: the journal holds its last inputs; write them before the database closes.
      const journalFlushed = journal ? journal.close(deadline) : Promise.resolve(true);
      await Promise.all([recorder.stop(deadline), classRows, upgrade, warming]);
      if (!(await journalFlushed)) log.error(journal?.health(), "shutdown: the journal's last inputs could not be written (they were never acknowledged)");
      // Everything this node ran is written: other nodes may adopt it now rather than after the TTL.
      await leases?.releaseAll().catch((err) => log.warn({ err }, "shutdown: could not release the leases; they expire"));
      await new Promise<void>((resolve) => io.close(() => resolve()));
      // After io.close(): the sockets' sessions are queued for Redis, so another node can recover them.
      await redis?.close();
      await outbox?.close().catch(() => undefined);
      if (outbox) openOutboxes.delete(outbox.path);
      if (!options.store) await Promise.race([closePrisma(dbUrl), new Promise((r) => setTimeout(r, 1_000).unref())]);
      log.info({ notSaved: recorder.health().pending }, "shut down");
    })());

  return { url: `http://127.0.0.1:${port}`, port, joinAddresses: addresses, io, http, registry, service, classes, recorder, journal, depthUpgrade: upgrade, close };
}

/** The outbox beside the database, unless another server of this process already holds it. */
async function openOutbox(dbUrl: string, log: ReturnType<typeof createLogger>): Promise<Outbox | null> {
  const path = outboxPathOf(dbUrl);
  if (!path) return null;
  if (openOutboxes.has(path)) {
    log.warn({ path }, "outbox: already open in this process; this server keeps finished games in memory until stored");
    return null;
  }
  try {
    const outbox = await Outbox.open(path);
    openOutboxes.add(path);
    if (outbox.unreadable) log.warn({ path, lines: outbox.unreadable }, "outbox: skipped unreadable lines (a write torn by a crash)");
    return outbox;
  } catch (err) {
    log.error({ err, path }, "outbox: cannot open; finished games wait in memory until stored");
    return null;
  }
}

/** Runs the stored-depth upgrade, logging its progress; never throws (the next start retries). */
async function upgradeInBackground(db: ReturnType<typeof getPrisma>, log: ReturnType<typeof createLogger>, shouldStop: () => boolean): Promise<void> {
  const started = Date.now();
  try {
    const done = await upgradeStoredDepths(db, {
      shouldStop,
      onProgress: (p) => p.upgraded + p.alreadyCurrent > 0 && log.info({ ...p, ms: Date.now() - started }, "depth upgrade: progress"),
    });
    if (done.upgraded + done.alreadyCurrent + done.unverifiable > 0) log.info({ ...done, ms: Date.now() - started }, done.stopped ? "depth upgrade: stopped, resumes at the next start" : "depth upgrade: done");
    if (done.unverifiable > 0) log.warn({ gameIds: done.unverifiableIds, count: done.unverifiable }, "depth upgrade: version 1 games that do not replay were left as stored");
  } catch (err) {
    log.error({ err }, "depth upgrade failed; the next start resumes it");
  }
  if (shouldStop()) return;
  try {
    // Challenge totals stored when playing every night was enough to complete a challenge.
    const corrected = await recheckChallengeCompletion(db);
    if (corrected > 0) log.info({ corrected }, "challenge totals: cleared 'completed' where a night missed the objective");
  } catch (err) {
    log.error({ err }, "challenge totals recheck failed; the next start retries it");
  }
}

/** Which of these games are stored as finished already, or waiting in the outbox to be. */
function finishedCheck(db: ReturnType<typeof getPrisma>, outbox: { pending: { id: string }[] } | null) {
  const owed = new Set((outbox?.pending ?? []).map((g) => g.id));
  return async (ids: string[]) => {
    const stored = await db.game.findMany({ where: { id: { in: ids } }, select: { id: true } });
    return new Set([...stored.map((g) => g.id), ...ids.filter((id) => owed.has(id))]);
  };
}
