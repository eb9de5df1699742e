/**
 * The Two Generals in the real UI: (a) a player against a bot, from the landing page through
 * dawn to the leaderboard and the game's record; (b) two players in two browser contexts
 * playing each other through the share link.
 */
import { expect, test, type Page } from "./support/test";
import { newPlayer, phone, saveScreenshot } from "./support/players";
import { diagramAt, expectedAt, type TraceEvent } from "./support/replay";

/**
 * Fills the nickname and picks a pace: quick by default (0.4 s a tick: dawn at tick 20 is 8 s
 * away); two people in two browsers need the normal pace, or a loaded machine brings dawn first.
 */
async function prepare(page: Page, nickname: string, card: string, pace = "Quick (0.4 s a tick)") {
  await page.getByLabel("Your nickname").fill(nickname);
  const section = page.locator(".card", { has: page.getByRole("heading", { name: card }) });
  await section.getByLabel("Pace").selectOption({ label: pace });
  return section;
}

test("solo vs a bot: play to dawn, then find the game on the leaderboard and open its record", async ({ page }) => {
  const nickname = `Solo${Date.now() % 100000}`;
  await page.goto("/");
  const card = await prepare(page, nickname, "Play vs bot");
  await card.getByLabel("The other general plays").selectOption("bold");
  await card.getByRole("button", { name: "Start vs bot" }).click();

  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  const gameId = page.url().split("/").pop() as string;
  await expect(page.getByRole("heading", { name: /you are General A/ })).toBeVisible();
  await expect(page.getByTestId("knowledge-sentence")).toHaveText("You know the plan; B may not");

  // Send the plan with the button, then again with the keyboard a tick later.
  await page.getByRole("button", { name: /Send the plan/ }).click();
  await expect(page.getByRole("region", { name: "Your messengers" }).getByText("#1")).toBeVisible();
  await expect(page.getByRole("button", { name: /Send the plan/ })).toBeEnabled();
  await page.keyboard.press("p");
  const log = page.getByRole("region", { name: "Your messengers" });
  await expect(log.getByText(/You sent \(2\)/)).toBeVisible();
  // Before dawn the sender is never told what became of its messengers.
  await expect(log.getByText("fate unknown until dawn").first()).toBeVisible({ timeout: 5_000 });
  await saveScreenshot(page, "generals-solo-running-desktop");

  await page.getByRole("button", { name: /Attack at dawn/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "You committed to attack at dawn" })).toBeVisible();

  const outcome = page.getByRole("heading", { name: /^(Victory|No battle|Defeat)/ });
  await expect(outcome).toBeVisible({ timeout: 20_000 });
  // The bold bot attacks as soon as the plan reaches it: victory if one of two plans got through.
  const title = (await outcome.textContent()) ?? "";
  expect(["Victory: both armies attacked", "Defeat: A attacked alone"]).toContain(title);
  await expect(page.getByRole("table", { name: "Fate of every message" }).getByRole("row")).toHaveCount(1 + (await countMessengers(page)));
  await expect(page.getByRole("img", { name: /Space-time diagram/ }).first()).toBeVisible();
  const score = title.startsWith("Victory") ? "+8 pts" : "−12 pts";
  await expect(page.getByTestId("score-A")).toHaveText(score);
  await saveScreenshot(page, "generals-solo-dawn-desktop");

  await page.getByRole("link", { name: "Leaderboard" }).first().click();
  await page.waitForURL(/\/leaderboard$/);
  const scoreTable = page.getByRole("region", { name: "Best total score" });
  await expect(scoreTable.getByRole("row", { name: new RegExp(nickname) })).toContainText(score.replace("+", "").replace("−", "-"));
  const recent = page.getByRole("region", { name: "Recent games" }).getByRole("link", { name: new RegExp(nickname) });
  await expect(recent).toHaveAttribute("href", `/games/${gameId}`);
  await saveScreenshot(page, "generals-leaderboard-desktop");

  await recent.click();
  await page.waitForURL(new RegExp(`/games/${gameId}`));
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("replay-check")).toContainText("the same");
  // The replay opens at dawn; scrubbed back, it draws each messenger as the trace has it then.
  await expect(page.getByTestId("replay-time")).toHaveText("tick 20");
  const events = (await (await page.request.get(`/api/games/${gameId}/trace`)).json()).events as TraceEvent[];
  for (const tick of [1, 3, 10]) {
    await page.getByRole("slider", { name: "Time" }).fill(String(tick));
    await expect(page.getByTestId("replay-time")).toHaveText(`tick ${tick}`);
    expect(await diagramAt(page)).toEqual(expectedAt(events, tick));
  }
  const trace = await page.request.get(`/api/games/${gameId}/trace`);
  expect(trace.status()).toBe(200);
  const body = await trace.json();
  expect(body).toMatchObject({ format: "bivalent-trace", gameId, scenario: "generals" });
  expect(body.seats[0]).toMatchObject({ seat: "A", kind: "human", name: nickname });
  await saveScreenshot(page, "generals-record-desktop");

  // This browser remembers the nickname for the next game.
  await page.goto("/");
  await expect(page.getByLabel("Your nickname")).toHaveValue(nickname);
});

/** Rows in the dawn report's table of messengers: one per messenger the reveal lists. */
async function countMessengers(page: Page): Promise<number> {
  const text = (await page.getByRole("img", { name: /Space-time diagram/ }).first().getAttribute("aria-label")) ?? "";
  return Number(/(\d+) messages sent/.exec(text)?.[1] ?? NaN);
}

test("two friends play each other through the share link", async ({ browser }) => {
  test.setTimeout(90_000);
  const ada = await newPlayer(browser, { nickname: "Ada" });
  const ben = await newPlayer(browser, { nickname: "Ben", viewport: phone });

  await ada.page.goto("/");
  const card = await prepare(ada.page, ada.nickname, "Play with a friend", "Normal (1 s a tick)");
  await card.getByLabel("The valley").selectOption({ label: "Clear (10% captured)" });
  await card.getByRole("button", { name: "Create a game for a friend" }).click();
  await expect(ada.page.getByRole("heading", { name: "Waiting for your friend" })).toBeVisible();
  // While she waits, Ada reads her briefing: who she is, the goal, the scoring.
  await expect(ada.page.getByTestId("briefing")).toContainText("You are General A, and you hold the plan");
  const link = await ada.page.getByLabel("Link to join").inputValue();
  const code = (await ada.page.getByTestId("join-code").textContent())?.trim();
  expect(link).toMatch(new RegExp(`/join/${code}\\?game=generals$`));
  await saveScreenshot(ada.page, "generals-friend-waiting-desktop");

  await ben.page.goto(link);
  await expect(ben.page.getByText(code as string)).toBeVisible();
  await expect(ben.page.getByRole("heading", { name: "A friend invited you to Two Generals" })).toBeVisible();
  await ben.page.getByLabel("Your nickname").fill(ben.nickname);
  await ben.page.getByRole("button", { name: "Join the game" }).click();
  // Both seats held: a 3-2-1 the server owns, over each seat's briefing, then the game.
  await Promise.all([expect(ben.page.getByTestId("countdown")).toBeVisible(), expect(ada.page.getByTestId("countdown")).toBeVisible()]);
  await expect(ben.page.getByTestId("briefing")).toContainText("You are General B");
  await expect(ben.page.getByRole("heading", { name: /you are General B/ })).toBeVisible();
  await expect(ada.page.getByRole("heading", { name: /you are General A/ })).toBeVisible();
  await expect(ben.page.getByRole("list", { name: "Seats" })).toContainText("Ada");
  await expect(ben.page.getByTestId("knowledge-sentence")).toHaveText("You do not know the plan yet");
  // B cannot acknowledge before anything has reached it.
  await expect(ben.page.getByRole("button", { name: /Send an ack/ })).toBeDisabled();

  // Ada sends the plan every tick until Ben holds it (10% are captured).
  const benKnows = ben.page.getByTestId("knowledge-sentence");
  for (let i = 0; i < 8 && (await benKnows.textContent()) !== "You know the plan"; i++) {
    await ada.page.getByRole("button", { name: /Send the plan/ }).click();
    await ada.page.waitForTimeout(450);
  }
  await expect(benKnows).toHaveText("You know the plan");
  await expect(ben.page.getByTestId("knowledge-depth")).toHaveText("1");
  await ben.page.getByRole("button", { name: /Send an ack/ }).click();
  await saveScreenshot(ben.page, "generals-friend-running-phone");

  await ben.page.getByRole("button", { name: /Attack at dawn/ }).click();
  await ada.page.keyboard.press("a");
  await expect(ada.page.getByRole("status").filter({ hasText: "You committed to attack at dawn" })).toBeVisible();

  for (const player of [ada, ben]) {
    await expect(player.page.getByRole("heading", { name: "Victory: both armies attacked" })).toBeVisible({ timeout: 30_000 });
  }
  await expect(ben.page.getByRole("list", { name: "Seats at the end" })).toContainText("Ada");
  await saveScreenshot(ben.page, "generals-friend-dawn-phone");
  await ada.context.close();
  await ben.context.close();
});
