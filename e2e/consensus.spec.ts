/**
 * Consensus in the real UI: (a) a player runs p2, round 1's coordinator, among four protocol
 * bots to a decision, clicking only the moves the screen offers, then reads the verdict and
 * the replay;
 * (b) a player is the adversary against five bot processes: delays a message and plants a
 * detector mistake before GST, then sees the run end and the checker's verdict, and the trace
 * confirms both moves.
 */
import { expect, test, type Page } from "./support/test";
import { desktop, newPlayer, phone, saveScreenshot } from "./support/players";
import { openConsensusForm as openForm, playOfferedMoves } from "./support/consensus";

interface TraceEvent {
  type: string;
  tick: number;
  process?: number;
  target?: number;
  messageId?: number;
}

test("a process among four bots: play the offered moves to a decision, then the verdict and the replay", async ({ browser }) => {
  test.setTimeout(90_000);
  const player = await newPlayer(browser, { nickname: `Lamport${Date.now() % 100000}`, viewport: phone });
  const page = player.page;
  const form = await openForm(page, player.nickname, "Play a process with bots");
  await saveScreenshot(page, "consensus-home-phone");
  await form.getByLabel("Processes").selectOption("5");
  await form.getByLabel("Failure detector").selectOption("ES");
  await form.getByLabel("The adversary").selectOption("none");
  // p2 coordinates round 1: the bots cannot finish that round without its suggestion.
  await form.getByLabel("You are").selectOption("2");
  await form.getByLabel("Pace").selectOption({ label: "Quick (0.4 s a tick)" });
  await form.getByRole("button", { name: "Start as p2" }).click();

  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  const gameId = page.url().split("/").pop() as string;
  await expect(page.getByRole("heading", { name: /Consensus · you are p2/ })).toBeVisible();
  const process = page.getByRole("region", { name: "Your process" });
  await expect(process.getByTestId("coordinator")).toContainText(/You coordinate round 1|coordinator is p3/);

  // Round 1 starts with phase 1: the only move offered is to send the opinion.
  const moves = page.getByRole("region", { name: "Your moves" });
  await expect(moves.getByRole("button")).toHaveCount(1);
  await moves.getByRole("button", { name: /^Send my opinion/ }).click();
  await saveScreenshot(page, "consensus-process-running-phone");
  await page.setViewportSize(desktop);
  await saveScreenshot(page, "consensus-process-running-desktop");
  await page.setViewportSize(phone);

  // Then whatever the moves panel offers, until the run is over. Nothing else is clicked.
  const verdict = page.getByTestId("verdict");
  const clicked = ["Send my opinion", ...(await playOfferedMoves(page))];
  test.info().annotations.push({ type: "moves clicked", description: clicked.join(", ") });
  await expect(page.getByTestId("run-outcome")).toHaveText(/^Decided [01]: every correct process agreed/);
  for (const property of ["Agreement", "Validity", "Integrity", "Termination", "Failure detector"]) {
    await expect(verdict.locator(`[data-property="${property}"]`)).toHaveAttribute("data-ok", "true");
  }
  await expect(verdict).toContainText("announced ◇S");
  await expect(page.getByTestId("score-p2")).toHaveText(/^\+\d+ pts$/);
  await saveScreenshot(page, "consensus-process-end-phone");

  // The replay: the same verdict, checked from the trace, and one process's view at a time.
  await page.getByRole("link", { name: "Replay this run" }).click();
  await page.waitForURL(new RegExp(`/games/${gameId}`));
  await expect(page.getByTestId("replay-check")).toContainText("the same");
  // The trace has p2's opinion, sent by the first click.
  const events = (await (await page.request.get(`/api/games/${gameId}/trace`)).json()).events as (TraceEvent & { from?: number; payload?: { kind: string } })[];
  expect(events.some((e) => e.type === "send" && e.from === 2 && e.payload?.kind === "opinion")).toBe(true);
  await expect(page.getByTestId("verdict").locator('[data-property="Agreement"]')).toHaveAttribute("data-ok", "true");
  const replay = page.getByRole("region", { name: "Replay" });
  await expect(replay.locator("[data-message]").first()).toBeAttached();
  await replay.getByRole("group", { name: "Whose view" }).getByRole("button", { name: /^p3:/ }).click();
  await expect(replay.getByLabel("p3's view")).toContainText("sent (");
  await expect(page.getByRole("region", { name: "Two worlds" })).toHaveCount(0);
  // Everything on the page follows the slider: before the end, no verdict and no score above it.
  await page.getByRole("slider", { name: "Time" }).fill("1");
  await expect(page.getByTestId("replay-time")).toHaveText("tick 1");
  await expect(page.getByTestId("run-so-far")).toBeVisible();
  await expect(page.getByTestId("verdict")).toHaveCount(0);
  await expect(page.getByTestId("run-outcome")).toHaveCount(0);
  await expect(page.getByTestId("score-p2")).toHaveCount(0);
  await page.getByTestId("run-so-far").getByRole("button", { name: "Go to the end" }).click();
  await expect(page.getByTestId("verdict").locator('[data-property="Agreement"]')).toHaveAttribute("data-ok", "true");
  await saveScreenshot(page, "consensus-replay-phone");
  await page.setViewportSize(desktop);
  await saveScreenshot(page, "consensus-replay-desktop");

  await page.goto("/leaderboard?scenario=consensus");
  await expect(page.getByRole("heading", { name: "Consensus leaderboard" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Best total score" }).getByRole("columnheader", { name: "best round" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Best total score" }).getByRole("row", { name: new RegExp(player.nickname) })).toBeVisible();
  await saveScreenshot(page, "consensus-leaderboard-desktop");
  await player.context.close();
});

/** An adversary run from the home page's form: n = 5, ◇S, GST at tick 20, f = 1, quick pace. */
async function startAdversaryRun(page: Page, nickname: string, shot: boolean): Promise<string> {
  const form = await openForm(page, nickname, "Play the adversary");
  if (shot) await saveScreenshot(page, "consensus-home-desktop");
  await form.getByLabel("Processes").selectOption("5");
  await form.getByLabel("Failure detector").selectOption("ES");
  await form.getByLabel("GST (when the network and detectors settle)").selectOption("20");
  await form.getByLabel("Crashes allowed (f)").selectOption("1");
  await form.getByLabel("Pace").selectOption({ label: "Quick (0.4 s a tick)" });
  await form.getByRole("button", { name: "Start as the adversary" }).click();
  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  return page.url().split("/").pop() as string;
}

/**
 * The adversary's opening, as fast as a keyboard allows (focus, Enter: the wire's rows shift
 * every tick as messages land, and a key press reaches the button it was aimed at). First the
 * detector mistakes before GST: every other process suspects p2, round 1's coordinator, alive
 * and well; ◇S allows it before GST, and whoever has no suggestion yet NACKs. The trace
 * confirms them at the end. Then the message that arrives last is held back a tick, checked on
 * screen. Returns false if the bots decided first: on their own they need only a few ticks.
 */
async function openingMoves(page: Page): Promise<boolean> {
  const processes = page.getByRole("region", { name: "Processes" });
  for (const p of [1, 3, 4, 5]) {
    await processes.getByRole("button", { name: `p${p} suspects p2`, exact: true }).press("Enter", { timeout: 2_000 }).catch(() => undefined);
  }
  const wire = page.getByRole("region", { name: "Messages in flight" });
  const verdict = page.getByTestId("verdict");
  for (let attempt = 0; attempt < 40 && !(await verdict.isVisible()); attempt++) {
    const pick = await wire
      .locator("li[data-message]")
      .evaluateAll((rows) => rows.map((r) => ({ id: r.getAttribute("data-message"), at: Number(r.getAttribute("data-arrives")) })).sort((a, b) => b.at - a.at)[0] ?? null)
      .catch(() => null);
    if (!pick) {
      await page.waitForTimeout(100);
      continue;
    }
    // One that lands meanwhile is gone: the next is tried at once.
    const row = wire.locator(`li[data-message="${pick.id}"]`);
    if (!(await row.getByRole("button", { name: /^Delay/ }).press("Enter", { timeout: 1_000 }).then(() => true, () => false))) continue;
    if (await expect(row).toHaveAttribute("data-arrives", String(pick.at + 1), { timeout: 1_000 }).then(() => true, () => false)) return true;
  }
  return false;
}

test("the adversary against five bot processes: delay a message and plant a suspicion before GST, then the verdict", async ({ browser }) => {
  test.setTimeout(150_000);
  const player = await newPlayer(browser, { nickname: `Byzantine${Date.now() % 100000}`, viewport: desktop });
  const page = player.page;
  const verdict = page.getByTestId("verdict");
  // If the bots decide before the opening lands (a slow machine), finish that run and play again.
  let gameId = "";
  let opened = false;
  for (let run = 0; run < 3 && !opened; run++) {
    gameId = await startAdversaryRun(page, player.nickname, run === 0);
    opened = await openingMoves(page);
    if (!opened) await expect(verdict).toBeVisible({ timeout: 90_000 });
  }
  expect(opened).toBe(true);
  await saveScreenshot(page, "consensus-adversary-running-desktop");
  await expect(page.getByRole("heading", { name: /Consensus · you are The adversary/ })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "dismiss" })).toHaveCount(0);
  await page.setViewportSize(phone);
  await saveScreenshot(page, "consensus-adversary-running-phone");
  await page.setViewportSize(desktop);
  // Then play stubborn for a while: hold back suggestions, so that rounds stall.
  const wire = page.getByRole("region", { name: "Messages in flight" });
  const suggestion = wire.locator("li[data-kind='suggest']").getByRole("button", { name: /^Delay/ }).and(page.locator(":enabled")).first();
  for (let i = 0; i < 12; i++) await suggestion.press("Enter", { timeout: 300 }).catch(() => undefined);

  await expect(verdict).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("run-outcome")).toHaveText(/^(Decided|Undecided)/);
  for (const property of ["Agreement", "Validity", "Integrity", "Failure detector"]) {
    await expect(verdict.locator(`[data-property="${property}"]`)).toHaveAttribute("data-ok", "true");
  }
  await expect(page.getByTestId("score-adversary")).toHaveText(/pts$/);
  await expect(page.getByRole("region", { name: "The run, revealed" })).toContainText("GST was tick 20");
  await saveScreenshot(page, "consensus-adversary-end-desktop");

  // The trace has both moves: a delay, and a suspicion of a live process before GST.
  await expect.poll(async () => (await page.request.get(`/api/games/${gameId}/trace`)).status(), { timeout: 10_000 }).toBe(200);
  const trace = await (await page.request.get(`/api/games/${gameId}/trace`)).json();
  const events = trace.events as TraceEvent[];
  const crashed = new Set(events.filter((e) => e.type === "crash").map((e) => e.process));
  expect(events.some((e) => e.type === "delay")).toBe(true);
  expect(events.some((e) => e.type === "suspect" && e.tick < 20 && !crashed.has(e.target))).toBe(true);
  expect(trace.seats.find((s: { seat: string }) => s.seat === "adversary")).toMatchObject({ kind: "human", name: player.nickname });

  await page.setViewportSize(phone);
  await saveScreenshot(page, "consensus-adversary-end-phone");
  await player.context.close();
});
