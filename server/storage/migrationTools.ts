/**
 * What each provider's committed migrations build, compared with the schema: the drift check of
 * migrations.test.ts and the generator of new migrations (scripts/addMigration.ts).
 *
 * Offline-safe: with a driver adapter the Prisma CLI cannot diff against a live url, so the
 * migrations are applied to an empty database, read back with `db pull`, and that datamodel is
 * diffed (`migrate diff --from-schema-datamodel … --to-schema-datamodel …`) with the schema.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateDeploy, prismaCli, projectRoot } from "./migrateDeploy";
import type { Provider } from "./provider";
import { createEmptyPostgresDatabase, testPostgresUrl } from "./testPostgres";

/** Each provider's schema and migrations folder, relative to the project root. */
export const PROVIDER_PATHS: Record<Provider, { schema: string; migrations: string }> = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" },
};

const DATASOURCE: Record<Provider, string> = {
  sqlite: 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dummy.db"\n}\n',
  postgresql: 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://localhost/dummy"\n}\n',
};

/** A scratch folder, removed after `work`. */
async function inScratch<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "bivalent-migrations-"));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The datamodel the committed migrations of `provider` produce. PostgreSQL needs a server
 * (`postgresBase`, default TEST_POSTGRES_URL) where the role may create a scratch database.
 */
export async function migratedDatamodel(provider: Provider, postgresBase = testPostgresUrl()): Promise<string> {
  return inScratch(async (dir) => {
    let url = `file:${join(dir, "migrated.db")}`;
    let drop = async () => {};
    if (provider === "postgresql") {
      const scratch = await createEmptyPostgresDatabase(requireBase(postgresBase), "bivalent_migrate");
      url = scratch.url;
      drop = scratch.cleanup;
    }
    try {
      migrateDeploy(url);
      const base = join(dir, "base.prisma");
      writeFileSync(base, DATASOURCE[provider]);
      // Into the file, not --print: the CLI prints its warnings on stdout too.
      prismaCli(["db", "pull", "--schema", base], url);
      return readFileSync(base, "utf8");
    } finally {
      await drop();
    }
  });
}

/**
 * The SQL that takes a database from `fromDatamodel` to `provider`'s schema, or "" when there is
 * nothing to do.
 */
export async function migrationScript(provider: Provider, fromDatamodel: string, postgresBase = testPostgresUrl()): Promise<string> {
  return inScratch(async (dir) => {
    const from = join(dir, "from.prisma");
    writeFileSync(from, fromDatamodel);
    // The url picks prisma.config.ts's provider; the CLI connects to PostgreSQL even for a datamodel diff.
    const url = provider === "postgresql" ? requireBase(postgresBase) : `file:${join(dir, "unused.db")}`;
    const sql = prismaCli(["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", join(projectRoot, PROVIDER_PATHS[provider].schema), "--script"], url);
    return isEmptyScript(sql) ? "" : sql;
  });
}

/** True when a migration script holds no statement (only comments and blank lines). */
export function isEmptyScript(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}

function requireBase(postgresBase: string | undefined): string {
  if (!postgresBase) throw new Error("a PostgreSQL server is needed: set TEST_POSTGRES_URL to a postgresql:// url of a role that may create databases");
  return postgresBase;
}
