/**
 * Each provider's committed migrations, applied to an empty database, build exactly its schema:
 * a schema change without a migration (or without its PostgreSQL twin) fails here. Fix with
 * `npm run db:migration -- <name>` (scripts/addMigration.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { derivePostgresSchema } from "../../scripts/postgresSchema";
import { describeEachProvider } from "./eachProvider.testing";
import { projectRoot } from "./migrateDeploy";
import { missingMigrationSql, PROVIDER_PATHS } from "./migrationTools";

it("prisma/postgresql/schema.prisma is derived from prisma/schema.prisma as it stands", () => {
  const source = readFileSync(join(projectRoot, PROVIDER_PATHS.sqlite.schema), "utf8");
  expect(readFileSync(join(projectRoot, PROVIDER_PATHS.postgresql.schema), "utf8")).toBe(derivePostgresSchema(source));
});

describeEachProvider("committed migrations", (provider) => {
  it("build the schema with no drift", async () => {
    const missing = await missingMigrationSql(provider);
    expect(missing, `${PROVIDER_PATHS[provider].migrations} lacks this; run \`npm run db:migration -- <name>\``).toBe("");
  }, 120_000);
});
