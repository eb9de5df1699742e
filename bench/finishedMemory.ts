/**
 * Memory held per finished game (issue 20): one server with the real Prisma SQLite store (journal
 * and outbox on) on a temporary database, in a child process started with --expose-gc. Sockets
 * play short Two Generals games (a human seat that never moves, a house bot, 5 ms ticks, dawn at
 * tick 20, the default) to their end through `game:create`, the path real games take, until every game is stored.
 * Heap (after a full GC) and RSS before, after N finished games, and per game; then, for the old
 * behaviour (finished rooms kept in memory), the heap per game while a sample of finished rooms
 * is held. `node --import tsx bench/finishedMemory.ts` alone, or the `finishedmem` phase of `npm run bench`.
 */
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { startServer } from "../server/app";
import type { Ack, GameSnapshot, SeatGrant } from "../server/protocol/events";
import type { GameRoom } from "../server/rooms/room";
import { createTestDatabase } from "../server/storage/testDatabase";
import { closeClients, connectClients, request, type BenchSocket } from "./clients";
import { round } from "./stats";

export interface FinishedMemoryBench {
  games: number;
  seconds: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  /** heapAfter / heapBefore: the target is at most 1.10. */
  heapRatio: number;
  /** (heapAfter − heapBefore) / games, bytes. */
  heapPerGameBytes: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** The old behaviour: heap per finished room while rooms are held (a sample of `oldSample` games), bytes. */
  oldHeapPerGameBytes: number;
  oldSample: number;
  /** Rooms this node still holds once every game is stored. */
  roomsLeft: number;
}

export const FINISHED_MEMORY_TARGET_RATIO = 1.1;
const SOCKETS = 100;
const GAME = { scenario: "generals", params: { captureProbability: 0.3, crossingTicks: 1, dawnTick: 20 }, seat: "A", others: { B: { kind: "bot", strategy: "bold" } }, tickMs: 5 };
const MB = 1024 * 1024;

/** Runs the bench in a child process with --expose-gc; resolves with its figures. */
export function runFinishedMemoryBench(games: number): Promise<FinishedMemoryBench> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [String(games)], { execArgv: ["--expose-gc", "--import", "tsx"], stdio: ["ignore", "ignore", "inherit", "ipc"] });
    child.once("message", (m) => resolve(m as FinishedMemoryBench));
    child.once("error", reject);
    child.once("exit", (code) => code !== 0 && reject(new Error(`finished-memory bench exited with ${code}`)));
  });
}

export function describeFinishedMemory(b: FinishedMemoryBench): string[] {
  return [
    `  ${b.games} games played to their end and stored in ${b.seconds} s; rooms left in memory: ${b.roomsLeft}`,
    `  heap ${b.heapBeforeMb} MB before → ${b.heapAfterMb} MB after: ×${b.heapRatio} (target ≤ ×${FINISHED_MEMORY_TARGET_RATIO}), ${b.heapPerGameBytes} bytes held per finished game`,
    `  rss ${b.rssBeforeMb} MB before → ${b.rssAfterMb} MB after`,
    `  old behaviour (finished rooms kept): ${b.oldHeapPerGameBytes} bytes of heap per finished game (${b.oldSample} rooms held)`,
  ];
}

function heap(): { heapUsed: number; rss: number } {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error("run with --expose-gc");
  for (let i = 0; i < 3; i++) collect();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

/** Every socket plays games one after another until `total` have been stored; `onCreated` sees each room. */
async function play(sockets: BenchSocket[], total: number, onCreated: (gameId: string) => void): Promise<void> {
  let started = 0;
  await Promise.all(
    sockets.map(async (socket) => {
      const player = { nickname: "bench", deviceToken: randomBytes(24).toString("base64url") };
      while (started < total) {
        started++;
        // Listening before creating: the stored snapshot may come right after the grant.
        let gameId = "";
        let stored!: () => void;
        const done = new Promise<void>((r) => (stored = r));
        const onSnapshot = (s: GameSnapshot) => s.gameId === gameId && s.saved === true && stored();
        socket.on("game:snapshot", onSnapshot);
        const grant = await request<Ack<SeatGrant>>(socket, "game:create", { ...GAME, player });
        if (!grant.ok) throw new Error(`game:create refused: ${grant.error.code}`);
        gameId = grant.gameId;
        onCreated(gameId);
        await done;
        socket.off("game:snapshot", onSnapshot);
      }
    }),
  );
}

async function child(games: number): Promise<FinishedMemoryBench> {
  const db = await createTestDatabase();
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    ui: false,
    databaseUrl: db.url,
    countdownMs: 0,
    rateLimits: { perSocketPerSecond: 1e6, joinsPerMinute: 1e6, createsPerMinute: 1e6, perAddressPerSecond: 1e6, socketsPerAddress: 1e6 },
  });
  const sockets = await connectClients(server.url, SOCKETS);
  const settled = async () => {
    while (server.recorder.health().pending > 0 || server.registry.size > 0) await new Promise((r) => setTimeout(r, 50));
  };
  // Warm-up: code paths compiled, caches and pools filled, before the baseline.
  await play(sockets, 500, () => undefined);
  await settled();
  const before = heap();
  const t0 = Date.now();
  await play(sockets, games, () => undefined);
  await settled();
  const seconds = round((Date.now() - t0) / 1000, 1);
  const after = heap();
  const roomsLeft = server.registry.size;

  // The old behaviour, for comparison: finished rooms held (as the 15-minute retention did).
  const oldSample = Math.min(2_000, games);
  const held: GameRoom[] = [];
  const base = heap();
  await play(sockets, oldSample, (id) => held.push(server.registry.get(id) as GameRoom));
  await settled();
  const holding = heap();
  const oldHeapPerGameBytes = Math.round((holding.heapUsed - base.heapUsed) / held.length);
  held.length = 0;

  closeClients(sockets);
  await server.close();
  await db.cleanup();
  return {
    games,
    seconds,
    heapBeforeMb: round(before.heapUsed / MB, 1),
    heapAfterMb: round(after.heapUsed / MB, 1),
    heapRatio: round(after.heapUsed / before.heapUsed, 3),
    heapPerGameBytes: Math.round((after.heapUsed - before.heapUsed) / games),
    rssBeforeMb: round(before.rss / MB, 1),
    rssAfterMb: round(after.rss / MB, 1),
    oldHeapPerGameBytes,
    oldSample,
    roomsLeft,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const games = Number(process.argv[2] ?? 10_000);
  if (process.send) {
    const send = process.send.bind(process);
    child(games).then(
      (figures) => send(figures, () => process.exit(0)),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  } else {
    runFinishedMemoryBench(games).then((b) => describeFinishedMemory(b).forEach((line) => console.log(line)));
  }
}
