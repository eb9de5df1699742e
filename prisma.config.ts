/**
 * Prisma CLI configuration. The schema engine runs in JS through the better-sqlite3 adapter,
 * which is what lets `generate` and `migrate` work with no binary download (see STACK.md).
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const DEFAULT_DATABASE_URL = "file:./data/bivalent.db";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
    // SQLite will not create missing folders, and `data/` is git-ignored so may not exist yet.
    const path = url.replace(/^file:/, "");
    if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
