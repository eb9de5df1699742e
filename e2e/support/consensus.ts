/** Consensus in the browser specs: its start form, and a process played by the moves its screen offers. */
import { expect, type Locator, type Page } from "@playwright/test";

/** The consensus tab of the home page, the nickname filled, and one start form. */
export async function openConsensusForm(page: Page, nickname: string, card: string): Promise<Locator> {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Problems" }).getByRole("link", { name: "Consensus" }).click();
  await expect(page).toHaveURL(/\?play=consensus$/);
  await expect(page.getByRole("heading", { name: /Consensus, with a failure detector/ })).toBeVisible();
  await page.getByLabel("Your nickname").fill(nickname);
  return page.locator(".card", { has: page.getByRole("heading", { name: card }) });
}

/** Clicks whatever the moves panel offers until the verdict shows; returns the labels clicked. */
export async function playOfferedMoves(page: Page): Promise<string[]> {
  const moves = page.getByRole("region", { name: "Your moves" });
  const verdict = page.getByTestId("verdict");
  const clicked: string[] = [];
  for (let i = 0; i < 200 && !(await verdict.isVisible()); i++) {
    const offered = moves.getByRole("button");
    if ((await offered.count()) > 0) {
      const label = ((await offered.first().textContent({ timeout: 500 }).catch(() => null)) ?? "").replace(/\s*[A-Z0-9]$/, "").trim();
      if (await offered.first().click({ timeout: 500 }).then(() => true, () => false)) clicked.push(label);
    }
    await page.waitForTimeout(150);
  }
  await expect(verdict).toBeVisible({ timeout: 30_000 });
  return clicked;
}
