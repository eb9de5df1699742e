/**
 * A scenario lives in its two folders: no other file under server/ or app/ names its id. This is
 * what keeps the next scenario cheap (docs/adding-a-scenario.md): generic code asks the registries.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { SCENARIO_IDS } from "./scenarios";

const ROOT = join(__dirname, "..", "..");

/**
 * Where a scenario's id may appear: scenario folders (one scenario may build on another, as the
 * lovers' bots on the generals'), the two registries, and tests.
 */
function mayName(path: string): boolean {
  return (
    SCENARIO_IDS.some((id) => path.startsWith(`server/engine/${id}/`) || path.startsWith(`app/_scenarios/${id}/`)) ||
    path === "server/engine/scenarios.ts" ||
    path === "app/_scenarios/registry.ts"
  );
}

function isTestCode(path: string): boolean {
  return /\.test\.tsx?$|\.testing\.ts$/.test(path) || path.startsWith("server/testing/") || path.startsWith("server/integration/");
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (path !== "server/generated") out.push(...sources(path));
    } else if (/\.tsx?$/.test(entry.name) && !isTestCode(path)) out.push(path);
  }
  return out;
}

/** The ways code names a scenario: a string literal, an object key, an import path into its folders. */
function namings(text: string, id: string): string[] {
  const patterns = [new RegExp(`["'\`]${id}["'\`]`, "g"), new RegExp(`(?:^|[{,(\\s])${id}\\??\\s*:`, "gm"), new RegExp(`(?:engine|_scenarios)/${id}\\b`, "g")];
  return patterns.flatMap((p) => text.match(p) ?? []).map((m) => m.trim());
}

describe("scenario isolation", () => {
  it("no file outside a scenario's folders and the registries names a scenario id", () => {
    const offenders: string[] = [];
    for (const path of [...sources("server"), ...sources("app")].map((p) => relative(ROOT, join(ROOT, p)))) {
      const text = readFileSync(join(ROOT, path), "utf8");
      if (mayName(path)) continue;
      for (const id of SCENARIO_IDS) {
        const found = namings(text, id);
        if (found.length > 0) offenders.push(`${path}: ${[...new Set(found)].join(", ")}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
