/**
 * On a phone (390 px): the home page never scrolls sideways and its Start button is on the first
 * screen; the space-time diagram fits its box with dawn in sight and the slider, the keys and a
 * drag move it, on the end screen and on the replay, where the fate table and the two worlds
 * follow the slider; the Enemy's messengers are tap targets of at least 24 px; a missing nickname
 * on *Join with a code* is said beside Join, and focus lands on the field.
 */
import { expect, test, type Locator, type Page } from "./support/test";
import { newPlayer, phone, saveScreenshot } from "./support/players";

/** The diagram fits its box, time running down, and its end (dawn) is drawn inside the screen's width. */
async function expectFits(page: Page, scope: Locator) {
  const box = scope.locator("[data-diagram]").first();
  await expect(box).toHaveAttribute("data-diagram", "vertical");
  const svg = box.locator("svg");
  const [boxRect, svgRect] = [await box.boundingBox(), await svg.boundingBox()];
  expect(svgRect!.width).toBeLessThanOrEqual(boxRect!.width + 1);
  expect(boxRect!.x + boxRect!.width).toBeLessThanOrEqual(phone.width);
  const dawn = svg.locator("text", { hasText: /^dawn$/ });
  const dawnRect = await dawn.boundingBox();
  expect(dawnRect!.x).toBeGreaterThanOrEqual(0);
  expect(dawnRect!.x + dawnRect!.width).toBeLessThanOrEqual(phone.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

test("the home page fits a phone: no sideways scroll on any tab, and Start on the first screen", async ({ browser }) => {
  const { page, context } = await newPlayer(browser, { nickname: "", viewport: phone });
  await page.goto("/");
  const tabs = page.getByRole("navigation", { name: "Problems" }).getByRole("link");
  const count = await tabs.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute("aria-current", "page");
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `tab ${i}`).toBeLessThanOrEqual(phone.width);
    // The tabs scroll within their row, never the page, and the chosen one is in sight.
    await expect(async () => {
      const box = (await tabs.nth(i).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
    }).toPass({ timeout: 5_000 });
  }
  // Opened straight at the last tab, the row scrolls it into sight.
  await page.goto((await tabs.nth(count - 1).getAttribute("href"))!);
  await expect(async () => {
    const box = (await tabs.nth(count - 1).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
  }).toPass({ timeout: 5_000 });
  await page.goto("/");
  const start = page.locator(".card", { has: page.getByRole("heading", { name: "Play vs bot" }) }).getByRole("button", { name: "Start vs bot" });
  const box = (await start.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
  // The whole story is one tap away.
  await page.getByRole("link", { name: "How it works ↓" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
  await saveScreenshot(page, "phone-home");
  await context.close();
});

test("the Enemy's messengers are tap targets of at least 24 px on a phone", async ({ browser }) => {
  test.setTimeout(90_000);
  const { page, context } = await newPlayer(browser, { nickname: "Fog", viewport: phone });
  await page.goto("/");
  await page.getByLabel("Your nickname").fill("Fog");
  const card = page.locator(".card", { has: page.getByRole("heading", { name: "Play vs bot" }) });
  // A choice made before the form has hydrated is lost (React resets the select to its state):
  // choose again until the Enemy's own field appears.
  await expect(async () => {
    await card.getByLabel("You are").selectOption({ label: "The Enemy: capture messengers" });
    await expect(card.getByLabel("Both generals play")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await card.getByLabel("Both generals play").selectOption("acknowledged");
  await card.getByLabel("Pace").selectOption({ label: "Relaxed (1.5 s a tick)" });
  await card.getByRole("button", { name: "Start vs bot" }).click();
  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);

  const messenger = page.getByRole("button", { name: /^Capture messenger \d+/ }).first();
  await expect(messenger).toBeVisible({ timeout: 20_000 });
  const target = (await messenger.boundingBox())!;
  expect(target.width).toBeGreaterThanOrEqual(24);
  expect(target.height).toBeGreaterThanOrEqual(24);
  const listButton = page.getByRole("region", { name: "In the valley" }).getByRole("button", { name: /^Capture/ }).first();
  expect((await listButton.boundingBox())!.height).toBeGreaterThanOrEqual(24);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  await saveScreenshot(page, "phone-enemy");
  // A tap on a messenger captures it. It walks, so a tap on a busy machine may land where it
  // was a frame ago, or it may arrive first: tap whichever is crossing until one is caught.
  const soFar = page.getByRole("region", { name: "So far" });
  await expect(async () => {
    await messenger.tap({ force: true, timeout: 2_000 });
    await expect(soFar).toContainText(/Captured: [1-9]/, { timeout: 1_500 });
  }).toPass({ timeout: 30_000 });
  await context.close();
});

test("a missing nickname on Join with a code is said beside Join, and focus goes to the field", async ({ browser }) => {
  const { page, context } = await newPlayer(browser, { nickname: "", viewport: phone });
  await page.goto("/");
  const card = page.locator(".card", { has: page.getByRole("heading", { name: "Join with a code" }) });
  await card.getByLabel("Code").fill("ABCDEF");
  const join = card.getByRole("button", { name: "Join" });
  await join.click();
  const alert = card.getByRole("alert");
  await expect(alert).toContainText("Nickname");
  await expect(join).toHaveAttribute("aria-describedby", (await alert.getAttribute("id")) as string);
  await expect(page.getByLabel("Your nickname")).toBeFocused();
  await expect(page.getByLabel("Your nickname")).toHaveAttribute("aria-invalid", "true");
  await context.close();
});

test("the diagram fits a phone and scrubs, at dawn and on the replay", async ({ browser }) => {
  test.setTimeout(60_000);
  const { page, context } = await newPlayer(browser, { nickname: "Thumb", viewport: phone });
  await page.goto("/");
  await page.getByLabel("Your nickname").fill("Thumb");
  const card = page.locator(".card", { has: page.getByRole("heading", { name: "Play vs bot" }) });
  await card.getByLabel("Pace").selectOption({ label: "Quick (0.4 s a tick)" });
  await card.getByRole("button", { name: "Start vs bot" }).click();
  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  const gameId = page.url().split("/").pop() as string;
  // One plan, so that the replay below has a message whose fate the slider can hide.
  const sendPlan = page.getByRole("button", { name: /Send the plan/ });
  await expect(sendPlan).toBeEnabled({ timeout: 15_000 });
  await sendPlan.click();
  await expect(page.getByRole("region", { name: "Your messengers" }).getByText("#1")).toBeVisible();

  const story = page.getByRole("region", { name: "Space-time diagram" });
  await expect(story).toBeVisible({ timeout: 20_000 });
  await expectFits(page, story);
  const svg = story.getByRole("img", { name: /Space-time diagram/ });
  await expect(svg).toHaveAttribute("data-tick", "20");
  await story.getByRole("slider", { name: "Time" }).fill("6");
  await expect(svg).toHaveAttribute("data-tick", "6");
  await expect(story.getByTestId("diagram-time")).toHaveText("tick 6");
  // The diagram itself takes focus; the arrow keys move the moment.
  await story.locator("[data-diagram]").focus();
  await page.keyboard.press("ArrowDown");
  await expect(svg).toHaveAttribute("data-tick", "7");
  await page.keyboard.press("End");
  await expect(svg).toHaveAttribute("data-tick", "20");
  // A thumb on the time axis drags it.
  const rail = story.getByTestId("diagram-rail");
  const railBox = (await rail.boundingBox())!;
  await page.mouse.move(railBox.x + railBox.width / 2, railBox.y + railBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(railBox.x + railBox.width / 2, railBox.y + 4, { steps: 4 });
  await page.mouse.up();
  await expect(svg).toHaveAttribute("data-tick", "0");
  await saveScreenshot(page, "phone-dawn");

  await page.goto(`/games/${gameId}`);
  const replay = page.getByRole("region", { name: "Replay" });
  await expect(page.getByTestId("replay-time")).toHaveText("tick 20");
  await expectFits(page, replay);
  await replay.getByRole("slider", { name: "Time" }).fill("3");
  await expect(replay.getByRole("img", { name: /Space-time diagram/ })).toHaveAttribute("data-tick", "3");
  // Everything on the page follows the slider: the fate table tells only what had happened by
  // tick 3, and the two worlds (how the game ended) wait for the end.
  const fates = page.getByRole("table", { name: "Fate of every message by tick 3" });
  await expect(fates).toBeVisible();
  for (const cell of await fates.locator("tbody td:last-child").allTextContents()) {
    const settled = /at tick (\d+)$/.exec(cell);
    if (settled) expect(Number(settled[1]), cell).toBeLessThanOrEqual(3);
  }
  const worlds = page.getByRole("region", { name: "Two worlds" });
  await expect(worlds.getByTestId("world-knowledge")).toHaveCount(0);
  await expect(worlds).toContainText("you are at tick 3");
  await saveScreenshot(page, "phone-replay");
  await worlds.getByRole("button", { name: "Go to the end" }).click();
  await expect(page.getByTestId("replay-time")).toHaveText("tick 20");
  await expect(page.getByRole("table", { name: "Fate of every message", exact: true })).toBeVisible();
  await expect(worlds.getByTestId("world-knowledge").first()).toBeVisible();
  await context.close();
});
