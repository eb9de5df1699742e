/**
 * The headless phase runs the engine from an esbuild bundle, one module: run module by module
 * (tsx), calls through imported bindings are not inlined on the engines' hot paths, so figures
 * taken through tsx measure the module boundaries as much as the engine (the hottest engine
 * modules bind their imports once at load for the server, which does run through tsx). The bundle goes
 * to node_modules/.cache (never committed); if esbuild fails the phase falls back to tsx and
 * says so. HEADLESS_ENGINE=tsx forces the fallback, to compare the two.
 * The server (`npm start`) still runs through tsx: a bundle of it would move files that find
 * their way from import.meta.url (Prisma's generated clients, the migrations' project root).
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export type HeadlessModule = typeof import("./headless");

export interface LoadedHeadless {
  module: HeadlessModule;
  /** What ran: "esbuild bundle" or "tsx" (with the reason when the bundle failed). */
  engine: string;
}

const here = dirname(fileURLToPath(import.meta.url));

export async function loadHeadless(): Promise<LoadedHeadless> {
  if (process.env.HEADLESS_ENGINE === "tsx") return { module: await import("./headless"), engine: "tsx (HEADLESS_ENGINE=tsx)" };
  try {
    const outdir = join(here, "..", "node_modules", ".cache", "bivalent-bench");
    mkdirSync(outdir, { recursive: true });
    const outfile = join(outdir, "headless.mjs");
    const esbuild = await import("esbuild");
    // Packages stay external: the bundle resolves them from the project's node_modules.
    await esbuild.build({ entryPoints: [join(here, "headless.ts")], outfile, bundle: true, platform: "node", format: "esm", packages: "external", logLevel: "error" });
    const module = (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as HeadlessModule;
    return { module, engine: "esbuild bundle" };
  } catch (err) {
    return { module: await import("./headless"), engine: `tsx (bundle failed: ${err instanceof Error ? err.message.split("\n")[0] : String(err)})` };
  }
}
