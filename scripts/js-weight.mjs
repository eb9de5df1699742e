#!/usr/bin/env node
/**
 * The JavaScript each page loads up front, in gzip kB, read from a production build (.next/):
 * run `npx next build` first, then `node scripts/js-weight.mjs`.
 *
 * A page's up-front JS is the build's root main files (the framework and runtime every page
 * loads) plus the entry chunks that its client reference manifest lists for the root layout and
 * the page itself: the <script> tags of its HTML. Chunks loaded later (next/dynamic, React.lazy)
 * are not counted; the polyfill chunk (nomodule) is not loaded by current browsers and is left out.
 * Sizes are gzip at the default level, as the network log of a compressing server shows them.
 *
 *   node scripts/js-weight.mjs               every page, one line each
 *   node scripts/js-weight.mjs --chunks      and the chunks of each page, biggest first
 *   node scripts/js-weight.mjs --dir <path>  a build elsewhere (default: .next in the cwd)
 *
 * Not part of `npm test`: a measure to compare before and after a change, not a pass/fail check.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

const args = process.argv.slice(2);
const showChunks = args.includes("--chunks");
const dirAt = args.indexOf("--dir");
const dir = dirAt >= 0 ? args[dirAt + 1] : ".next";

if (!existsSync(join(dir, "build-manifest.json"))) {
  console.error(`No build at ${dir}: run \`npx next build\` first.`);
  process.exit(1);
}

const buildManifest = JSON.parse(readFileSync(join(dir, "build-manifest.json"), "utf8"));
const routes = JSON.parse(readFileSync(join(dir, "app-path-routes-manifest.json"), "utf8"));

const sizes = new Map();
/** Raw and gzip bytes of one chunk (a path under .next/, e.g. "static/chunks/x.js"). */
function chunkSize(file) {
  const path = file.replace(/^\/?_next\//, "");
  if (!sizes.has(path)) {
    const body = readFileSync(join(dir, path));
    sizes.set(path, { raw: body.length, gzip: gzipSync(body).length });
  }
  return sizes.get(path);
}

/** The client reference manifest of one app entry ("/game/[gameId]/page"), or null for routes without one. */
function referenceManifest(entry) {
  const file = join(dir, "server", "app", `${entry}_client-reference-manifest.js`);
  if (!existsSync(file)) return null;
  const sandbox = { globalThis: {} };
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  return sandbox.globalThis.__RSC_MANIFEST?.[entry] ?? null;
}

const kB = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
const rows = [];
for (const [entry, route] of Object.entries(routes)) {
  if (!entry.endsWith("/page") || route.startsWith("/_")) continue;
  const manifest = referenceManifest(entry);
  if (!manifest) continue;
  const files = new Set(buildManifest.rootMainFiles);
  for (const chunks of Object.values(manifest.entryJSFiles ?? {})) for (const f of chunks) files.add(f);
  const chunks = [...files].map((f) => ({ file: f, ...chunkSize(f) })).sort((a, b) => b.gzip - a.gzip);
  const total = chunks.reduce((t, c) => ({ raw: t.raw + c.raw, gzip: t.gzip + c.gzip }), { raw: 0, gzip: 0 });
  rows.push({ route, chunks, total });
}

rows.sort((a, b) => a.route.localeCompare(b.route));
console.log("gzip kB  raw kB  page (JS loaded up front)");
for (const { route, chunks, total } of rows) {
  console.log(`${kB(total.gzip)}  ${kB(total.raw)}  ${route}`);
  if (showChunks) for (const c of chunks) console.log(`          ${kB(c.gzip)}  ${kB(c.raw)}    ${c.file}`);
}
