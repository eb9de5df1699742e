/**
 * On a phone (390 px): the space-time diagram fits its box with dawn in sight and the slider, the
 * keys and a drag move it, on the end screen and on the replay; a missing nickname on *Join with a
 * code* is said beside Join, and focus lands on the field.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
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
  await saveScreenshot(page, "phone-replay");
  await context.close();
});
