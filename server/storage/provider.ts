/**
 * Which database a url names, and the Prisma client for it: a `postgresql://` (or `postgres://`)
 * url is PostgreSQL through @prisma/adapter-pg and the client generated from
 * prisma/postgresql/schema.prisma; anything else is a SQLite file through better-sqlite3.
 * Both clients come from one schema source (scripts/postgresSchema.ts), so they have the same
 * models and the rest of the code sees one PrismaClient type.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { resilientAdapter } from "./resilientAdapter";

export type Provider = "sqlite" | "postgresql";

/** prisma.config.ts repeats this test: it must not import server code. */
export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** A new client for `url` (not cached: see getPrisma). */
export function createClient(url: string): PrismaClient {
  if (providerOf(url) === "postgresql") {
    const adapter = resilientAdapter(url, new PrismaPg({ connectionString: url }));
    // Same models from the same source: only the provider-specific internals differ.
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  // Wrapped so that a failed COMMIT cannot leave the adapter locked (see resilientAdapter.ts).
  return new PrismaClient({ adapter: resilientAdapter(url, new PrismaBetterSQLite3({ url })) });
}

/** The database's name in a PostgreSQL url (used to name its default outbox). */
export function postgresDatabaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}
