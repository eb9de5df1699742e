/**
 * The CSP guard (support/test.ts) catches a violation: the home page's HTML is served with an
 * inline script that has no nonce (as an injection would put it there), the page's own policy
 * refuses it, and the guard records it. The test takes what it provoked, so it passes.
 * (page.addScriptTag cannot show this in Chromium: scripts added from DevTools-evaluated code
 * bypass the page's CSP.)
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";

/** Serves "/" as the server sends it, headers and all, plus one inline script without a nonce. */
async function injectInlineScript(page: Page) {
  await page.route(
    (url) => url.pathname === "/",
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", "<script>window.injected = true;</script></body>");
      await route.fulfill({ response, body: html });
    },
  );
}

test("an inline script without the nonce is blocked and the guard records it", async ({ page, cspViolations }) => {
  await injectInlineScript(page);
  await page.goto("/");
  await expect.poll(() => cspViolations.seen.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  const seen = cspViolations.take();
  expect(seen.some((line) => line.includes("securitypolicyviolation: script-src"))).toBe(true);
  expect(seen.some((line) => line.includes("Content Security Policy"))).toBe(true);
});

test("the guard watches contexts a test makes itself", async ({ browser, cspViolations }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await injectInlineScript(page);
  await page.goto("/");
  await expect.poll(() => cspViolations.seen.length).toBeGreaterThan(0);
  cspViolations.take();
  await context.close();
});
