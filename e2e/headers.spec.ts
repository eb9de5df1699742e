/**
 * Security headers on the production server (issue 20), route by route: every page of app/
 * (found on disk, dynamic segments filled with unknown ids, so their not-found answers are
 * checked too), an unknown path, Next's static assets and the icons. Each HTML page's scripts
 * carry the nonce its own CSP names, and the nonce is fresh per request. Then every page is
 * opened in the browser: the CSP guard (support/test.ts) fails the test on any violation.
 * server/integration/securityHeaders.test.ts covers /api/* and socket.io.
 */
import { readdirSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIResponse } from "./support/test";

const APP = join(dirname(fileURLToPath(import.meta.url)), "..", "app");

/** app/**\/page.tsx as URL paths; `[id]` becomes `no-such-id`. Private (`_x`) folders are not routes. */
const PAGES = readdirSync(APP, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(`${sep}page.tsx`) || file === "page.tsx")
  .map((file) => dirname(file).split(sep).filter((part) => part !== "."))
  .filter((parts) => !parts.some((part) => part.startsWith("_")))
  .map((parts) => "/" + parts.filter((part) => !/^\(.*\)$/.test(part)).map((part) => part.replace(/^\[(.+)\]$/, "no-such-$1")).join("/"))
  .sort();

function expectSecure(res: APIResponse, where: string): string {
  const headers = res.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, where).toMatch(/^default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'; /);
  expect(csp, where).not.toContain("unsafe-eval");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("no-referrer");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  // The e2e server has no https PUBLIC_URL.
  expect(headers["strict-transport-security"], where).toBeUndefined();
  return /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
}

test("every page, a 404, the static assets and the icons carry the security headers; scripts carry the page's nonce", async ({ request }) => {
  expect(PAGES).toContain("/");
  expect(PAGES).toContain("/games/no-such-id");
  const nonces = new Set<string>();
  let asset: string | undefined;
  for (const path of [...PAGES, "/no-such-page"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBeLessThan(500);
    const nonce = expectSecure(res, path);
    nonces.add(nonce);
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    asset ??= /<script src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  }
  expect(nonces.size, "a fresh nonce per request").toBe(PAGES.length + 1);
  expect(asset).toBeDefined();
  const css = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+)"/.exec(await (await request.get("/")).text())?.[1];
  for (const path of [asset as string, ...(css ? [css] : []), "/favicon.ico", "/icon.svg"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expectSecure(res, path);
  }
});

test("every page opens in the browser with no CSP violation", async ({ page }) => {
  for (const path of [...PAGES, "/no-such-page"]) {
    await page.goto(path);
    // Hydrated: the client's scripts ran (a blocked bootstrap would leave the page inert).
    await page.waitForLoadState("networkidle");
  }
});
