/**
 * The Paxos lens in the real UI: a player runs p2 among four bots, turns on "Paxos words" and
 * plays the renamed moves to a decision; the replay keeps the lens in its URL and lists each
 * ballot's proposer, checked against the trace (ballot = the trace's round, proposer =
 * (r mod n) + 1). Then the adversary screen under the lens, its cards checked the same way.
 */
import { expect, test } from "./support/test";
import { openConsensusForm as openForm, playOfferedMoves } from "./support/consensus";
import { join } from "node:path";
import { ARTIFACTS_DIR, desktop, newPlayer, phone, saveScreenshot } from "./support/players";

interface TraceEvent {
  type: string;
  tick: number;
  process?: number;
  round?: number;
  value?: number;
}

test("the live game and its replay in Paxos words, checked against the trace", async ({ browser }) => {
  test.setTimeout(120_000);
  const player = await newPlayer(browser, { nickname: `Paxos${Date.now() % 100000}`, viewport: phone });
  const page = player.page;
  const form = await openForm(page, player.nickname, "Play a process with bots");
  await form.getByLabel("Processes").selectOption("5");
  await form.getByLabel("Failure detector").selectOption("ES");
  await form.getByLabel("The adversary").selectOption("none");
  await form.getByLabel("You are").selectOption("2");
  await form.getByLabel("Pace").selectOption({ label: "Quick (0.4 s a tick)" });
  await form.getByRole("button", { name: "Start as p2" }).click();
  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  const gameId = page.url().split("/").pop() as string;

  const lens = page.getByRole("switch", { name: "Paxos words" });
  await expect(lens).toHaveAttribute("aria-checked", "false");
  const process = page.getByRole("region", { name: "Your process" });
  await expect(process.getByTestId("phase-round")).toHaveText(/^Round 1/);
  await lens.click();
  await expect(lens).toHaveAttribute("aria-checked", "true");
  // Ballot 1 belongs to p2 = (1 mod 5) + 1: it proposes and learns.
  await expect(process.getByTestId("phase-round")).toHaveText(/^Ballot 1/);
  await expect(process.getByTestId("coordinator")).toContainText("You propose and learn in ballot 1.");
  await expect(process.getByText("accepted ballot", { exact: true })).toBeVisible();
  await expect(page.getByTestId("correspondences")).toBeVisible();
  const moves = page.getByRole("region", { name: "Your moves" });
  await moves.getByRole("button", { name: /^Send my promise/ }).click();
  await saveScreenshot(page, "paxos-process-phone");
  await page.setViewportSize(desktop);
  await saveScreenshot(page, "paxos-process-desktop");
  await page.setViewportSize(phone);
  // Remembered by this browser: a reload keeps it.
  await page.reload();
  await expect(page.getByRole("switch", { name: "Paxos words" })).toHaveAttribute("aria-checked", "true");

  const clicked = await playOfferedMoves(page);
  // Every move clicked was offered in Paxos words.
  for (const label of clicked) expect(["Send my promise", "Send accept! 0", "Send accept! 1", "Accept the value", "Reject the ballot", "Announce it chosen", "Repeat the announcement"]).toContain(label);

  // The replay, opened in a fresh browser from a link that carries the lens.
  const events = (await (await page.request.get(`/api/games/${gameId}/trace`)).json()).events as TraceEvent[];
  const suggests = events.filter((e) => e.type === "suggest");
  expect(suggests.length).toBeGreaterThan(0);
  const viewer = await newPlayer(browser, { nickname: "viewer", viewport: phone });
  const replay = viewer.page;
  await replay.goto(`/games/${gameId}?lens=paxos`);
  await expect(replay.getByTestId("replay-check")).toContainText("the same");
  const replayLens = replay.getByRole("switch", { name: "Paxos words" });
  await expect(replayLens).toHaveAttribute("aria-checked", "true");
  const picks = replay.getByTestId("pick");
  await expect(picks).toHaveCount(suggests.length);
  for (let i = 0; i < suggests.length; i++) {
    const s = suggests[i];
    const row = picks.nth(i);
    await expect(row).toHaveAttribute("data-round", String(s.round));
    await expect(row).toHaveAttribute("data-coordinator", String(((s.round as number) % 5) + 1));
    await expect(row).toHaveAttribute("data-coordinator", String(s.process));
    await expect(row).toContainText(`Ballot ${s.round} · proposer p${s.process} · offered ${s.value}`);
  }
  // Round 1's opinions all carry timestamp 0: its proposer was free.
  await expect(picks.first()).toHaveAttribute("data-free", "true");
  await expect(replay.getByTestId("why-free")).toBeVisible();
  // Every message relabelled: ballot 1's promises in the fold.
  await replay.getByText(/^Every message/).click();
  await expect(replay.getByText(/^b1 promise v=[01] b=0$/).first()).toBeVisible();
  await saveScreenshot(replay, "paxos-replay-phone");
  await replay.getByTestId("picks").screenshot({ path: join(ARTIFACTS_DIR, "paxos-picks-phone.png") });
  await replay.setViewportSize(desktop);
  await saveScreenshot(replay, "paxos-replay-desktop");
  // Off: the URL drops the lens, the words come back.
  await replayLens.click();
  await expect(replay).not.toHaveURL(/lens=paxos/);
  await expect(picks.first()).toContainText(`Round ${suggests[0].round} · coordinator p${suggests[0].process} · suggested`);
  await replayLens.click();
  await expect(replay).toHaveURL(/[?&]lens=paxos/);
  await viewer.context.close();
  await player.context.close();
});

test("the adversary screen in Paxos words: each acceptor's ballot and proposer", async ({ browser }) => {
  test.setTimeout(60_000);
  const player = await newPlayer(browser, { nickname: `Acceptor${Date.now() % 100000}`, viewport: desktop });
  const page = player.page;
  const form = await openForm(page, player.nickname, "Play the adversary");
  await form.getByLabel("Processes").selectOption("5");
  await form.getByLabel("Failure detector").selectOption("ES");
  await form.getByLabel("GST (when the network and detectors settle)").selectOption("20");
  await form.getByLabel("Pace").selectOption({ label: "Quick (0.4 s a tick)" });
  await form.getByRole("button", { name: "Start as the adversary" }).click();
  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  await page.getByRole("switch", { name: "Paxos words" }).click();
  const processes = page.getByRole("region", { name: "Processes" });
  await expect(processes.getByRole("heading", { name: "Acceptors" })).toBeVisible();
  await saveScreenshot(page, "paxos-adversary-desktop");
  await page.setViewportSize(phone);
  await saveScreenshot(page, "paxos-adversary-phone");
  // Each card: "ballot r" and its proposer (r mod n) + 1, read in one snapshot of the card.
  let read = 0;
  for (let p = 1; p <= 5; p++) {
    const text = (await processes.getByTestId(`process-${p}`).textContent({ timeout: 2_000 }).catch(() => null)) ?? "";
    const m = /ballot (\d+)[\s\S]*proposer p(\d)/.exec(text);
    if (!m) continue; // the run may be over already: the cards give way to the report
    expect(Number(m[2])).toBe((Number(m[1]) % 5) + 1);
    read++;
  }
  expect(read).toBeGreaterThan(0);
  await player.context.close();
});
