/** Fresh, migrated SQLite databases for tests. */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { closePrisma } from "./db";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const migrationsDir = join(projectRoot, "prisma/migrations");

/** A temporary database file; `cleanup` disconnects any cached client for it and deletes it. */
export interface TestDatabase {
  /** `file:/absolute/path.db`, usable as DATABASE_URL or with getPrisma(url). */
  url: string;
  file: string;
  cleanup(): Promise<void>;
}

/**
 * A new SQLite file with the committed migrations applied, in its own temporary folder.
 *
 * `prisma migrate deploy` (~1 s) runs once per version of prisma/migrations into a template
 * in the OS temp folder, shared by all test processes; each call copies that template. The copy
 * carries `_prisma_migrations`, so a later `migrate deploy` on it (a server under test) is a no-op.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = migratedTemplate();
  const dir = mkdtempSync(join(tmpdir(), "bivalent-test-"));
  const file = join(dir, "test.db");
  copyFileSync(template, file);
  const url = `file:${file}`;
  return {
    url,
    file,
    async cleanup() {
      await closePrisma(url);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function migratedTemplate(): string {
  const template = join(tmpdir(), `bivalent-template-${migrationsHash()}.db`);
  if (existsSync(template)) return template;
  // Built aside then renamed, so a parallel test process never copies a half-migrated file.
  const dir = mkdtempSync(join(tmpdir(), "bivalent-template-build-"));
  const file = join(dir, "template.db");
  try {
    execFileSync(join(projectRoot, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1" },
      stdio: "pipe",
    });
    renameSync(file, template);
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`prisma migrate deploy failed for the test template:\n${stdout ?? ""}${stderr ?? ""}`, {
      cause: error,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return template;
}

/** Identifies the migrations' content, so a changed or added migration gets a new template. */
function migrationsHash(): string {
  const hash = createHash("sha256");
  const files = readdirSync(migrationsDir, { recursive: true, encoding: "utf8" }).sort();
  for (const name of files) {
    const path = join(migrationsDir, name);
    if (!statSync(path).isFile()) continue;
    hash.update(name).update("\0").update(readFileSync(path)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}
