/**
 * `test` and `expect` for every spec: Playwright's, with an automatic CSP guard (issue 20). Every
 * page of every browser context a test opens (the `page` fixture's, and those of
 * `browser.newContext()` / `browser.newPage()`, e.g. e2e/support/players.ts) is watched for
 * Content-Security-Policy violations, and a test during which any happened fails at its end.
 *
 * Two ways in, since each can miss what the other sees: Chromium's console reports ("Refused to
 * ... because it violates the following Content Security Policy directive"), and the
 * `securitypolicyviolation` DOM event, which an init script turns into a console line.
 */
import { test as base, expect, type Browser, type BrowserContext, type ConsoleMessage } from "@playwright/test";

/** What a test saw; `take()` empties it (for a test that provokes a violation on purpose). */
export interface CspViolations {
  readonly seen: readonly string[];
  take(): string[];
}

const MARK = "[csp-guard] securitypolicyviolation";
/** Runs in every frame before the page's own scripts. */
const LISTEN = `document.addEventListener("securitypolicyviolation", (e) => console.error(${JSON.stringify(MARK)} + ": " + e.effectiveDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber), true);`;
const IS_VIOLATION = /Content Security Policy|Refused to|securitypolicyviolation/;

export const test = base.extend<{ cspViolations: CspViolations }>({
  cspViolations: [
    async ({ browser }, use, testInfo) => {
      const seen: string[] = [];
      const watched = new WeakSet<BrowserContext>();
      const watch = async (context: BrowserContext) => {
        if (watched.has(context)) return;
        watched.add(context);
        context.on("console", (msg: ConsoleMessage) => {
          if (IS_VIOLATION.test(msg.text())) seen.push(`${msg.page()?.url() ?? "?"}: ${msg.text()}`);
        });
        await context.addInitScript(LISTEN);
      };
      await Promise.all(browser.contexts().map(watch));
      // Contexts made during the test are watched before their first page opens.
      const newContext = browser.newContext;
      const patched: Browser["newContext"] = async (...args) => {
        const context = await newContext.apply(browser, args);
        await watch(context);
        return context;
      };
      browser.newContext = patched;
      try {
        await use({ seen, take: () => seen.splice(0) });
      } finally {
        browser.newContext = newContext;
      }
      if (seen.length > 0) {
        await testInfo.attach("csp-violations", { body: seen.join("\n"), contentType: "text/plain" });
        throw new Error(`Content-Security-Policy violations during the test:\n${seen.join("\n")}`);
      }
    },
    { auto: true },
  ],
});

export { expect };
/** The types specs use, from the same import as `test`. */
export type { APIResponse, Browser, BrowserContext, Locator, Page } from "@playwright/test";
