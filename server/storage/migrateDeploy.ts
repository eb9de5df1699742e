/** `prisma migrate deploy` for tests and tools; the url picks the provider (prisma.config.ts). */
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Applies the committed migrations of `url`'s provider to it; throws with the CLI's output. */
export function migrateDeploy(url: string): void {
  prismaCli(["migrate", "deploy"], url);
}

/** Runs the project's Prisma CLI with DATABASE_URL = `url`; returns stdout, throws with its output. */
export function prismaCli(args: string[], url: string): string {
  try {
    return execFileSync(join(projectRoot, "node_modules/.bin/prisma"), args, {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
      stdio: "pipe",
      encoding: "utf8",
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`prisma ${args.join(" ")} failed for ${url.replace(/\/\/[^@]*@/, "//")}:\n${stdout ?? ""}${stderr ?? ""}`, { cause: error });
  }
}
