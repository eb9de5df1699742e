/** Proves the pipeline end to end: production build, server, database, browser. */
import { expect, test } from "./support/test";
import { newPlayer, phone, saveScreenshot } from "./support/players";

test("the home page names the game and the server is healthy", async ({ page, request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true });

  await page.goto("/");
  await expect(page.getByRole("heading", { name: /Bivalent|Two Generals/i }).first()).toBeVisible();
  await saveScreenshot(page, "smoke-home-desktop");
});

test("the home page renders on a phone", async ({ browser }) => {
  const player = await newPlayer(browser, { nickname: "smoke", viewport: phone });
  await player.page.goto("/");
  await expect(player.page.getByRole("heading", { name: /Bivalent|Two Generals/i }).first()).toBeVisible();
  await saveScreenshot(player.page, "smoke-home-phone");
  await player.context.close();
});
