/**
 * Prisma CLI configuration. The schema engine runs in JS through a driver adapter, which is what
 * lets `generate` and `migrate` work with no binary download (see STACK.md). DATABASE_URL picks
 * the provider: a postgresql:// url uses prisma/postgresql (derived schema, its own migrations)
 * through @prisma/adapter-pg; anything else is a SQLite file through better-sqlite3.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { cliPostgresAdapter } from "./prisma/postgresql/cliAdapter";

const DEFAULT_DATABASE_URL = "file:./data/bivalent.db";
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
// Repeats server/storage/provider.ts's test: this file must not import server code.
const postgres = /^postgres(ql)?:\/\//i.test(url);

export default defineConfig(
  postgres
    ? {
        schema: "prisma/postgresql/schema.prisma",
        migrations: { path: "prisma/postgresql/migrations" },
        experimental: { adapter: true },
        engine: "js",
        async adapter() {
          return cliPostgresAdapter(url);
        },
      }
    : {
        schema: "prisma/schema.prisma",
        migrations: { path: "prisma/migrations" },
        experimental: { adapter: true },
        engine: "js",
        async adapter() {
          // SQLite will not create missing folders, and `data/` is git-ignored so may not exist yet.
          const path = url.replace(/^file:/, "");
          if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
          return new PrismaBetterSQLite3({ url });
        },
      },
);
