/**
 * Live spectating: a host and one student; during the round the host opens the student's group
 * with *Watch* and sees the student's own screen, read-only, with the tick advancing.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { desktop, newPlayer, phone, saveScreenshot } from "./support/players";

test("the host watches a group: the student's own screen, the tick advancing", async ({ browser }) => {
  test.setTimeout(90_000);
  const host = await newPlayer(browser, { nickname: "Ms Hopper", viewport: desktop });
  await host.page.goto("/class");
  await host.page.getByLabel("Session title").fill("Spectating");
  await host.page.getByLabel("Your nickname").fill(host.nickname);
  await host.page.getByRole("button", { name: "Host a class" }).click();
  await host.page.waitForURL(/\/class\/[A-Za-z0-9_-]+\/host$/);
  const code = (await host.page.getByTestId("class-code").textContent()) as string;

  const student = await newPlayer(browser, { nickname: `Ada${Date.now() % 10000}`, viewport: phone });
  await student.page.goto(`/c/${code}`);
  await student.page.getByLabel("Your nickname").fill(student.nickname);
  await student.page.getByRole("button", { name: "Join the class" }).click();
  await student.page.waitForURL(/\/class\/[A-Za-z0-9_-]+\/play$/);
  await expect(host.page.getByRole("list", { name: "Lobby" }).getByText(student.nickname)).toBeVisible();

  const setup = host.page.getByRole("region", { name: "Next round" });
  await setup.getByRole("radio", { name: /Two Generals in the fog/ }).click();
  await setup.getByLabel("Pace").selectOption({ label: "Normal (1 s a tick)" });
  await setup.getByRole("button", { name: "Start round 1" }).click();
  await expect(student.page.getByTestId("class-game")).toBeVisible();

  await host.page.getByRole("button", { name: "Watch group 1" }).click();
  const panel = host.page.getByTestId("spectator-panel");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("You see what each player sees, nothing more");
  // One student, one screen: the bot's seat is not shown.
  await expect(panel.getByTestId("spectator-seat")).toHaveCount(1);
  await expect(panel.getByTestId("spectator-seat")).toContainText(student.nickname);
  const tick = panel.getByTestId("spectator-tick");
  await expect(tick).toHaveAttribute("data-tick", /^[1-9]\d*$/, { timeout: 15_000 });
  const first = Number(await tick.getAttribute("data-tick"));
  await expect.poll(async () => Number(await tick.getAttribute("data-tick")), { timeout: 15_000 }).toBeGreaterThan(first);
  // Pause, so the panel holds still for the checks and pictures below.
  await host.page.getByRole("button", { name: "Pause" }).click();
  await expect(tick).toContainText("paused");
  // Read-only: the student's buttons are there, and disabled.
  await expect(panel.getByRole("button", { name: /Send the plan|Send an ack/ }).first()).toBeDisabled();
  // The panel passes axe with no serious or critical violation.
  const axe = await new AxeBuilder({ page: host.page }).include("[data-testid=spectator-panel]").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await saveScreenshot(host.page, "spectate-host-desktop");
  await host.page.setViewportSize(phone);
  await expect(panel.getByTestId("spectator-seat")).toBeVisible();
  await saveScreenshot(host.page, "spectate-host-phone");
  await host.page.setViewportSize(desktop);

  await panel.getByTestId("spectator-close").click();
  await expect(panel).toHaveCount(0);
  await host.context.close();
  await student.context.close();
});
