/**
 * Bot API bots on the player page: a player who has played creates a bot in "Your bots", copies
 * its token (shown once), the example general plays a game with it, and the player revokes it.
 * Another device on the same page sees no panel.
 */
import { expect, test } from "./support/test";
import { play } from "../examples/bots/typescript/general";
import { ownerOnOwnPage } from "./support/bots";
import { newPlayer } from "./support/players";

test("create a bot on your page, play a game with its token, revoke it", async ({ browser, baseURL }) => {
  const url = baseURL as string;
  const { page, playerId, nickname } = await ownerOnOwnPage(browser, url, "Botmaker");

  const panel = page.getByRole("region", { name: "Your bots" });
  await expect(panel).toBeVisible();
  await panel.getByLabel("New bot's name").fill("Playwright general");
  await panel.getByRole("button", { name: "Create bot" }).click();
  const tokenField = panel.getByLabel("Bot token of Playwright general");
  await expect(tokenField).toHaveValue(/^bvb_[A-Za-z0-9_-]{43}$/);
  await expect(panel.getByText("It is shown only this once")).toBeVisible();
  const botToken = await tokenField.inputValue();
  await panel.getByRole("button", { name: "I have copied it" }).click();
  await expect(tokenField).toHaveCount(0);
  await expect(panel.getByRole("listitem").filter({ hasText: "Playwright general" })).toContainText("created");

  // The token works: the example general plays a whole game with it.
  const result = await play({ url, botToken, tickMs: 100 });
  expect(result.seat).toBe("A");
  // Its replay names the bot, once the game is stored (just after its last snapshot).
  await expect(async () => {
    await page.goto(`/games/${result.gameId}`);
    await expect(page.getByText("Playwright general").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  await page.goto(`/players/${playerId}`);
  page.once("dialog", (dialog) => void dialog.accept());
  await panel.getByRole("button", { name: "Revoke Playwright general" }).click();
  await expect(panel.getByRole("listitem").filter({ hasText: "Playwright general" })).toContainText("revoked");
  await expect(play({ url, botToken })).rejects.toThrow(/BAD_BOT_TOKEN/);

  // Someone else's device on the same page: no panel.
  const visitor = await newPlayer(browser, { nickname: "Visitor" });
  await visitor.page.goto(`/players/${playerId}`);
  await expect(visitor.page.getByRole("heading", { name: nickname })).toBeVisible();
  await expect(visitor.page.getByRole("region", { name: "Your bots" })).toHaveCount(0);
});
