/**
 * `npm run db:migration -- [name]`: after a change to prisma/schema.prisma, writes the migration
 * of each provider whose committed migrations lag the schema (see server/storage/migrationTools.ts).
 *
 * - SQLite: `prisma/migrations/<timestamp>_<name>/migration.sql`.
 * - PostgreSQL: its twin in prisma/postgresql/migrations, named like the newest SQLite migration
 *   that has no twin yet (a SQLite migration made on a branch without this script), else like
 *   the new SQLite one.
 *
 * Needs a PostgreSQL server where the role may create a scratch database: TEST_POSTGRES_URL, or
 * DATABASE_URL when it is a postgresql:// url. Derives prisma/postgresql/schema.prisma first.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { missingMigrationSql, PROVIDER_PATHS } from "../server/storage/migrationTools";
import { projectRoot } from "../server/storage/migrateDeploy";
import { providerOf } from "../server/storage/provider";
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from "./postgresSchema";

const name = process.argv[2]?.replace(/[^A-Za-z0-9_]/g, "_");
const postgresBase = process.env.TEST_POSTGRES_URL || (providerOf(process.env.DATABASE_URL ?? "") === "postgresql" ? process.env.DATABASE_URL : undefined);

const migrationsOf = (dir: string) =>
  readdirSync(join(projectRoot, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

/** yyyymmddhhmmss in UTC, the form Prisma gives its migrations. */
const stamp = () => new Date().toISOString().replace(/\D/g, "").slice(0, 14);

function write(dir: string, migration: string, sql: string): void {
  const folder = join(projectRoot, dir, migration);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "migration.sql"), sql);
  console.log(`wrote ${dir}/${migration}/migration.sql`);
}

async function main(): Promise<void> {
  writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  const fresh = name ? `${stamp()}_${name}` : undefined;

  const sqliteSql = await missingMigrationSql("sqlite");
  if (sqliteSql) {
    if (!fresh) throw new Error("prisma/migrations lags the schema: give a name, e.g. `npm run db:migration -- add_widgets`");
    write(PROVIDER_PATHS.sqlite.migrations, fresh, sqliteSql);
  }

  const pgSql = await missingMigrationSql("postgresql", postgresBase);
  if (pgSql) {
    const twins = new Set(migrationsOf(PROVIDER_PATHS.postgresql.migrations));
    const latestPg = [...twins].at(-1) ?? "";
    const orphan = migrationsOf(PROVIDER_PATHS.sqlite.migrations).filter((m) => !twins.has(m) && m > latestPg).at(-1);
    const pgName = orphan ?? fresh;
    if (!pgName) throw new Error("prisma/postgresql/migrations lags the schema: give a name, e.g. `npm run db:migration -- add_widgets`");
    write(PROVIDER_PATHS.postgresql.migrations, pgName, pgSql);
  }
  if (!sqliteSql && !pgSql) console.log("both providers' migrations match prisma/schema.prisma: nothing to write");
}

await main();
