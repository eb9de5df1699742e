/** Fresh, migrated databases for tests: SQLite files, or PostgreSQL databases (testPostgres.ts). */
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closePrisma } from "./db";
import { directoryHash } from "./directoryHash";
import { migrateDeploy, projectRoot } from "./migrateDeploy";
import type { Provider } from "./provider";
import { createPostgresTestDatabase } from "./testPostgres";

const migrationsDir = join(projectRoot, "prisma/migrations");

/** A temporary database of either provider; `cleanup` disconnects any cached client and deletes it. */
export interface ProviderTestDatabase {
  /** Usable as DATABASE_URL or with getPrisma(url). */
  url: string;
  provider: Provider;
  cleanup(): Promise<void>;
}

/** A temporary SQLite database file. */
export interface TestDatabase extends ProviderTestDatabase {
  /** `file:/absolute/path.db`. */
  url: string;
  file: string;
}

/**
 * A new database with the committed migrations applied: a SQLite file in its own temporary
 * folder, or (given "postgresql") a database of its own on TEST_POSTGRES_URL's server.
 *
 * `prisma migrate deploy` (~1 s) runs once per version of prisma/migrations into a template
 * in the OS temp folder, shared by all test processes; each call copies that template. The copy
 * carries `_prisma_migrations`, so a later `migrate deploy` on it (a server under test) is a no-op.
 */
export async function createTestDatabase(): Promise<TestDatabase>;
export async function createTestDatabase(provider: Provider): Promise<ProviderTestDatabase>;
export async function createTestDatabase(provider: Provider = "sqlite"): Promise<ProviderTestDatabase> {
  if (provider === "postgresql") return { provider, ...(await createPostgresTestDatabase()) };
  const template = migratedTemplate();
  const dir = mkdtempSync(join(tmpdir(), "bivalent-test-"));
  const file = join(dir, "test.db");
  copyFileSync(template, file);
  const url = `file:${file}`;
  const database: TestDatabase = {
    url,
    file,
    provider,
    async cleanup() {
      await closePrisma(url);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return database;
}

function migratedTemplate(): string {
  const template = join(tmpdir(), `bivalent-template-${directoryHash(migrationsDir)}.db`);
  if (existsSync(template)) return template;
  // Built aside then renamed, so a parallel test process never copies a half-migrated file.
  const dir = mkdtempSync(join(tmpdir(), "bivalent-template-build-"));
  const file = join(dir, "template.db");
  try {
    migrateDeploy(`file:${file}`);
    renameSync(file, template);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return template;
}
