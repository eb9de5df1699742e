/**
 * Accessibility: axe-core on every page, at 390 px and at 1280 px, in the states a player meets:
 * the home page and each scenario tab, /challenges, /leaderboard (and an FLP board of its own), /arena, a player's page, /class, the
 * class join page, a class host console with a student in a running round and after it, the
 * student's class screen, a running game and its end screen, a friend game's waiting screen and
 * its /join/<code> page, and a replay. No serious or critical violation anywhere (WCAG 2.x A and
 * AA rules and axe's best practices); every violation found, of any impact, is printed per page,
 * so the figures can be read off the run.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { desktop, newPlayer, phone, type Viewport } from "./support/players";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const BLOCKING = new Set(["serious", "critical"]);

/** Every finding, page by page, printed at the end of each test. */
const report: string[] = [];

/**
 * Runs axe on `page` at a phone's and at a laptop's width (the page's own width last), prints
 * every violation and fails softly on each serious or critical one, so one run lists them all.
 */
async function audit(page: Page, name: string, widths: Viewport[] = [phone, desktop]): Promise<void> {
  const original = page.viewportSize();
  for (const viewport of widths) {
    await page.setViewportSize(viewport);
    // Let the layout settle at the new width (media queries, scroll boxes).
    await page.waitForTimeout(150);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const where = `${name} @${viewport.width}px`;
    const blocking = result.violations.filter((v) => BLOCKING.has(v.impact ?? ""));
    report.push(`${where}: ${result.violations.length} violations (${blocking.length} serious/critical), ${result.passes.length} rules passed`);
    for (const v of result.violations) {
      report.push(`  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} nodes)`);
      for (const n of v.nodes.slice(0, 4)) report.push(`      ${n.target.join(" ")}  ${(n.failureSummary ?? "").split("\n").slice(1, 2).join(" ").trim()}`);
    }
    expect.soft(blocking.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`), `serious or critical violations on ${where}`).toEqual([]);
  }
  if (original) await page.setViewportSize(original);
}

test.afterEach(() => {
  console.log(`axe report:\n${report.join("\n")}`);
  report.length = 0;
});

test("the public pages: home and each scenario tab, challenges, leaderboard, class", async ({ page }) => {
  test.setTimeout(180_000);
  for (const [path, heading] of [
    ["/", /Two Generals/],
    ["/?play=lovers", /Lovers/],
    ["/?play=consensus", /[Cc]onsensus/],
    ["/challenges", /Challenges/],
    ["/leaderboard", /[Ll]eaderboard/],
    // A scenario's board of its own: its tabs and its own ranking column.
    ["/leaderboard?scenario=flp&board=majority-lock", /FLP leaderboard/],
    ["/class", /class/i],
    ["/arena", /arena/],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading }).first()).toBeVisible();
    await audit(page, path);
  }
});

test("a game: running, at its end, its replay, the player's page; a friend game waiting and its join page", async ({ browser }) => {
  test.setTimeout(240_000);
  const me = await newPlayer(browser, { nickname: `Ally${Date.now() % 100000}`, viewport: desktop });
  const { page } = me;
  await page.goto("/");
  await page.getByLabel("Your nickname").fill(me.nickname);
  const card = page.locator(".card", { has: page.getByRole("heading", { name: "Play vs bot" }) });
  await card.getByLabel("Pace").selectOption({ label: "Normal (1 s a tick)" });
  await card.getByRole("button", { name: "Start vs bot" }).click();
  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  const gameId = page.url().split("/").pop() as string;
  // The running game, with a messenger on its way.
  await expect(page.getByRole("button", { name: /Send the plan/ })).toBeEnabled({ timeout: 15_000 });
  await page.getByRole("button", { name: /Send the plan/ }).click();
  await audit(page, "/game (running)");
  await expect(page.getByRole("heading", { name: /^(Victory|No battle|Defeat)/ })).toBeVisible({ timeout: 40_000 });
  // The polite live region said so in words (it also says arrivals and knowledge changes).
  await expect(page.getByTestId("live-announcer")).toHaveAttribute("aria-live", "polite");
  await expect(page.getByTestId("live-announcer")).toContainText("The game is over");
  await audit(page, "/game (the end)");

  await page.goto(`/games/${gameId}`);
  await expect(page.getByTestId("replay-check")).toContainText("the same");
  await audit(page, "/games/<id> (replay at the end)");
  await page.getByRole("slider", { name: "Time" }).fill("3");
  await audit(page, "/games/<id> (replay at tick 3)", [phone]);

  const playerId = await page.evaluate(async () => {
    const res = await fetch("/api/me", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ deviceToken: localStorage.getItem("bivalent.device") }) });
    return ((await res.json()) as { playerId: string | null }).playerId;
  });
  expect(playerId).toBeTruthy();
  await page.goto(`/players/${playerId}`);
  await expect(page.getByRole("heading", { name: me.nickname }).first()).toBeVisible();
  await audit(page, "/players/<id>");

  // A friend game: the waiting screen (briefing, link, code), then the friend's join page.
  await page.goto("/");
  const friendCard = page.locator(".card", { has: page.getByRole("heading", { name: "Play with a friend" }) });
  await friendCard.getByRole("button", { name: "Create a game for a friend" }).click();
  await expect(page.getByRole("heading", { name: "Waiting for your friend" })).toBeVisible();
  await audit(page, "/game (waiting for a friend)");
  const link = await page.getByLabel("Link to join").inputValue();
  const friend = await newPlayer(browser, { nickname: "Friend", viewport: phone });
  await friend.page.goto(link);
  await expect(friend.page.getByRole("button", { name: "Join the game" })).toBeVisible();
  await audit(friend.page, "/join/<code>");
  await friend.context.close();
  await me.context.close();
});

test("a class: the join page, the host console with a student in a running round and after it, the student's screen", async ({ browser }) => {
  test.setTimeout(240_000);
  const host = await newPlayer(browser, { nickname: "Ms Axe", viewport: desktop });
  await host.page.goto("/class");
  await host.page.getByLabel("Session title").fill("Accessible class");
  await host.page.getByLabel("Your nickname").fill(host.nickname);
  await host.page.getByRole("button", { name: "Host a class" }).click();
  await host.page.waitForURL(/\/class\/[A-Za-z0-9_-]+\/host$/);
  const code = (await host.page.getByTestId("class-code").textContent()) as string;

  const student = await newPlayer(browser, { nickname: `Stu${Date.now() % 10000}`, viewport: phone });
  await student.page.goto(`/c/${code}`);
  await expect(student.page.getByLabel("Class code")).toHaveValue(code);
  await audit(student.page, "/c/<code>");
  await student.page.getByLabel("Your nickname").fill(student.nickname);
  await student.page.getByRole("button", { name: "Join the class" }).click();
  await student.page.waitForURL(/\/class\/[A-Za-z0-9_-]+\/play$/);
  await expect(student.page.getByRole("heading", { name: `You're in, ${student.nickname}.` })).toBeVisible();
  await audit(student.page, "/class/<id>/play (lobby)");
  await expect(host.page.getByRole("list", { name: "Lobby" }).getByText(student.nickname)).toBeVisible();
  await host.page.getByText("Host link (secret)").click();
  await audit(host.page, "/class/<id>/host (lobby)");

  const setup = host.page.getByRole("region", { name: "Next round" });
  await setup.getByRole("radio", { name: /Two Generals in the fog/ }).click();
  await setup.getByLabel("Pace").selectOption({ label: "Normal (1 s a tick)" });
  await setup.getByRole("button", { name: "Start round 1" }).click();
  await expect(student.page.getByRole("button", { name: /Attack at dawn/ })).toBeEnabled({ timeout: 15_000 });
  await audit(host.page, "/class/<id>/host (round running)");
  await audit(student.page, "/class/<id>/play (round running)");

  await expect(host.page.getByTestId("round-debrief")).toBeVisible({ timeout: 60_000 });
  await expect(host.page.getByTestId("class-two-worlds")).toBeVisible({ timeout: 15_000 });
  // Every class chart has its numbers as a table too.
  const charts = host.page.getByTestId("class-charts");
  await expect(charts.locator("figure")).not.toHaveCount(0);
  expect(await charts.locator("figure").count()).toBe(await charts.locator("figure details").count());
  await charts.locator("figure details summary").first().click();
  await expect(charts.getByRole("table", { name: "How the games ended" })).toBeVisible();
  await audit(host.page, "/class/<id>/host (debrief)");
  await expect(student.page.getByText("Round 1 is over")).toBeVisible();
  await audit(student.page, "/class/<id>/play (round over)");
  await host.page.getByRole("link", { name: "History" }).click();
  await host.page.waitForURL(/\/history$/);
  await audit(host.page, "/class/<id>/history");
  await student.context.close();
  await host.context.close();
});
