/**
 * The server of the class-session benchmark (issue 5): the real server as production runs it,
 * both the game store and the class store on Prisma over a fresh, migrated SQLite file (a copy
 * of the test template), so the session, its members, the round and every game are written as
 * in a classroom. Only the per-address limits (join/create, request budget, socket cap) are
 * lifted: every bench client comes from 127.0.0.1. The per-socket limit stays the production
 * default (20 requests a second). As in production the scenarios' shared caches are warmed (FLP's
 * valency oracles: about 1.7 s of CPU, in slices); here before the server listens, so the bench
 * measures a server that has been up a while, not one whose first FLP round fills them.
 */
import { startServer } from "../server/app";
import { SCENARIOS } from "../server/engine/scenarios";
import { warmScenarios } from "../server/engine/warm";
import { DEFAULT_RATE_LIMITS } from "../server/realtime/sockets";
import { createTestDatabase } from "../server/storage/testDatabase";
import type { BenchServer } from "./echoBaseline";

export async function startClassroomServer(): Promise<BenchServer> {
  const db = await createTestDatabase();
  await warmScenarios(Object.values(SCENARIOS));
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    ui: false,
    databaseUrl: db.url,
    countdownMs: 0,
    // The per-socket limit as deployed; the address budget lifted so figures stay comparable
    // with earlier runs (the class shares 127.0.0.1 with the host).
    rateLimits: { perSocketPerSecond: DEFAULT_RATE_LIMITS.perSocketPerSecond, joinsPerMinute: 1e6, createsPerMinute: 1e6, perAddressPerSecond: 1e6, socketsPerAddress: 1e6 },
  });
  return {
    port: server.port,
    facts: () => ({ connections: server.io.engine.clientsCount, rooms: server.registry.size }),
    close: async () => {
      await server.close();
      await db.cleanup();
    },
  };
}
