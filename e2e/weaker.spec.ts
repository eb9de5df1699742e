/**
 * Weaker agreement in the real UI, from the home page's tab: a player starts as the adversary of
 * the 2-set protocol (four bot processes, one crash allowed), lets both chosen processes send and
 * delivers the oldest message in flight until every live process has decided (two values at
 * most, the checker agrees); then watches the spreader play ε-agreement to its end, the spread
 * narrowing round by round on the number lines.
 */
import { expect, test, type Page } from "./support/test";
import { desktop, newPlayer } from "./support/players";

async function openTab(page: Page, nickname: string) {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Problems" }).getByRole("link", { name: "Weaker agreement" }).click();
  await expect(page).toHaveURL(/\?play=weaker$/);
  await expect(page.getByRole("heading", { name: /Weaker agreement: ask for less/ })).toBeVisible();
  await expect(page.getByTestId("weaker-intro-spread").getByRole("img")).toBeVisible();
  await page.getByLabel("Your nickname").fill(nickname);
}

test("a k-set round as the adversary, and a watched ε round", async ({ browser }) => {
  test.setTimeout(150_000);
  const player = await newPlayer(browser, { nickname: `Weak${Date.now() % 100000}`, viewport: desktop });
  const page = player.page;
  await openTab(page, player.nickname);
  const form = page.locator(".card", { has: page.getByRole("heading", { name: "Be the adversary" }) });
  await expect(form.getByLabel("Problem")).toHaveValue("two");
  await form.getByRole("button", { name: "Start as the adversary" }).click();
  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);

  const outcome = page.getByTestId("weaker-outcome");
  for (const p of [1, 2]) {
    const send = page.getByRole("button", { name: `p${p} sends its input` });
    await send.click({ timeout: 20_000 }).catch(() => undefined); // the network may have let it send meanwhile
    await expect(send).toHaveCount(0);
  }
  const deliver = page.getByRole("button", { name: /^Deliver message \d+/ });
  for (let i = 0; i < 100 && !(await outcome.isVisible()); i++) {
    const labels = await deliver.evaluateAll((buttons) => buttons.filter((b) => !(b as HTMLButtonElement).disabled).map((b) => b.getAttribute("aria-label") ?? ""));
    const ids = labels.map((l) => Number(/^Deliver message (\d+)/.exec(l)?.[1])).filter(Number.isFinite);
    if (ids.length === 0) {
      await page.waitForTimeout(100);
      continue;
    }
    const button = page.getByRole("button", { name: new RegExp(`^Deliver message ${Math.min(...ids)},`) });
    await button.click().catch(() => undefined);
    await expect.poll(async () => (await button.count()) === 0 || (await outcome.isVisible())).toBe(true);
  }
  await expect(outcome).toBeVisible();
  await expect(outcome).toContainText("Every live process decided");
  await expect(outcome).toContainText(/at most k = 2 allowed/);
  await expect(page.getByTestId("weaker-verdict")).toContainText("at most k values ✓");
  for (const p of [1, 2, 3, 4]) await expect(page.getByTestId(`weaker-process-p${p}`).getByTestId("weaker-decided")).toBeVisible();

  await openTab(page, player.nickname);
  const watch = page.locator(".card", { has: page.getByRole("heading", { name: "Watch a bot adversary" }) });
  await expect(watch.getByLabel("Problem to watch")).toHaveValue("epsilon");
  await watch.getByRole("button", { name: "Watch the spreader" }).click();
  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId("weaker-spread").getByRole("img")).toBeVisible({ timeout: 20_000 });
  await expect(outcome).toBeVisible({ timeout: 60_000 });
  await expect(outcome).toContainText("Every live process decided");
  await expect(outcome).toContainText(/Spread [\d.]+, ε = 10\./);
  await expect(page.getByTestId("weaker-verdict")).toContainText("within ε ✓");
  await expect(page.getByTestId("weaker-spread")).toContainText("decided: spread");
  await player.context.close();
});
