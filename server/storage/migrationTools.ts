/**
 * What each provider's committed migrations lack to build the schema: the drift check of
 * migrations.test.ts and the generator of new migrations (scripts/addMigration.ts).
 *
 * Offline-safe: with a driver adapter the Prisma CLI cannot diff against a live url. PostgreSQL
 * diffs through a shadow database (`migrate diff --from-migrations`, the shadow made by
 * prisma/postgresql/cliAdapter.ts); for SQLite, whose shadow fails under the adapter, the
 * migrations are applied to an empty file, read back with `db pull`, and that datamodel is diffed
 * (`--from-schema-datamodel … --to-schema-datamodel …`) with the schema.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateDeploy, prismaCli } from "./migrateDeploy";
import type { Provider } from "./provider";
import { testPostgresUrl } from "./testPostgres";

/** Each provider's schema and migrations folder, relative to the project root. */
export const PROVIDER_PATHS: Record<Provider, { schema: string; migrations: string }> = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" },
};

/**
 * The SQL that `provider`'s committed migrations lack to build its schema, or "" when they build
 * it exactly. PostgreSQL needs a server (`postgresBase`, default TEST_POSTGRES_URL) where the role
 * may create a scratch database.
 */
export async function missingMigrationSql(provider: Provider, postgresBase = testPostgresUrl()): Promise<string> {
  const { schema, migrations } = PROVIDER_PATHS[provider];
  if (provider === "postgresql") {
    if (!postgresBase) throw new Error("a PostgreSQL server is needed: set TEST_POSTGRES_URL to a postgresql:// url of a role that may create databases");
    return scriptOrEmpty(prismaCli(["migrate", "diff", "--from-migrations", migrations, "--to-schema-datamodel", schema, "--script"], postgresBase));
  }
  const dir = mkdtempSync(join(tmpdir(), "bivalent-migrations-"));
  try {
    const url = `file:${join(dir, "migrated.db")}`;
    migrateDeploy(url);
    const migrated = join(dir, "migrated.prisma");
    writeFileSync(migrated, 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dummy.db"\n}\n');
    // Into the file, not --print: the CLI prints its warnings on stdout too.
    prismaCli(["db", "pull", "--schema", migrated], url);
    return scriptOrEmpty(prismaCli(["migrate", "diff", "--from-schema-datamodel", migrated, "--to-schema-datamodel", schema, "--script"], url));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The script, or "" when it holds no statement (only comments and blank lines). */
function scriptOrEmpty(sql: string): string {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--")) ? "" : sql;
}
