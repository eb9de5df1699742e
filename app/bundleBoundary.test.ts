/**
 * What the browser loads up front stays light (issue 13's budget): the play pages' client modules
 * do not reach zod, the offensive-word list, the engine's rules or PRNG, or the charts, and the
 * UI registry, which every page reads, reaches none of them either, nor any scenario's game
 * screen. Follows the import graph as the bundler does: static imports, never `import type`; for
 * a server page, `import()` too (outside "use client" modules), since a client module that a
 * server page's graph reaches, even lazily, loads with the page. A failure names the
 * chain of imports that brought the module in. scripts/js-weight.mjs measures the result.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = resolve(dirname(from), spec);
  else return `package:${spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]}`;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null; // CSS and other assets
}

/** Whether an import statement's clause brings in values (not only types). */
function importsValues(clause: string): boolean {
  if (/^type\s/.test(clause)) return false;
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) return true;
  const names = braces[1].split(",").map((n) => n.trim()).filter(Boolean);
  return names.length === 0 || names.some((n) => !n.startsWith("type "));
}

const isClientModule = (file: string) => /^\s*["']use client["']/.test(readFileSync(file, "utf8"));

function importsOf(file: string, followDynamic: boolean): string[] {
  const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+([\s\S]*?)\s+from\s+["']([^"']+)["']/gm)) if (importsValues(m[1])) specs.push(m[2]);
  for (const m of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) specs.push(m[1]);
  const isClient = /^\s*["']use client["']/.test(text);
  if (followDynamic && !isClient) for (const m of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) specs.push(m[1]);
  return specs.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null);
}

/** Every module reached from `entries`, each with the module that first imported it. */
function graph(entries: string[], followDynamic: boolean): Map<string, string | null> {
  const parent = new Map<string, string | null>();
  const queue: [string, string | null][] = entries.map((e) => [join(ROOT, e), null]);
  while (queue.length > 0) {
    const [file, from] = queue.shift()!;
    if (parent.has(file)) continue;
    parent.set(file, from);
    if (!file.startsWith("package:")) for (const next of importsOf(file, followDynamic)) queue.push([next, file]);
  }
  return parent;
}

function offenders(parent: Map<string, string | null>, forbidden: (module: string) => boolean): string[] {
  const name = (f: string) => (f.startsWith("package:") ? f : relative(ROOT, f));
  const chain = (f: string): string => {
    const from = parent.get(f);
    return from ? `${chain(from)} -> ${name(f)}` : name(f);
  };
  return [...parent.keys()].filter(forbidden).map(chain);
}

// socket.io-client too: app/lib/socket.ts imports it when a page first asks for the socket.
const HEAVY = new Set(["package:zod", "package:obscenity", "package:pure-rand", "package:recharts", "package:qrcode", "package:socket.io-client"]);
const isHeavy = (m: string) =>
  HEAVY.has(m) ||
  /server\/engine\/scenarios\.ts$|server\/engine\/[a-z]+\/(index|reducer|bots|params)\.ts$|server\/names\/|server\/protocol\/(schemas|classroom)\.ts$/.test(m);

describe("the browser's up-front bundles", () => {
  it("the play pages' client modules reach no zod, word list, engine rules, PRNG, charts, QR code or socket.io-client", () => {
    const entries = ["app/game/[gameId]/GameScreen.tsx", "app/StartPanel.tsx", "app/class/[sessionId]/play/StudentScreen.tsx", "app/c/[code]/ClassJoinForm.tsx", "app/join/[code]/JoinForm.tsx"];
    expect(offenders(graph(entries, false), isHeavy)).toEqual([]);
  });

  it("the host console reaches no zod, engine rules or charts up front (charts load when shown)", () => {
    const heavy = (m: string) => m !== "package:qrcode" && isHeavy(m);
    expect(offenders(graph(["app/class/[sessionId]/host/HostConsole.tsx"], false), heavy)).toEqual([]);
  });

  it("the UI registry loads no heavy module and no scenario's screens with the pages that read it", () => {
    const pieces = (m: string) => /app\/_scenarios\/[a-z]+\/game\//.test(m) || /Forms\.tsx$|RoundFields\.tsx$|ClassPieces\.tsx$|ReplayRunReport\.tsx$|DepthScatter\.tsx$|TwoWorldsExample\.tsx$/.test(m);
    // In a client page: its static graph.
    expect(offenders(graph(["app/_scenarios/registry.ts"], false), (m) => isHeavy(m) || pieces(m))).toEqual([]);
    // In a server page: the client modules its graph reaches (lazily or not), with their static graphs.
    const clientModules = [...graph(["app/_scenarios/registry.ts"], true).keys()].filter((f) => !f.startsWith("package:") && isClientModule(f));
    expect(clientModules.length).toBeGreaterThan(0);
    expect(offenders(graph(clientModules.map((f) => relative(ROOT, f)), false), (m) => isHeavy(m) || pieces(m))).toEqual([]);
  });
});
