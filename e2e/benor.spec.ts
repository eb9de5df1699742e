/**
 * Ben-Or in the real UI: a player starts as the adversary from the home page's Ben-Or tab against
 * three bot processes, delivers messages by clicking (always the oldest in flight, which keeps
 * the fairness bound) until every live process has decided, then reads the outcome and the
 * decision on the screen.
 */
import { expect, test } from "./support/test";
import { desktop, newPlayer } from "./support/players";

test("a Ben-Or round", async ({ browser }) => {
  test.setTimeout(120_000);
  const player = await newPlayer(browser, { nickname: `BenOr${Date.now() % 100000}`, viewport: desktop });
  const page = player.page;
  await page.goto("/");
  await page.getByRole("navigation", { name: "Problems" }).getByRole("link", { name: "Ben-Or" }).click();
  await expect(page).toHaveURL(/\?play=benor$/);
  await expect(page.getByRole("heading", { name: /Ben-Or: coins against the adversary/ })).toBeVisible();
  await expect(page.getByTestId("benor-rounds-chart")).toBeVisible();
  await page.getByLabel("Your nickname").fill(player.nickname);
  const form = page.locator(".card", { has: page.getByRole("heading", { name: "Be the Ben-Or adversary" }) });
  await form.getByRole("button", { name: "Start as the adversary" }).click();
  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);

  const outcome = page.getByTestId("benor-outcome");
  const deliver = page.getByRole("button", { name: /^Deliver message \d+/ });
  await expect(deliver.first()).toBeVisible({ timeout: 20_000 });
  for (let i = 0; i < 600 && !(await outcome.isVisible()); i++) {
    const labels = await deliver.evaluateAll((buttons) => buttons.filter((b) => !(b as HTMLButtonElement).disabled).map((b) => b.getAttribute("aria-label") ?? ""));
    const ids = labels.map((l) => Number(/^Deliver message (\d+)/.exec(l)?.[1])).filter(Number.isFinite);
    if (ids.length === 0) {
      await page.waitForTimeout(100);
      continue;
    }
    const oldest = Math.min(...ids);
    const button = page.getByRole("button", { name: new RegExp(`^Deliver message ${oldest},`) });
    await button.click().catch(() => undefined); // the network may have delivered it meanwhile
    // Delivered: its button is gone (or the game is over, and the buttons left are disabled).
    await expect.poll(async () => (await button.count()) === 0 || (await outcome.isVisible())).toBe(true);
  }

  await expect(outcome).toBeVisible();
  await expect(outcome).toContainText("Every live process decided");
  await expect(outcome).toContainText(/They decided [01]\./);
  const value = /They decided ([01])\./.exec((await outcome.textContent()) ?? "")![1];
  for (const p of [1, 2, 3]) await expect(page.getByTestId(`benor-process-p${p}`).getByTestId("benor-decided")).toContainText(`decided ${value}`);
  await player.context.close();
});
