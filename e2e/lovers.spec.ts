/**
 * The Two Insecure Lovers in the real UI: a night against a bot on a phone, then its replay,
 * scrubbed to the middle of the night, checked arrow by arrow against the game's trace.
 */
import { expect, test } from "./support/test";
import { desktop, newPlayer, phone, saveScreenshot } from "./support/players";
import { diagramAt, expectedAt, type TraceEvent } from "./support/replay";

test("a night against a bot, then its replay scrubbed to the middle", async ({ browser }) => {
  const alice = await newPlayer(browser, { nickname: "Juliet", viewport: phone });
  const page = alice.page;
  await page.goto("/");
  await page.getByRole("link", { name: "Two Insecure Lovers" }).click();
  await expect(page.getByRole("heading", { name: "The Two Insecure Lovers" })).toBeVisible();
  await page.getByLabel("Your nickname").fill(alice.nickname);
  const card = page.locator(".card", { has: page.getByRole("heading", { name: "Play vs bot" }) });
  await card.getByLabel("Bob plays").selectOption("chain-4");
  await card.getByLabel("The network tonight").selectOption({ label: "Awful (50% lost)" });
  // Five texts take five game hours: at 1.5 s an hour a busy machine still has hours to spare.
  await card.getByLabel("Pace").selectOption({ label: "Normal (1.5 s an hour)" });
  await card.getByRole("button", { name: "Start the night" }).click();

  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  const gameId = page.url().split("/").pop() as string;
  await expect(page.getByRole("heading", { name: /you are Alice/ })).toBeVisible();
  await expect(page.getByTestId("knowledge-sentence")).toHaveText("Alice wants a date; Bob may not know");
  // Alice texts every hour for a while: with half the SMS lost, the night has arrows and crosses.
  const propose = page.getByRole("button", { name: /let's meet/ });
  for (let i = 0; i < 5; i++) {
    await expect(propose).toBeEnabled();
    await propose.click();
    await expect(page.getByRole("region", { name: "Your phone" }).getByText("delivered? no way to know")).toHaveCount(i + 1);
  }
  await saveScreenshot(page, "lovers-game-phone");
  await page.getByRole("button", { name: /Stay home/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "stay home" })).toBeVisible();

  await expect(page.getByRole("heading", { name: /^(A date|Nothing|Humiliation)/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("region", { name: "Two worlds" })).toBeVisible();
  await expect(page.getByRole("region", { name: "In practice" })).toContainText("three-way handshake");
  await saveScreenshot(page, "lovers-end-phone");

  await page.getByRole("link", { name: "Replay this game" }).click();
  await page.waitForURL(new RegExp(`/games/${gameId}`));
  const trace = await (await page.request.get(`/api/games/${gameId}/trace`)).json();
  expect(trace.scenario).toBe("lovers");
  const events = trace.events as TraceEvent[];
  expect(events.filter((e) => e.type === "send").length).toBeGreaterThanOrEqual(5);

  // Scrub to the middle of the night (18:00) with the slider.
  await page.getByRole("slider", { name: "Time" }).fill("6");
  await expect(page.getByTestId("replay-time")).toHaveText("18:00");
  await expect(page).toHaveURL(/[?&]t=6$/);
  const expected = expectedAt(events, 6);
  expect(await diagramAt(page)).toEqual(expected);
  const lostNow = Object.values(expected).filter((s) => s === "lost").length;
  await expect(page.locator("[aria-label='Replay'] [data-cross]")).toHaveCount(lostNow);
  const lostIds = Object.entries(expected).filter(([, s]) => s === "lost").map(([id]) => `#${id}`);
  await expect(page.getByTestId("truth-lost")).toHaveText(`Lost: ${lostIds.join(", ") || "none"}`);
  // Alice's own view beside the truth never says what became of her texts.
  await expect(page.getByRole("region", { name: "Replay" }).getByLabel("Alice's view")).not.toContainText(/lost|arrived at/);
  await saveScreenshot(page, "lovers-replay-phone");

  // One step back with the button, then the shared URL opens at that moment.
  await page.getByRole("button", { name: "One step back" }).click();
  await expect(page.getByTestId("replay-time")).toHaveText("17:00");
  await expect(page).toHaveURL(/[?&]t=5$/);
  const shared = page.url();
  const viewer = await newPlayer(browser, { nickname: "viewer", viewport: desktop });
  await viewer.page.goto(shared);
  await expect(viewer.page.getByTestId("replay-time")).toHaveText("17:00");
  expect(await diagramAt(viewer.page)).toEqual(expectedAt(events, 5));
  await saveScreenshot(viewer.page, "lovers-replay-desktop");
  await viewer.context.close();
  await alice.context.close();
});
