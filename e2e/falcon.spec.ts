/**
 * Falcon in the real UI: a player starts as the operator from the home page's Falcon tab (a 10 s
 * game against the chaos bot), asks the application's spy, declares, and reads the debrief's
 * side-by-side table, and opens the game's replay (each layer's truth under the operator's view,
 * in place of the knowledge ladder, and the same table at the end); then starts as chaos against
 * the Falcon bot, injects a crash, and reads its debrief (the operator's row and Falcon's on the
 * same timeline).
 */
import { expect, test, type Page } from "./support/test";
import { desktop, newPlayer } from "./support/players";

async function start(page: Page, nickname: string, form: string, button: string) {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Problems" }).getByRole("link", { name: "Falcon" }).click();
  await expect(page).toHaveURL(/\?play=falcon$/);
  await expect(page.getByRole("heading", { name: /Falcon: choose your poison/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /four layers/ }).first()).toBeVisible();
  await page.getByLabel("Your nickname").fill(nickname);
  const card = page.locator(".card", { has: page.getByRole("heading", { name: form }) });
  await card.getByLabel("Length").selectOption({ label: "10 s (a quick look)" });
  await card.getByRole("button", { name: button }).click();
  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId("falcon-game")).toBeVisible({ timeout: 20_000 });
}

test("a Falcon game as the operator, to its debrief", async ({ browser }) => {
  test.setTimeout(90_000);
  const player = await newPlayer(browser, { nickname: `Op${Date.now() % 100000}`, viewport: desktop });
  const page = player.page;
  await start(page, player.nickname, "Be the operator", "Start as the operator");
  await expect(page.getByTestId("falcon-heartbeats")).toBeVisible();
  const app = page.getByTestId("falcon-layer-app");
  await app.getByRole("button", { name: "Ask the application spy (cost 3)" }).click();
  await expect(app).toContainText(/spy: (up|down|hung|cant-tell)/, { timeout: 5_000 });
  await expect(page.getByTestId("falcon-status")).toContainText("spy cost 3");
  await page.getByTestId("falcon-declare").click();
  const debrief = page.getByTestId("falcon-debrief");
  await expect(debrief).toBeVisible({ timeout: 30_000 });
  const table = page.getByTestId("falcon-compare");
  for (const row of ["You", "Falcon (spies)", "Short timeout (1 s)", "Long timeout (8 s)"]) await expect(table.getByRole("rowheader", { name: row })).toBeVisible();
  // The declaration at the start, with nothing failed, was a false suspicion: lost accuracy.
  await expect(debrief).toContainText("Lost accuracy");

  const gameId = new URL(page.url()).pathname.split("/").pop();
  await page.goto(`/games/${gameId}`);
  await expect(page.getByTestId("replay-check")).toContainText("the same");
  await expect(page.getByTestId("falcon-replay-layers").getByRole("img", { name: /^application: up from 0\.0 s/ })).toBeVisible();
  await expect(page.getByTestId("falcon-replay-operator")).toContainText("Declared failed: ");
  await expect(page.getByTestId("falcon-replay-truth")).toContainText("Instance #2 in service");
  // No knowledge ladder: it says nothing of a detector.
  await expect(page.getByText("knowledge depth")).toHaveCount(0);
  const replayTable = page.getByTestId("falcon-replay-compare").getByTestId("falcon-compare");
  for (const row of [/^The operator/, "Falcon (spies)", "Short timeout (1 s)", "Long timeout (8 s)"]) await expect(replayTable.getByRole("rowheader", { name: row })).toBeVisible();
  // Before the end, the table waits: it tells how the game ends.
  await page.goto(`/games/${gameId}?t=1`);
  await expect(page.getByTestId("falcon-replay-compare")).toContainText("at the end of the replay");
  await expect(page.getByTestId("falcon-replay-truth")).toContainText("Instance #1 in service");
  await player.context.close();
});

test("a Falcon game as chaos, to its debrief", async ({ browser }) => {
  test.setTimeout(90_000);
  const player = await newPlayer(browser, { nickname: `Chaos${Date.now() % 100000}`, viewport: desktop });
  const page = player.page;
  await start(page, player.nickname, "Be chaos", "Start as chaos");
  await expect(page.getByTestId("falcon-budget")).toHaveText("4");
  await page.getByTestId("falcon-inject-crash").click();
  await expect(page.getByTestId("falcon-budget")).toHaveText("3");
  await expect(page.getByTestId("falcon-debrief")).toBeVisible({ timeout: 30_000 });
  const table = page.getByTestId("falcon-compare");
  await expect(table.getByRole("rowheader", { name: "The operator" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Falcon (spies)" })).toBeVisible();
  await expect(page.getByTestId("falcon-debrief")).toContainText(/crash at \d+\.\d s/);
  await player.context.close();
});
