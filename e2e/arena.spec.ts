/**
 * The arena (issue 18): a player creates a bot on their page, the bot joins the Two Generals
 * arena over a real Bot API socket and plays one match (the house fills the other seat after the
 * lone bot's wait), then the arena board ranks it, its page shows the rating and the game, and
 * the match's replay is withheld while its cycle is open (the bot has 31 nights of it to play):
 * no replay link, "replay after cycle 1", the page and the trace API say so
 * (server/integration/arenaHold.test.ts shows a cycle ending and its replays opening).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { ownerOnOwnPage, passOneArenaMatch } from "./support/bots";
import { desktop, phone, saveScreenshot } from "./support/players";

/** axe's serious and critical findings on this page at a phone's and a laptop's width (e2e/a11y.spec.ts audits the empty board). */
async function blockingViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const viewport of [phone, desktop]) {
    await page.setViewportSize(viewport);
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    for (const v of result.violations) if (v.impact === "serious" || v.impact === "critical") found.push(`${viewport.width}px ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  }
  return found;
}

test("a bot made on the player page plays an arena match and appears on the board and its page, its replay withheld until its cycle is over", async ({ browser, baseURL }) => {
  test.setTimeout(120_000); // the lone bot's 3 s wait, the countdown, 20 ticks of 500 ms
  const url = baseURL as string;
  const botName = `Passer ${Date.now() % 100000}`;
  const { page, playerId, nickname } = await ownerOnOwnPage(browser, url, "Arenist");
  const panel = page.getByRole("region", { name: "Your bots" });
  await panel.getByLabel("New bot's name").fill(botName);
  await panel.getByRole("button", { name: "Create bot" }).click();
  const botToken = await panel.getByLabel(`Bot token of ${botName}`).inputValue();
  expect(botToken).toMatch(/^bvb_/);

  const match = await passOneArenaMatch(url, botToken, "generals");
  expect(match.matchId).toBe(match.gameId);

  // Rated once its game is stored: then the board ranks it.
  const ratings = page.getByRole("region", { name: "Ratings" });
  await expect(async () => {
    await page.goto("/arena?scenario=generals");
    await expect(ratings.getByRole("link", { name: botName })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "Two Generals arena" })).toBeVisible();
  await expect(ratings.getByRole("row").filter({ hasText: botName })).toContainText(nickname);
  const recent = page.getByRole("region", { name: "Recent matches" });
  await expect(recent.getByRole("listitem").filter({ hasText: botName }).first()).toContainText("vs par");
  await expect(recent.getByRole("listitem").filter({ hasText: botName }).first()).toContainText("replay after cycle 1");
  await expect(recent.locator(`a[href="/games/${match.gameId}"]`)).toHaveCount(0);

  expect(await blockingViolations(page)).toEqual([]);
  await saveScreenshot(page, "arena-board-desktop");

  // Its page: the rating in Two Generals, and the match among its games, with its replay.
  await ratings.getByRole("link", { name: botName }).click();
  await expect(page).toHaveURL(/\/bots\/[A-Za-z0-9]+$/);
  const botUrl = page.url();
  await expect(page.getByRole("heading", { name: botName })).toBeVisible();
  await expect(page.getByRole("region", { name: "Ratings" })).toContainText("Two Generals");
  await expect(page.getByRole("region", { name: "Ratings" })).toContainText("1 match:");
  const games = page.getByRole("region", { name: "Games" });
  await expect(games).toContainText("arena, night 1");
  expect(await blockingViolations(page)).toEqual([]);
  await expect(games).toContainText("replay after cycle 1");
  await expect(games.locator(`a[href="/games/${match.gameId}"]`)).toHaveCount(0);
  // Its address tells why, and so does the trace: nothing of the night's draws before the cycle is over.
  await page.goto(`/games/${match.gameId}`);
  await expect(page.getByRole("heading", { name: "Replay after cycle 1" })).toBeVisible();
  await expect(page.getByTestId("replay-check")).toHaveCount(0);
  await saveScreenshot(page, "arena-withheld-desktop");
  await page.setViewportSize(phone);
  await saveScreenshot(page, "arena-withheld-phone");
  const trace = await page.request.get(`/api/games/${match.gameId}/trace`);
  expect(trace.status()).toBe(403);
  expect(((await trace.json()) as { error: { code: string } }).error.code).toBe("ARENA_REPLAY_WITHHELD");

  // The owner's Your bots panel links the bot's page too.
  await page.goto(`/players/${playerId}`);
  await expect(panel.getByRole("link", { name: botName })).toHaveAttribute("href", new URL(botUrl).pathname);
});
