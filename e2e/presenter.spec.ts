/**
 * The presenter debrief in the real UI: a host and two phone students play a fast Lovers round,
 * it ends, the host opens the presenter on the game the server chose, steps (button and arrow
 * key), asks the class; both phones answer, the projector's chart counts two answers; the host
 * reveals and both phones are told what happened.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { desktop, newPlayer, phone, saveScreenshot } from "./support/players";

/** Serious or critical axe violations on the page as it stands, by rule id and target. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

test("presenter debrief: step, ask the class, two phones answer, the chart shows two answers, reveal", async ({ browser }) => {
  test.setTimeout(90_000);
  const tag = String(Date.now() % 10000);
  const host = await newPlayer(browser, { nickname: "Mr Lamport", viewport: desktop });
  await host.page.goto("/class");
  await host.page.getByLabel("Session title").fill("Presenter test");
  await host.page.getByLabel("Your nickname").fill(host.nickname);
  await host.page.getByRole("button", { name: "Host a class" }).click();
  await host.page.waitForURL(/\/class\/[A-Za-z0-9_-]+\/host$/);
  const code = (await host.page.getByTestId("class-code").textContent()) as string;

  const students = await Promise.all([`Ann${tag}`, `Ben${tag}`].map((nickname) => newPlayer(browser, { nickname, viewport: phone })));
  await Promise.all(
    students.map(async (s) => {
      await s.page.goto(`/c/${code}`);
      await s.page.getByLabel("Your nickname").fill(s.nickname);
      await s.page.getByRole("button", { name: "Join the class" }).click();
      await expect(s.page.getByRole("heading", { name: `You're in, ${s.nickname}.` })).toBeVisible();
    }),
  );
  await expect(host.page.getByTestId("student-count")).toHaveText("2 joined, 2 online");

  // A Lovers night at the fastest pace: 12 hours of 0.25 s after the 3-2-1.
  const setup = host.page.getByRole("region", { name: "Next round" });
  await setup.getByRole("radio", { name: /The Two Insecure Lovers/ }).click();
  await setup.getByLabel("Pace").selectOption({ label: "Fast (0.25 s a tick)" });
  await setup.getByRole("button", { name: "Start round 1" }).click();
  await expect(host.page.getByTestId("round-debrief")).toBeVisible({ timeout: 30_000 });

  await saveScreenshot(host.page, "presenter-console-1280");
  // Into the presenter: the server picks the game; the projector starts at noon.
  await host.page.getByTestId("presenter-launcher").getByRole("button", { name: "Presenter debrief" }).click();
  await host.page.waitForURL(/\/present\?game=[A-Za-z0-9_-]+$/);
  await expect(host.page.getByTestId("presenter")).toBeVisible();
  const tick = host.page.getByTestId("presenter-tick");
  await expect(tick).toHaveText("noon");
  await host.page.getByRole("button", { name: "One step forward" }).first().click();
  await expect(tick).toHaveText("13:00");
  await host.page.locator("body").press("ArrowRight");
  await expect(tick).toHaveText("14:00");
  // The replay follows the presenter's tick.
  await expect(host.page.getByTestId("replay-time")).toHaveText("14:00");

  await host.page.getByRole("button", { name: "Ask the class" }).click();
  const prompt = "You are Alice at 14:00. Would you go to the date now?";
  await expect(host.page.getByTestId("presenter-question").getByRole("heading", { name: prompt })).toBeVisible();
  for (const s of students) await expect(s.page.getByTestId("student-question").getByRole("heading", { name: prompt })).toBeVisible();
  await students[0].page.getByTestId("answer-act").click();
  await students[1].page.getByTestId("answer-never").click();
  await expect(students[0].page.getByTestId("answer-act")).toHaveAttribute("aria-pressed", "true");
  await expect(host.page.getByTestId("answer-count")).toHaveText("2 of 2 students answered");
  await expect(host.page.getByTestId("answer-row-act")).toContainText("1");
  await expect(host.page.getByTestId("answer-row-never")).toContainText("1");
  await expect(host.page.getByTestId("answer-row-wait")).toContainText("0");
  await saveScreenshot(host.page, "presenter-asking-1280");
  // Why the server chose this game would give the answer away: not before the reveal.
  await expect(host.page.getByRole("heading", { level: 1 })).toHaveText("What would you do?");
  expect(await seriousViolations(host.page)).toEqual([]);
  expect(await seriousViolations(students[0].page)).toEqual([]);
  await saveScreenshot(students[0].page, "presenter-question-phone");

  await host.page.getByRole("button", { name: "Reveal" }).click();
  await expect(host.page.getByTestId("presenter-reveal")).toContainText("What happened");
  for (const s of students) await expect(s.page.getByTestId("student-reveal")).toContainText("What happened");
  await expect(students[0].page.getByTestId("answer-act")).toBeDisabled();
  await expect(host.page.getByRole("heading", { level: 1 })).toHaveText(/^Why this game: /);
  await saveScreenshot(students[1].page, "presenter-reveal-phone");
  await saveScreenshot(host.page, "presenter-revealed-1280");
  await host.page.setViewportSize({ width: 1920, height: 1080 });
  await saveScreenshot(host.page, "presenter-revealed-1920");
});
