/**
 * The error codes are a contract: every code the server can send is listed (errors.ts) and
 * documented (docs/protocol.md), and every code the HTTP handlers return is in HTTP_ERROR_CODES.
 * The HTTP handlers' codes are read from their source, so a new one cannot slip past the list.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, HTTP_ERROR_CODES } from "./errors";

const root = join(import.meta.dirname, "..", "..");
const protocolDoc = readFileSync(join(root, "docs", "protocol.md"), "utf8");

/** The text of the doc's `## title` section, up to the next `## ` heading. */
function section(title: string): string {
  const start = protocolDoc.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`docs/protocol.md has no "## ${title}" section`);
  const end = protocolDoc.indexOf("\n## ", start + 1);
  return protocolDoc.slice(start, end < 0 ? undefined : end);
}

/** The codes in the first column of a section's tables: rows that start "| `CODE` |". */
function tableCodes(text: string): string[] {
  return [...text.matchAll(/^\| `([A-Z][A-Z_]+)` \|/gm)].map((m) => m[1]);
}

/** Every `code: "X"` literal in the HTTP handlers' source, per file. */
function httpHandlerCodes(): Map<string, string[]> {
  const dir = join(root, "server", "http");
  const found = new Map<string, string[]>();
  // securityHeaders.ts sets headers on every answer and refuses nothing.
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "securityHeaders.ts")) {
    const source = readFileSync(join(dir, file), "utf8");
    found.set(file, [...source.matchAll(/\bcode:\s*["']([A-Z][A-Z_]*)["']/g)].map((m) => m[1]));
  }
  return found;
}

describe("error codes", () => {
  it("lists no code twice", () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(new Set(HTTP_ERROR_CODES).size).toBe(HTTP_ERROR_CODES.length);
  });

  it("documents every socket code in the error table, and no code that does not exist", () => {
    const documented = tableCodes(section("Error codes"));
    expect([...ERROR_CODES].filter((code) => !documented.includes(code)), "listed in errors.ts, missing from docs/protocol.md").toEqual([]);
    expect(documented.filter((code) => !(ERROR_CODES as readonly string[]).includes(code)), "documented, not in errors.ts").toEqual([]);
  });

  it("lists exactly the codes the HTTP handlers return", () => {
    const perFile = httpHandlerCodes();
    // Each handler file refuses something: finding nothing means this reader no longer works.
    for (const [file, codes] of perFile) expect(codes.length, `no code found in server/http/${file}`).toBeGreaterThan(0);
    const returned = new Set([...perFile.values()].flat());
    expect([...returned].filter((code) => !(HTTP_ERROR_CODES as readonly string[]).includes(code)), "returned by server/http, missing from HTTP_ERROR_CODES").toEqual([]);
    expect(HTTP_ERROR_CODES.filter((code) => !returned.has(code)), "in HTTP_ERROR_CODES, returned by no handler").toEqual([]);
  });

  it("documents every HTTP code in the HTTP section's code table", () => {
    const documented = tableCodes(section("HTTP"));
    expect(HTTP_ERROR_CODES.filter((code) => !documented.includes(code))).toEqual([]);
    expect(documented.filter((code) => !(HTTP_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });
});
