/**
 * PostgreSQL databases for tests, on the server named by TEST_POSTGRES_URL (a role that may
 * CREATE DATABASE; .ci/run sets one up). Each test gets a database of its own, copied from a
 * migrated template (CREATE DATABASE … TEMPLATE), the twin of testDatabase.ts's SQLite files.
 */
import { rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import { closePrisma } from "./db";
import { directoryHash } from "./directoryHash";
import { migrateDeploy, projectRoot } from "./migrateDeploy";
import { outboxPathOf } from "./outbox";

const migrationsDir = join(projectRoot, "prisma/postgresql/migrations");

/** The server tests use, or undefined when none is configured. */
export function testPostgresUrl(): string | undefined {
  return process.env.TEST_POSTGRES_URL || undefined;
}

/** `base` with its database name replaced. */
export function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `work` on one connection to `base` (its database: where CREATE and DROP DATABASE are sent from). */
export async function withAdmin<T>(base: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** True when TEST_POSTGRES_URL is set and answers. */
export async function postgresAvailable(): Promise<boolean> {
  const base = testPostgresUrl();
  if (!base) return false;
  try {
    await withAdmin(base, (c) => c.query("SELECT 1"));
    return true;
  } catch {
    return false;
  }
}

export interface PostgresTestDatabase {
  url: string;
  /** Disconnects this process's client, drops the database and removes its default outbox. */
  cleanup(): Promise<void>;
}

const uniqueName = () => `bivalent_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;

/** A new database with prisma/postgresql/migrations applied. */
export async function createPostgresTestDatabase(base = requiredBase()): Promise<PostgresTestDatabase> {
  const template = await migratedTemplate(base);
  return created(base, uniqueName(), template);
}

/**
 * A copy of `template` named `name`. Its collation is C, like SQLite's binary order of text, so
 * that `ORDER BY id` and `id > cursor` behave the same on both providers.
 */
async function created(base: string, name: string, template: string): Promise<PostgresTestDatabase> {
  // Serialized: PostgreSQL refuses to copy a template while another session uses it.
  await withAdmin(base, async (c) => {
    await c.query("SELECT pg_advisory_lock(4242)");
    try {
      await c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
    } finally {
      await c.query("SELECT pg_advisory_unlock(4242)");
    }
  });
  const url = withDatabase(base, name);
  return {
    url,
    async cleanup() {
      await closePrisma(url);
      await withAdmin(base, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      const outbox = outboxPathOf(url, "");
      if (outbox) rmSync(outbox, { force: true });
    },
  };
}

/** The migrated template for the current migrations, built once per server (under a lock). */
async function migratedTemplate(base: string): Promise<string> {
  const template = `bivalent_tpl_${directoryHash(migrationsDir)}`;
  await withAdmin(base, async (c) => {
    await c.query("SELECT pg_advisory_lock(4243)");
    try {
      const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
      if (exists.rowCount) return;
      const building = `${template}_build`;
      await c.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${building}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
      migrateDeploy(withDatabase(base, building));
      // Renamed once complete, so no test ever copies a half-migrated template.
      await c.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    } finally {
      await c.query("SELECT pg_advisory_unlock(4243)");
    }
  });
  return template;
}

function requiredBase(): string {
  const base = testPostgresUrl();
  if (!base) throw new Error("TEST_POSTGRES_URL is not set: no PostgreSQL server for this test");
  return base;
}
