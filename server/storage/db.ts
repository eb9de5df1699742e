/** One Prisma client per database url per process, SQLite or PostgreSQL (provider.ts). */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { createClient, providerOf } from "./provider";

/** Used when neither an explicit url nor `DATABASE_URL` is given; relative to the process cwd. */
export const DEFAULT_DATABASE_URL = "file:./data/bivalent.db";

/** The database url in effect: `DATABASE_URL`, else {@link DEFAULT_DATABASE_URL}. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

// The Next.js bundle and the tsx-loaded server each get their own copy of this module,
// so the cache must live on globalThis for both to share one client (and one file handle).
const globalCache = globalThis as typeof globalThis & {
  __bivalentPrisma?: Map<string, PrismaClient>;
};
function clients(): Map<string, PrismaClient> {
  return (globalCache.__bivalentPrisma ??= new Map());
}

/**
 * The shared PrismaClient for `url` (default {@link databaseUrl}), created on first use.
 * For SQLite, creates the database file's folder if missing; does not apply migrations.
 */
export function getPrisma(url: string = databaseUrl()): PrismaClient {
  const cache = clients();
  let client = cache.get(url);
  if (!client) {
    if (providerOf(url) === "sqlite") ensureDatabaseFolder(url);
    client = createClient(url);
    cache.set(url, client);
  }
  return client;
}

/** Disconnects and forgets the client for `url`, or every cached client when no url is given. */
export async function closePrisma(url?: string): Promise<void> {
  const cache = clients();
  const urls = url === undefined ? [...cache.keys()] : [url];
  await Promise.all(
    urls.map(async (u) => {
      const client = cache.get(u);
      cache.delete(u);
      await client?.$disconnect();
    }),
  );
}

/**
 * SQLite creates the file but not its folder, and `data/` is git-ignored so may not exist.
 * The path is derived exactly as the adapter does (strip "file:"); prisma.config.ts repeats this
 * because it must not import the generated client, which does not exist before `prisma generate`.
 */
function ensureDatabaseFolder(url: string): void {
  const path = url.replace(/^file:/, "");
  if (path === ":memory:") return;
  mkdirSync(dirname(resolve(path)), { recursive: true });
}

/**
 * SQLite in write-ahead-log mode, every commit still synced (synchronous FULL): as durable as the
 * rollback journal, but a commit is one sync of the log instead of several of the database and
 * its journal, and the journal's writes run on the server's event loop. The mode is stored in the
 * file, so the migrations and every later connection keep it. PostgreSQL: nothing to do.
 */
export async function useWriteAheadLog(url: string, log: { warn: (o: object, m: string) => void }): Promise<void> {
  if (providerOf(url) !== "sqlite") return;
  try {
    await getPrisma(url).$queryRawUnsafe("PRAGMA journal_mode = WAL");
  } catch (err) {
    log.warn({ err }, "sqlite: could not switch to write-ahead logging; the rollback journal stays (slower commits, same durability)");
  }
}
