/**
 * Solo challenges in the real UI: complete the first two Two Generals challenges (every night,
 * at the fastest pace, sending one messenger and never attacking: nobody attacks alone, so each
 * night meets the objective), see the third unlock, find yourself on the second one's leaderboard and
 * open the replay from there.
 */
import { expect, test, type Page } from "./support/test";
import { desktop, newPlayer, phone, saveScreenshot } from "./support/players";

const card = (page: Page, name: string) => page.getByRole("article", { name });

/**
 * Plays every night of a challenge from its card, through the game screen's "Next night".
 * Returns each night's challenge score as the end screen shows it.
 */
async function playEveryNight(page: Page, name: string, nights: number): Promise<number[]> {
  const scores: number[] = [];
  await card(page, name).getByRole("button", { name: `Play ${name}, Night 1` }).click();
  for (let night = 1; night <= nights; night++) {
    await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
    const bar = page.getByRole("region", { name: "Challenge" });
    await expect(bar.getByTestId("challenge-night")).toHaveText(`Night ${night} of ${nights}`);
    // A messenger if there is still time (at 0.1 s a tick the night may already be over).
    await page.keyboard.press("p");
    const score = bar.getByTestId("night-score");
    await expect(score).toHaveText(/^[+-]?\d+$/, { timeout: 15_000 });
    scores.push(Number(await score.textContent()));
    // One score on the screen: the challenge's, with whether it met the objective; not the game's own points.
    await expect(bar.getByTestId("night-met")).toHaveText("(objective met).");
    await expect(page.getByTestId("score-A")).toHaveCount(0);
    if (night < nights) {
      const gameId = page.url();
      await bar.getByRole("button", { name: "Next night" }).click({ timeout: 15_000 });
      await page.waitForURL((url) => url.toString() !== gameId);
    } else {
      await expect(bar.getByText("That was the last night of this challenge.")).toBeVisible({ timeout: 15_000 });
      await saveScreenshot(page, `challenge-night-end-${name}-desktop`);
      await bar.getByRole("link", { name: "Back to challenges" }).click();
      await page.waitForURL(/\/challenges$/);
    }
  }
  return scores;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The save lands just after the night ends: reload until the card shows the change. */
async function expectUnlocked(page: Page, name: string) {
  await expect(async () => {
    await page.reload();
    await expect(card(page, name)).toHaveAttribute("data-locked", "false", { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

test("complete two challenges, unlock the next, find yourself on the leaderboard and open the replay", async ({ browser }) => {
  const player = await newPlayer(browser, { nickname: `Ladder${Date.now() % 100000}`, viewport: desktop });
  const page = player.page;
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Challenges" }).click();
  await page.waitForURL(/\/challenges$/);
  await expect(page.getByRole("heading", { name: "Challenges", level: 1 })).toBeVisible();
  await expect(card(page, "Foggy valley")).toHaveAttribute("data-locked", "false");
  await expect(card(page, "The reading Enemy")).toHaveAttribute("data-locked", "true");
  await expect(card(page, "The reading Enemy").getByRole("button", { name: /^Play/ }).first()).toBeDisabled();
  // The objective and the formula are there before playing.
  await expect(card(page, "Foggy valley")).toContainText("Objective: Attack together, or not at all.");
  await expect(card(page, "Foggy valley").getByTestId("challenge-goal")).toHaveText(/^Met on a night scoring 0 or more/);
  await expect(card(page, "Foggy valley").getByText("You attack alone: -100")).toBeVisible();
  await saveScreenshot(page, "challenges-ladder-desktop");

  await page.getByLabel("Your nickname").fill(player.nickname);
  await page.getByLabel("Pace").selectOption({ label: "Blitz (0.1 s a step)" });
  const foggy = await playEveryNight(page, "Foggy valley", 2);
  await expectUnlocked(page, "The reading Enemy");
  await expect(card(page, "Foggy valley")).toContainText("completed");
  // The server's scores, computed from the stored traces, are the ones the end screens showed.
  await expect(card(page, "Foggy valley").getByTestId("night-best")).toHaveText(foggy.map(signed));
  await expect(card(page, "Foggy valley").getByTestId("challenge-total")).toHaveText(signed(foggy[0] + foggy[1]));

  const reading = await playEveryNight(page, "The reading Enemy", 2);
  await expectUnlocked(page, "Be the Enemy");
  await saveScreenshot(page, "challenges-unlocked-desktop");

  // Your own page, found through POST /api/me: progress, best scores, history.
  await page.getByRole("link", { name: "Your page →" }).click();
  await page.waitForURL(/\/players\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { name: player.nickname, level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "History" }).getByRole("link")).toHaveCount(4);
  await expect(page.getByRole("region", { name: "History" })).toContainText("The reading Enemy, night 2");
  await expect(page.getByRole("region", { name: "Challenge progress" })).toContainText("Be the Enemy");
  await saveScreenshot(page, "player-page-desktop");
  const playerPage = new URL(page.url()).pathname;
  await page.goBack();
  await page.waitForURL(/\/challenges$/);

  // The leaderboard of the second challenge: our row, every night played, and its replay.
  await card(page, "The reading Enemy").getByRole("link", { name: "Leaderboard →" }).click();
  await page.waitForURL(/\/challenges\/reading-enemy/);
  const row = page.getByTestId("leaderboard-row").filter({ hasText: player.nickname });
  await expect(row).toContainText("2/2");
  await expect(row).toContainText(signed(reading[0] + reading[1]));
  await page.getByRole("link", { name: "This week" }).click();
  await expect(page.getByTestId("leaderboard-row").filter({ hasText: player.nickname })).toContainText("2/2");
  await saveScreenshot(page, "challenge-leaderboard-desktop");
  await page.getByTestId("leaderboard-row").filter({ hasText: player.nickname }).getByRole("link", { name: "Replay" }).click();
  await page.waitForURL(/\/games\/[A-Za-z0-9_-]+/);
  await expect(page.getByRole("heading", { name: /Two Generals/, level: 1 })).toBeVisible();
  await expect(page.getByTestId("replay-check")).toContainText("the same scores as recorded");
  await expect(page.getByTestId("challenge-night-score")).toContainText(/The reading Enemy, night [12]:/);

  // The same pages on a phone, for the record.
  const mobile = await newPlayer(browser, { nickname: "phone", viewport: phone });
  await mobile.page.goto("/challenges");
  await expect(card(mobile.page, "Foggy valley")).toBeVisible();
  await saveScreenshot(mobile.page, "challenges-ladder-phone");
  await mobile.page.goto("/challenges/reading-enemy");
  await expect(mobile.page.getByTestId("leaderboard-row").first()).toBeVisible();
  await saveScreenshot(mobile.page, "challenge-leaderboard-phone");
  await mobile.page.goto(playerPage);
  await expect(mobile.page.getByRole("heading", { name: player.nickname, level: 1 })).toBeVisible();
  await saveScreenshot(mobile.page, "player-page-phone");
  await mobile.context.close();
  await player.context.close();
});
