/**
 * The gangsters' telling of the Two Generals (issue 19) in the real UI: the home page's switch,
 * the 1975 lesson, a game against a house bot played to its end in the gangsters' words, and its
 * replay told the same way. On a desktop (1280 px) and a phone (390 px).
 */
import { expect, test, type Page } from "./support/test";
import { newPlayer, phone, saveScreenshot } from "./support/players";

/** No word of the generals' telling may show in a gangsters' game or replay. */
async function expectNoGenerals(page: Page) {
  const text = (await page.locator("main").innerText()).replace(/Two Generals/g, "");
  expect(text).not.toMatch(/\bGeneral\b|\bEnemy\b|messenger|\bvalley\b|\battack/i);
}

async function openGangsters(page: Page, nickname: string) {
  await page.goto("/");
  await page.getByRole("link", { name: "The gangsters (1975)" }).click();
  await page.waitForURL(/skin=gangsters/);
  await expect(page.getByRole("heading", { name: "Two Gangs", level: 1 })).toBeVisible();
  await expect(page.getByTestId("gangsters-lesson")).toContainText("Akkoyunlu");
  await expect(page.getByTestId("gangsters-lesson")).toContainText("1975");
  await page.getByLabel("Your nickname").fill(nickname);
  const card = page.locator(".card", { has: page.getByRole("heading", { name: "Play vs bot" }) });
  await card.getByLabel("Pace").selectOption({ label: "Quick (0.4 s a tick)" });
  return card;
}

test("desktop: the switch, the lesson, a game as Boss A to dawn, then its replay in the same words", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const card = await openGangsters(page, `Gang${Date.now() % 100000}`);
  await saveScreenshot(page, "gangsters-home-desktop");
  await expect(card.getByLabel("You are")).toContainText("Boss A: you hold the job");
  await card.getByLabel("The other boss plays").selectOption("bold");
  await card.getByRole("button", { name: "Start vs bot" }).click();

  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  const gameId = page.url().split("/").pop() as string;
  await expect(page.getByRole("heading", { name: /Two Gangs · you are Boss A/ })).toBeVisible();
  await expect(page.getByTestId("knowledge-sentence")).toHaveText("You know the job; B may not");
  await page.getByRole("button", { name: /Send the job/ }).click();
  const log = page.getByRole("region", { name: "Your couriers" });
  await expect(log.getByText("#1")).toBeVisible();
  await expect(page.getByRole("button", { name: /Send the job/ })).toBeEnabled();
  await page.keyboard.press("p");
  await expect(log.getByText(/You sent \(2\)/)).toBeVisible();
  await expect(page.getByRole("img", { name: /The map seen by Boss A: your couriers/ })).toBeVisible();
  await expectNoGenerals(page);
  await saveScreenshot(page, "gangsters-running-desktop");

  await page.getByRole("button", { name: /Pull the job at dawn/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "You committed to pull the job at dawn" })).toBeVisible();
  const outcome = page.getByRole("heading", { name: /^(The job came off|Busted|Nothing doing)/ });
  await expect(outcome).toBeVisible({ timeout: 20_000 });
  const title = (await outcome.textContent()) ?? "";
  expect(["The job came off: both gangs pulled it", "Busted: A pulled the job alone"]).toContain(title);
  await expect(page.getByText("Boss A (you)").first()).toBeVisible();
  await expectNoGenerals(page);
  await saveScreenshot(page, "gangsters-dawn-desktop");

  // The trace keeps the telling, and its inputs are the Two Generals' own.
  const trace = await (await page.request.get(`/api/games/${gameId}/trace`)).json();
  expect(trace.skin).toBe("gangsters");
  expect(trace.scenario).toBe("generals");

  await page.goto(`/games/${gameId}`);
  await expect(page.getByRole("heading", { name: /^Two Gangs, / })).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("replay-check")).toContainText("the same");
  await expect(page.getByText("couriers picked up with probability")).toBeVisible();
  await page.getByRole("slider", { name: "Time" }).fill("3");
  await expect(page.getByText("Boss A's view").first()).toBeVisible();
  await expectNoGenerals(page);
  await saveScreenshot(page, "gangsters-replay-desktop");
});

test("phone: a game as Boss B against a reading police bot, to its end and its replay", async ({ browser }) => {
  const ben = await newPlayer(browser, { nickname: "Ben", viewport: phone });
  const page = ben.page;
  const card = await openGangsters(page, "Ben");
  await saveScreenshot(page, "gangsters-home-phone");
  await card.getByLabel("You are").selectOption("B");
  await card.getByLabel("The streets").selectOption({ label: "A police bot that reads and picks up" });
  await card.getByRole("button", { name: "Start vs bot" }).click();

  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  const gameId = page.url().split("/").pop() as string;
  await expect(page.getByRole("heading", { name: /you are Boss B/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Lie low/ })).toBeVisible();
  await expectNoGenerals(page);
  await saveScreenshot(page, "gangsters-running-phone");
  await page.getByRole("button", { name: /Lie low/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "You committed to lie low" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^(The job came off|Busted|Nothing doing)/ })).toBeVisible({ timeout: 20_000 });
  await expectNoGenerals(page);
  await saveScreenshot(page, "gangsters-dawn-phone");

  await page.goto(`/games/${gameId}`);
  await expect(page.getByRole("heading", { name: /^Two Gangs, / })).toBeVisible();
  await expect(page.getByText(/the police \(bot\) in the streets/)).toBeVisible();
  await expectNoGenerals(page);
  await saveScreenshot(page, "gangsters-replay-phone");
  await ben.context.close();
});
