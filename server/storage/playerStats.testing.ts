/** Shared by the PlayerStat tests: a store on a fresh database with named players, and every stat row in a fixed order. */
import type { PrismaClient } from "../generated/prisma/client";
import { getPrisma } from "./db";
import { PrismaGameStore } from "./prismaGameStore";
import type { Provider } from "./provider";
import { createTestDatabase, type ProviderTestDatabase } from "./testDatabase";

export interface StatsFixture {
  database: ProviderTestDatabase;
  store: PrismaGameStore;
  db: PrismaClient;
  /** Player ids by name. */
  ids: Record<string, string>;
}

export async function statsFixture(names: readonly string[], provider: Provider = "sqlite"): Promise<StatsFixture> {
  const database = await createTestDatabase(provider);
  const store = new PrismaGameStore(database.url);
  const ids: Record<string, string> = {};
  for (const name of names) ids[name] = (await store.ensurePlayer(`dev-${name}`, name)).id;
  return { database, store, db: getPrisma(database.url), ids };
}

/** Every PlayerStat row, by player, board and period, without its update time. */
export async function playerStatRows(db: PrismaClient) {
  return (await db.playerStat.findMany({ orderBy: [{ playerId: "asc" }, { scenario: "asc" }, { period: "asc" }] })).map(({ updatedAt: _u, ...r }) => r);
}
