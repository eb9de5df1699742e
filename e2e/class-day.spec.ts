/**
 * A class as a teacher runs it on a school network: the server has a PUBLIC_URL that is not a
 * loopback address (playwright.config.ts, project "public-url"). A teacher and six students on
 * phones: the QR code decodes to PUBLIC_URL's join link, no loopback warning shows, the students
 * join through that link, every one of them sees the briefing and the server's countdown, one
 * reloads while the round's clock runs and keeps playing, the host watches that group live, the
 * round ends for all, and the host runs
 * the presenter debrief: every phone answers its question, the chart counts six, the reveal follows.
 */
import { expect, test, type Page } from "./support/test";
import { CLASS_PUBLIC_URL } from "./support/servers";
import { desktop, newPlayer, phone, saveScreenshot, type Player } from "./support/players";
import { decodeQr } from "./support/qr";

/** The game a student's class screen shows: its id and seat, once the round has seated them. */
async function seatOf(page: Page): Promise<{ gameId: string; seat: string }> {
  const game = page.getByTestId("class-game");
  await expect(game).toBeVisible();
  return { gameId: (await game.getAttribute("data-game-id")) ?? "", seat: (await game.getAttribute("data-seat")) ?? "" };
}

/** The game's tick as the student's game clock says it ("Tick 3 of 20"). */
async function tickOf(page: Page): Promise<number> {
  const label = (await page.getByRole("timer", { name: /^Tick \d+ of \d+$/ }).getAttribute("aria-label")) ?? "";
  return Number(/^Tick (\d+)/.exec(label)?.[1] ?? -1);
}

test("a class day: six phones join by the QR code's address, see the briefing and countdown, one reloads while the clock runs, the host spectates and presents, every phone answers", async ({ browser }) => {
  test.setTimeout(150_000);
  const tag = String(Date.now() % 10000);
  const host = await newPlayer(browser, { nickname: "Mr Lamport", viewport: desktop });

  await host.page.goto("/class");
  await host.page.getByLabel("Session title").fill("Coordination, week 5");
  await host.page.getByLabel("Your nickname").fill(host.nickname);
  await host.page.getByRole("button", { name: "Host a class" }).click();
  await host.page.waitForURL(/\/class\/[A-Za-z0-9_-]+\/host$/);
  const code = (await host.page.getByTestId("class-code").textContent()) as string;
  expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);

  // The join address is PUBLIC_URL's, in words and in the QR code, and nothing warns.
  const joinLink = `${CLASS_PUBLIC_URL}/c/${code}`;
  await expect(host.page.getByTestId("class-join-url")).toHaveText(joinLink.replace(/^https?:\/\//, ""));
  expect(await decodeQr(host.page.getByTestId("class-qr").locator("svg"))).toBe(joinLink);
  await expect(host.page.getByTestId("join-loopback-warning")).toHaveCount(0);
  await saveScreenshot(host.page, "class-day-host-lobby-desktop");

  // Six phones open the scanned link. They cannot reach 192.0.2.10 from here, so each opens the
  // same path on the test server, as a phone on the school network would open the address itself.
  const path = new URL(joinLink).pathname;
  const students: Player[] = await Promise.all(
    ["Ada", "Bo", "Cy", "Dee", "Eve", "Fay"].map((name) => newPlayer(browser, { nickname: `${name}${tag}`, viewport: phone })),
  );
  await Promise.all(
    students.map(async (s) => {
      await s.page.goto(path);
      await expect(s.page.getByLabel("Class code")).toHaveValue(code);
      await s.page.getByLabel("Your nickname").fill(s.nickname);
      await s.page.getByRole("button", { name: "Join the class" }).click();
      await s.page.waitForURL(/\/class\/[A-Za-z0-9_-]+\/play$/);
      await expect(s.page.getByRole("heading", { name: `You're in, ${s.nickname}.` })).toBeVisible();
    }),
  );
  await expect(host.page.getByTestId("student-count")).toHaveText("6 joined, 6 online");

  // A Two Generals round in pairs at a relaxed pace (dawn 30 s after the countdown: seven browsers
  // on two cores, and a reload, must fit before it): three groups of two, no bots.
  const setup = host.page.getByRole("region", { name: "Next round" });
  await setup.getByRole("radio", { name: /Two Generals in the fog/ }).click();
  await setup.getByLabel("Pace").selectOption({ label: "Relaxed (1.5 s a tick)" });
  await expect(setup.getByTestId("grouping")).toHaveText(/^6 students → 3 groups of 2/);
  await setup.getByRole("button", { name: "Start round 1" }).click();

  // Every phone: its seat, the countdown the server runs, and the briefing under it.
  const seats = await Promise.all(
    students.map(async (s) => {
      const seat = await seatOf(s.page);
      await expect(s.page.getByTestId("countdown")).toBeVisible();
      await expect(s.page.getByTestId("briefing")).toContainText(/You are General [AB]/);
      return seat;
    }),
  );
  expect(new Set(seats.map((s) => s.gameId)).size).toBe(3);
  await saveScreenshot(students[0].page, "class-day-countdown-phone");

  // Every General A sends the plan as soon as the game runs, so the games have messages for the debrief.
  await Promise.all(
    students.map(async (s, i) => {
      if (seats[i].seat !== "A") return;
      const send = s.page.getByRole("button", { name: /Send the plan/ });
      await expect(send).toBeEnabled({ timeout: 20_000 });
      await send.click();
    }),
  );

  // The clock runs; a student reloads mid-game (not paused) and is back in the same seat, playing.
  const reloader = students[1];
  await expect(reloader.page.getByRole("button", { name: /Attack at dawn/ })).toBeEnabled({ timeout: 20_000 });
  await expect.poll(() => tickOf(reloader.page)).toBeGreaterThanOrEqual(2);
  await expect(host.page.getByTestId("round-clock")).not.toContainText(/paused/i);
  const before = await tickOf(reloader.page);
  await reloader.page.reload();
  expect(await seatOf(reloader.page)).toEqual(seats[1]);
  await expect(reloader.page.getByRole("button", { name: /Attack at dawn/ })).toBeEnabled();
  await expect.poll(() => tickOf(reloader.page)).toBeGreaterThan(before);
  await saveScreenshot(reloader.page, "class-day-after-reload-phone");

  // The host watches the reloader's group live: its two students' own screens, read-only.
  const card = host.page.getByTestId("group-card").filter({ hasText: reloader.nickname });
  const group = /^Group (\d+)$/.exec((await card.getAttribute("aria-label")) ?? "")?.[1];
  expect(group).toBeTruthy();
  await card.getByRole("button", { name: `Watch group ${group}` }).click();
  const panel = host.page.getByTestId("spectator-panel");
  await expect(panel).toContainText("You see what each player sees, nothing more");
  await expect(panel.getByTestId("spectator-seat")).toHaveCount(2);
  await expect(panel.getByTestId("spectator-seat").filter({ hasText: reloader.nickname })).toHaveCount(1);
  const watched = panel.getByTestId("spectator-tick");
  await expect(watched).toHaveAttribute("data-tick", /^\d+$/);
  const seen = Number(await watched.getAttribute("data-tick"));
  await expect.poll(async () => Number(await watched.getAttribute("data-tick")), { timeout: 15_000 }).toBeGreaterThan(seen);
  await saveScreenshot(host.page, "class-day-spectate-desktop");
  await panel.getByTestId("spectator-close").click();

  // Dawn ends every game; the host sees three outcomes.
  await expect(host.page.getByTestId("group-outcome")).toHaveCount(3, { timeout: 60_000 });
  for (const s of students) await expect(s.page.getByText("Round 1 is over")).toBeVisible();
  await saveScreenshot(host.page, "class-day-debrief-desktop");

  // The presenter debrief on the projector: the server picks a game, the host steps through it
  // and asks; every phone answers and the chart counts all six; then the reveal reaches every phone.
  await host.page.getByTestId("presenter-launcher").getByRole("button", { name: "Presenter debrief" }).click();
  await host.page.waitForURL(/\/present\?game=[A-Za-z0-9_-]+$/);
  const tick = host.page.getByTestId("presenter-tick");
  const start = await tick.textContent();
  await host.page.getByRole("button", { name: "One step forward" }).first().click();
  await host.page.locator("body").press("ArrowRight");
  await expect(tick).not.toHaveText(start ?? "");
  await host.page.getByRole("button", { name: "Ask the class" }).click();
  const question = host.page.getByTestId("presenter-question").getByRole("heading");
  await expect(question).toHaveText(/Would you attack now\?$/);
  const prompt = (await question.textContent()) as string;
  const options = ["answer-act", "answer-wait", "answer-never"];
  await Promise.all(
    students.map(async (s, i) => {
      await expect(s.page.getByTestId("student-question").getByRole("heading", { name: prompt })).toBeVisible();
      await s.page.getByTestId(options[i % options.length]).click();
      await expect(s.page.getByTestId(options[i % options.length])).toHaveAttribute("aria-pressed", "true");
    }),
  );
  await expect(host.page.getByTestId("answer-count")).toHaveText("6 of 6 students answered");
  for (const option of options) await expect(host.page.getByTestId(`answer-row-${option.replace("answer-", "")}`)).toContainText("2");
  await saveScreenshot(host.page, "class-day-presenter-asking-desktop");
  await saveScreenshot(students[2].page, "class-day-question-phone");
  await host.page.getByRole("button", { name: "Reveal" }).click();
  for (const s of students) await expect(s.page.getByTestId("student-reveal")).toContainText("What happened");
  await saveScreenshot(host.page, "class-day-presenter-revealed-desktop");

  for (const p of [host, ...students]) await p.context.close();
});
