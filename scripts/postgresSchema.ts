/**
 * Derives prisma/postgresql/schema.prisma from prisma/schema.prisma, the one schema source.
 * Only the generator output and the datasource change: every model type we use (String, Int,
 * BigInt, Float, Boolean, DateTime) maps to a PostgreSQL column that round-trips the same values
 * through Prisma, and JSON stays in String columns on both providers.
 *
 * Run by postinstall (before `prisma generate`); `--check` exits 1 if the committed file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = join(root, "prisma/schema.prisma");
export const POSTGRES_SCHEMA = join(root, "prisma/postgresql/schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by scripts/postgresSchema.ts: edit that file, not this one.\n";

/** The PostgreSQL schema text for a SQLite schema text. Throws if an expected line is missing. */
export function derivePostgresSchema(sqlite: string): string {
  const swaps: [RegExp, string][] = [
    [/^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"'],
    // Dummy, like the SQLite one: the real url reaches the client through the driver adapter.
    [/^(\s*url\s*=\s*)"file:[^"]*"/m, '$1"postgresql://localhost/dummy"'],
    // Its own client: the two generated clients differ (provider-specific query compilers).
    [/^(\s*output\s*=\s*)"\.\.\/server\/generated\/prisma"/m, '$1"../../server/generated/prisma-pg"'],
  ];
  let text = sqlite;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: expected a line matching ${pattern}`);
    text = text.replace(pattern, replacement);
  }
  return HEADER + text;
}

function main(): void {
  const expected = derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(POSTGRES_SCHEMA, "utf8");
    } catch {
      // missing counts as stale
    }
    if (current !== expected) {
      console.error("prisma/postgresql/schema.prisma is stale: run `node --import tsx scripts/postgresSchema.ts`");
      process.exit(1);
    }
    return;
  }
  writeFileSync(POSTGRES_SCHEMA, expected);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
