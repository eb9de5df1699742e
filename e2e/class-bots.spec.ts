/**
 * "Bring your bot" in the real UI: a student's bot (the example class bot, with a token made as
 * the player page makes one) joins the host's session by code; the host's lobby lists it as a bot
 * with its owner; the host starts the "Bring your bot" preset at a fast pace; the bot plays its
 * seat, and the debrief compares people, students' bots and house bots.
 */
import { expect, test } from "./support/test";
import { runClass } from "../examples/bots/typescript/class";
import { newBot, playedOnce } from "./support/bots";
import { desktop, newPlayer } from "./support/players";

test("a student's bot joins by code, shows on the roster with its owner, plays the preset round, and the debrief counts it", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const url = baseURL as string;
  const tag = String(Date.now() % 100000);
  const deviceToken = `e2eClassBots${Date.now()}${Math.random().toString(36).slice(2, 10)}`;
  const owner = `Owner${tag}`;
  await playedOnce(url, deviceToken, owner);

  const host = await newPlayer(browser, { nickname: "Ms Hopper", viewport: desktop });
  const botToken = await newBot(host.context.request, deviceToken, `Classbot${tag}`);
  await host.page.goto("/class");
  await host.page.getByLabel("Session title").fill("Bring your bot");
  await host.page.getByLabel("Your nickname").fill(host.nickname);
  await host.page.getByRole("button", { name: "Host a class" }).click();
  await host.page.waitForURL(/\/class\/[A-Za-z0-9_-]+\/host$/);
  const code = (await host.page.getByTestId("class-code").textContent()) as string;

  const played = runClass({ url, botToken, code, games: 1 });
  const lobby = host.page.getByRole("list", { name: "Lobby" });
  const chip = lobby.getByTestId("lobby-student").filter({ hasText: `Classbot${tag}` });
  await expect(chip).toBeVisible();
  await expect(chip.getByTestId("lobby-bot")).toHaveText(`(bot of ${owner})`);

  const setup = host.page.getByRole("region", { name: "Next round" });
  await setup.getByRole("radio", { name: /Bring your bot: Two Generals/ }).click();
  await setup.getByLabel("Pace").selectOption({ label: "Fast (0.25 s a tick)" });
  await setup.getByRole("button", { name: "Start round 1" }).click();

  const result = await played;
  expect(result).toHaveLength(1);
  const kinds = host.page.getByTestId("kind-chart");
  await expect(kinds).toBeVisible({ timeout: 20_000 });
  await expect(kinds).toContainText("Students' bots: mean score (1 seat, 1 game)");
  await expect(kinds).toContainText("House bots: mean score (1 seat, 1 game)");
  await expect(host.page.getByTestId("round-debrief")).toContainText(`Classbot${tag} (student's bot)`);
});
