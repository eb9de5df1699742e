/**
 * A test server for playing worlds: a manual clock, pinned seeds, in-memory stores, and a pool
 * of connected clients handed out one game at a time.
 */
import { MemoryBotStore, MemoryClassStore, MemoryGameStore } from "../memoryStores";
import { ManualClock } from "../manualClock";
import { startTestServer } from "../harness";
import { SeedQueue } from "./seedQueue";
import { ClientPair, type SocketEnv } from "./socketPlay";

export interface WorldServer {
  env: SocketEnv;
  /** A connected client pair, when one is free. */
  take(): Promise<ClientPair>;
  release(clients: ClientPair): void;
  stop(): Promise<void>;
}

/** `countdownMs`: the 3-2-1 before every game's tick 0 (0, the default: none), ended by the test (socketPlay.ts). */
export async function startWorldServer(clientPairs: number, countdownMs = 0): Promise<WorldServer> {
  const clock = new ManualClock();
  const seeds = new SeedQueue();
  const botStore = new MemoryBotStore();
  const t = await startTestServer({ clock, newSeed: seeds.newSeed, store: new MemoryGameStore(), classStore: new MemoryClassStore(), botStore, countdownMs });
  // One Bot API bot, whose sockets (one per pair) hold the observed seat in the worlds played as a bot's.
  const made = await botStore.create("owner", "Observer");
  if (!made.ok) throw new Error("no bot");
  const idle = Array.from({ length: clientPairs }, () => new ClientPair(t.server.url, made.token));
  const all = [...idle];
  await Promise.all(idle.map((c) => c.connected()));
  const waiting: ((c: ClientPair) => void)[] = [];
  return {
    env: { url: t.server.url, clock, seeds, registry: t.server.registry, finishedRooms: t.server.service.finishedRooms, countdownMs },
    take: () => {
      const c = idle.pop();
      return c ? Promise.resolve(c) : new Promise((resolve) => waiting.push(resolve));
    },
    release: (c) => {
      const next = waiting.shift();
      if (next) next(c);
      else idle.push(c);
    },
    async stop() {
      for (const c of all) c.close();
      await t.stop();
      await t.db.cleanup();
    },
  };
}
