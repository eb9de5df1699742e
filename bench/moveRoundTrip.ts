/**
 * Our pipeline under the same load as the echo: N/2 two-player Generals games on the real
 * server (rate limits lifted, in-memory store), every player sending one game:move a second.
 * A sends "plan" (legal once per tick, else TOO_SOON); B sends "ack" (NOT_ALLOWED until a
 * messenger has reached it). Refusals still cross validate → authorise → reduce → ack.
 * bench/cluster.ts places the same games on several nodes (runPlacedMoveLoad).
 */
import { randomBytes } from "node:crypto";
import { startServer } from "../server/app";
import type { Ack, SeatGrant } from "../server/protocol/events";
import { connectClients, closeClients, request, runFixedRate, type BenchSocket, type LoadOptions, type LoadResult } from "./clients";
import type { BenchServer } from "./echoBaseline";
import { MemoryGameStore } from "../server/testing/memoryStores";
import { createTestDatabase } from "../server/storage/testDatabase";

/** dawnTick 200 at 1 s ticks: no game can end during a measurement of well under 3 minutes. */
const GAME = { scenario: "generals", params: { captureProbability: 0.2, dawnTick: 200, crossingTicks: 2 }, tickMs: 1000 };

/** One node of a cluster (issue 16): its shared PostgreSQL and Redis, its id, its Redis prefix. */
export interface ClusterNodeConfig {
  databaseUrl: string;
  redisUrl: string;
  nodeId: string;
  redisPrefix: string;
}

/**
 * `journaled`: on a real SQLite database (a fresh migrated file), so every accepted input is
 * journaled before its ack and finished games are stored, as in production; otherwise the
 * in-memory store, which journals nothing (the pipeline alone). `cluster`: a node in cluster mode
 * on PostgreSQL and Redis instead (bench/cluster.ts), journaled there.
 */
export async function startGameServer(journaled = false, cluster?: ClusterNodeConfig): Promise<BenchServer> {
  const db = journaled && !cluster ? await createTestDatabase() : null;
  const storage = cluster
    ? { databaseUrl: cluster.databaseUrl, redisUrl: cluster.redisUrl, redisPrefix: cluster.redisPrefix, cluster: { nodeId: cluster.nodeId } }
    : db
      ? { databaseUrl: db.url }
      : { store: new MemoryGameStore() };
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    ui: false,
    ...storage,
    // Games start at once: the bench measures moves, not the 3-2-1.
    countdownMs: 0,
    // Every bench client shares 127.0.0.1: no address budget or socket cap either.
    rateLimits: { perSocketPerSecond: 1000, joinsPerMinute: 1e6, createsPerMinute: 1e6, perAddressPerSecond: 1e6, socketsPerAddress: 1e6 },
  });
  return {
    port: server.port,
    facts: () => ({ connections: server.io.engine.clientsCount, rooms: server.registry.size, ...(server.journal ? { journalPending: server.journal.health().pending } : {}) }),
    close: async () => {
      await server.close();
      await db?.cleanup();
    },
  };
}

const player = (nickname: string) => ({ nickname, deviceToken: randomBytes(24).toString("base64url") });

/** Seat a pair of clients in a fresh game; resolves with both grants once B has joined. */
async function seatPair(a: BenchSocket, b: BenchSocket): Promise<[SeatGrant, SeatGrant]> {
  const created = await request<Ack<SeatGrant>>(a, "game:create", { ...GAME, seat: "A", others: { B: { kind: "human" } }, player: player("benchA") });
  if (!created.ok) throw new Error(`game:create refused: ${created.error.code} ${created.error.message}`);
  const joined = await request<Ack<SeatGrant>>(b, "game:join", { code: created.code, player: player("benchB") });
  if (!joined.ok) throw new Error(`game:join refused: ${joined.error.code} ${joined.error.message}`);
  return [created, joined];
}

export interface MoveLoadResult extends LoadResult {
  games: number;
  /** Snapshots pushed to the clients during the whole run (ticks and accepted moves). */
  snapshots: number;
}

/** Where one game lives: the node that creates it (`host`) and the node its players' sockets reach (`via`). */
export interface GamePlacement {
  host: string;
  via: string;
}

export async function runMoveLoad(url: string, n: number, opts: LoadOptions): Promise<MoveLoadResult> {
  return runPlacedMoveLoad(Array.from({ length: Math.floor(n / 2) }, () => ({ host: url, via: url })), opts);
}

/**
 * The move load over games placed on nodes. A game whose players connect to its host is seated by
 * those players; otherwise two setup sockets seat it on the host and the players take their seats
 * on `via` with game:resume (forwarded to the host), so every move they send is forwarded too.
 */
export async function runPlacedMoveLoad(placements: GamePlacement[], opts: LoadOptions): Promise<MoveLoadResult> {
  const games = placements.length;
  const sockets: BenchSocket[] = new Array(games * 2);
  for (const via of new Set(placements.map((p) => p.via))) {
    const mine = placements.flatMap((p, g) => (p.via === via ? [2 * g, 2 * g + 1] : []));
    const connected = await connectClients(via, mine.length);
    mine.forEach((slot, i) => (sockets[slot] = connected[i]));
  }
  const setup: BenchSocket[] = [];
  let snapshots = 0;
  for (const s of sockets) s.on("game:snapshot", () => snapshots++);
  try {
    const grants: SeatGrant[] = new Array(games * 2);
    const seat = async (k: number) => {
      const { host, via } = placements[k];
      const pair: [BenchSocket, BenchSocket] = host === via ? [sockets[2 * k], sockets[2 * k + 1]] : await setupPair(host, setup);
      const [a, b] = await seatPair(...pair);
      if (host !== via) await Promise.all([resume(sockets[2 * k], a), resume(sockets[2 * k + 1], b)]);
      grants[2 * k] = a;
      grants[2 * k + 1] = b;
    };
    for (let g = 0; g < games; g += 25) {
      const wave = [];
      for (let k = g; k < Math.min(games, g + 25); k++) wave.push(seat(k));
      await Promise.all(wave);
    }
    // The setup sockets leave before the load: their seats are held by the players' sockets now.
    closeClients(setup.splice(0));
    const classify = (ack: unknown) => {
      const res = ack as Ack<{ seq: number }>;
      return res.ok ? "accepted" : res.error.code;
    };
    const senders = sockets.map((socket, i) => {
      const g = grants[i];
      const payload = { gameId: g.gameId, seatToken: g.seatToken, move: { type: "send", kind: g.seat === "A" ? "plan" : "ack" } };
      return { socket, event: "game:move", payload: () => payload, classify };
    });
    const result = await runFixedRate(senders, opts);
    await opts.beforeClose?.();
    return { ...result, games, snapshots };
  } finally {
    closeClients(setup);
    closeClients(sockets);
  }
}

async function setupPair(host: string, setup: BenchSocket[]): Promise<[BenchSocket, BenchSocket]> {
  const [a, b] = await connectClients(host, 2);
  setup.push(a, b);
  return [a, b];
}

async function resume(socket: BenchSocket, grant: SeatGrant): Promise<void> {
  const res = await request<Ack<SeatGrant>>(socket, "game:resume", { gameId: grant.gameId, seatToken: grant.seatToken });
  if (!res.ok) throw new Error(`game:resume refused: ${res.error.code} ${res.error.message}`);
}
