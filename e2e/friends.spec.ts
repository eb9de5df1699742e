/**
 * A friend game in two browser contexts: Ada invites, Ben joins by the link; Ben closes his page
 * and Ada sees that he left (and that he is back when he reopens it); at dawn Ada asks for a
 * rematch, Ben accepts, and both land in the new game with their seats swapped.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { newPlayer, phone, saveScreenshot } from "./support/players";

/** No serious or critical axe violation in the part of the page under `selector`. */
async function expectAccessible(page: Page, selector: string) {
  const axe = await new AxeBuilder({ page }).include(selector).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
}

test("friends: presence, a sign when the other leaves, then a rematch with seats swapped", async ({ browser }) => {
  test.setTimeout(90_000);
  const ada = await newPlayer(browser, { nickname: "Ada" });
  const ben = await newPlayer(browser, { nickname: "Ben", viewport: phone });

  await ada.page.goto("/");
  await ada.page.getByLabel("Your nickname").fill(ada.nickname);
  const card = ada.page.locator(".card", { has: ada.page.getByRole("heading", { name: "Play with a friend" }) });
  await card.getByLabel("Pace").selectOption({ label: "Quick (0.4 s a tick)" });
  await card.getByRole("button", { name: "Create a game for a friend" }).click();
  await expect(ada.page.getByRole("heading", { name: "Waiting for your friend" })).toBeVisible();
  const link = await ada.page.getByLabel("Link to join").inputValue();
  const gameId = ada.page.url().split("/").pop() as string;

  await ben.page.goto(link);
  await ben.page.getByLabel("Your nickname").fill(ben.nickname);
  await ben.page.getByRole("button", { name: "Join the game" }).click();
  await expect(ada.page.getByRole("heading", { name: /you are General A/ })).toBeVisible();
  await expect(ben.page.getByRole("heading", { name: /you are General B/ })).toBeVisible();
  // Both dots are green: both players are here.
  await expect(ada.page.getByTestId("presence-B")).toHaveAttribute("data-present", "yes");
  await expect(ben.page.getByTestId("presence-A")).toHaveAttribute("data-present", "yes");

  // Ben closes his page: Ada sees it, and hears it (a polite live region).
  await ben.page.close();
  await expect(ada.page.getByTestId("presence-B")).toHaveAttribute("data-present", "no");
  await expect(ada.page.getByTestId("presence-sign")).toHaveText("Ben (General B) left the game.");
  await expectAccessible(ada.page, "header");
  await expectAccessible(ada.page, "[data-testid=presence-sign]");
  await saveScreenshot(ada.page, "friends-left-desktop");
  // He comes back to the game's page: his seat is still his.
  const benPage = await ben.context.newPage();
  await benPage.goto(`/game/${gameId}`);
  await expect(benPage.getByRole("heading", { name: /you are General B/ })).toBeVisible();
  await expect(ada.page.getByTestId("presence-sign")).toHaveText("Ben (General B) is back.");

  // Dawn: Ada asks for a rematch, Ben sees the request and accepts.
  await expect(ada.page.getByTestId("rematch-panel")).toBeVisible({ timeout: 30_000 });
  await ada.page.getByTestId("rematch-button").click();
  await expect(ada.page.getByTestId("rematch-panel")).toHaveAttribute("data-status", "asked");
  await expectAccessible(ada.page, "[data-testid=rematch-panel]");
  await saveScreenshot(ada.page, "friends-rematch-asked-desktop");
  const benPanel = benPage.getByTestId("rematch-panel");
  await expect(benPanel).toContainText("Ada asks for a rematch");
  await saveScreenshot(benPage, "friends-rematch-asked-phone");
  await benPanel.getByRole("button", { name: "Accept rematch" }).click();

  // Both land in the new game, seats swapped, with the countdown as every game.
  for (const page of [ada.page, benPage]) await page.waitForURL((url) => /\/game\/[A-Za-z0-9_-]+$/.test(url.pathname) && !url.pathname.endsWith(gameId));
  expect(ada.page.url()).toBe(benPage.url());
  await expect(ada.page.getByRole("heading", { name: /you are General B/ })).toBeVisible();
  await expect(benPage.getByRole("heading", { name: /you are General A/ })).toBeVisible();
  await expect(benPage.getByRole("list", { name: "Seats" })).toContainText("Ada");
  await saveScreenshot(benPage, "friends-rematch-phone");
  await ada.context.close();
  await ben.context.close();
});
