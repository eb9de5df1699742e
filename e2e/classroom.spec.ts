/**
 * A class in the real UI: a host and three students, each in their own browser context (two
 * on phones). The host creates a session, the students join by code (one through the /c/<code>
 * link, two by typing it), the host starts a fast Two Generals round in pairs (three students:
 * two groups, one with a bot), pauses it, one student reloads and gets the same seat back, the
 * round resumes and finishes, the host sees the outcomes, reloads and keeps control, downloads
 * the CSV and the test reads it.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./support/test";
import { desktop, newPlayer, phone, saveScreenshot, type Player } from "./support/players";
import { joinQrSvg } from "../app/class/_ui/joinQr";

/** The `d` of every path of a QR code's SVG: the modules, whatever the serialisation. */
const qrPaths = (svg: string) => [...svg.matchAll(/\sd="([^"]+)"/g)].map((m) => m[1]);

/** RFC 4180 enough for our export: quoted fields, doubled quotes, commas and newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

type Way = "link" | "class-page" | "home";

/** Where a student starts: the join link needs the code, the others show a code box. */
async function openStart(student: Player, how: Way) {
  if (how !== "link") await student.page.goto(how === "home" ? "/" : "/class");
}

async function joinAs(student: Player, code: string, how: Way) {
  const { page } = student;
  if (how === "link") {
    await page.goto(`/c/${code}`);
  } else {
    const form = page.getByRole("form", { name: "Join a class with a code" });
    await form.getByLabel("Class code").fill(code.toLowerCase());
    await form.getByRole("button", { name: "Join" }).click();
    await page.waitForURL(new RegExp(`/c/${code}$`));
  }
  await expect(page.getByLabel("Class code")).toHaveValue(code);
  await page.getByLabel("Your nickname").fill(student.nickname);
  await page.getByRole("button", { name: "Join the class" }).click();
  await page.waitForURL(/\/class\/[A-Za-z0-9_-]+\/play$/);
  await expect(page.getByRole("heading", { name: `You're in, ${student.nickname}.` })).toBeVisible();
}

/** The game a student's class screen shows: its id and seat, once the round has seated them. */
async function seatOf(page: Page): Promise<{ gameId: string; seat: string }> {
  const game = page.getByTestId("class-game");
  await expect(game).toBeVisible();
  return { gameId: (await game.getAttribute("data-game-id")) ?? "", seat: (await game.getAttribute("data-seat")) ?? "" };
}

test("a class: three students join, play a Two Generals round in pairs, one reloads mid-round, the host downloads the CSV", async ({ browser }) => {
  // About 45 s on a two-core machine; the margin is for a busy one.
  test.setTimeout(90_000);
  const started = Date.now();
  const timings: string[] = [];
  const mark = (what: string) => {
    timings.push(`${what} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`classroom: ${timings.at(-1)}`);
  };
  const tag = String(Date.now() % 10000);
  const host = await newPlayer(browser, { nickname: "Ms Hopper", viewport: desktop });

  // The host creates the session and gets a code and a QR code of the join link.
  await host.page.goto("/class");
  await host.page.getByLabel("Session title").fill("Distributed systems, week 3");
  await host.page.getByLabel("Your nickname").fill(host.nickname);
  await host.page.getByRole("button", { name: "Host a class" }).click();
  await host.page.waitForURL(/\/class\/[A-Za-z0-9_-]+\/host$/);
  const sessionId = host.page.url().split("/").at(-2) as string;
  const codeBox = host.page.getByTestId("class-code");
  await expect(codeBox).toHaveText(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
  const code = (await codeBox.textContent()) as string;
  await expect(host.page.getByTestId("class-qr").locator("svg")).toBeVisible();
  // The QR code encodes the join link shown beside it. The e2e server listens on 127.0.0.1 and has
  // no PUBLIC_URL, so that link is a loopback one and the console warns that phones cannot open it.
  const joinLink = `${new URL(host.page.url()).origin}/c/${code}`;
  await expect(host.page.getByTestId("class-join-url")).toHaveText(joinLink.replace(/^https?:\/\//, ""));
  const shownPaths = await host.page.getByTestId("class-qr").locator("svg path").evaluateAll((paths) => paths.map((p) => p.getAttribute("d")));
  expect(shownPaths).toEqual(qrPaths(await joinQrSvg(joinLink)));
  expect(shownPaths).not.toEqual(qrPaths(await joinQrSvg(`http://192.168.1.20:3100/c/${code}`)));
  await expect(host.page.getByTestId("join-loopback-warning")).toContainText("Phones cannot open this address");
  await expect(host.page.getByRole("heading", { name: "Distributed systems, week 3" })).toBeVisible();
  mark("hosted");

  // Three students join: one through the link, two by typing the code (on /class, on the home
  // page). A fourth joins too, and is kicked (a ban: they cannot come back with the code).
  const ways: Way[] = ["link", "class-page", "home", "link"];
  const everyone = await Promise.all([`Ada${tag}`, `Bo${tag}`, `Cy${tag}`, `Dee${tag}`].map((nickname, i) => newPlayer(browser, { nickname, viewport: i === 2 ? desktop : phone })));
  const students = everyone.slice(0, 3);
  const intruder = everyone[3];
  await Promise.all(everyone.map(async (p, i) => {
    await openStart(p, ways[i]);
    await joinAs(p, code, ways[i]);
  }));
  const lobby = host.page.getByRole("list", { name: "Lobby" });
  for (const s of students) await expect(lobby.getByText(s.nickname)).toBeVisible();
  await expect(lobby.getByTestId("lobby-student")).toHaveCount(4);
  mark("joined");
  await saveScreenshot(host.page, "class-host-lobby-desktop");

  // The host kicks the fourth.
  const chip = lobby.getByTestId("lobby-student").filter({ hasText: intruder.nickname });
  await chip.getByRole("button", { name: `Remove ${intruder.nickname}` }).click();
  await chip.getByRole("button", { name: `Kick ${intruder.nickname}` }).click();
  await expect(intruder.page.getByRole("heading", { name: "You were removed from this class" })).toBeVisible();
  await expect(chip).toHaveCount(0);
  await intruder.page.goto(`/c/${code}`);
  await intruder.page.getByLabel("Your nickname").fill(intruder.nickname);
  await intruder.page.getByRole("button", { name: "Join the class" }).click();
  await expect(intruder.page.getByRole("alert").filter({ hasText: "removed" })).toHaveText("Your teacher removed you from this class.");
  await intruder.context.close();
  await expect(host.page.getByTestId("student-count")).toHaveText("3 joined, 3 online");
  mark("kicked");

  // A Two Generals round in pairs at a brisk pace (dawn at tick 20 is 10 s away): two groups, the second with a bot.
  const setup = host.page.getByRole("region", { name: "Next round" });
  await setup.getByRole("radio", { name: /Two Generals in the fog/ }).click();
  await setup.getByLabel("Pace").selectOption({ label: "Brisk (0.5 s a tick)" });
  await expect(setup.getByTestId("grouping")).toHaveText("3 students → 2 groups of 2; bots take 1 empty seat");
  await setup.getByRole("button", { name: "Start round 1" }).click();
  // Pause at once: the reload below then happens mid-round whatever the machine's speed.
  await host.page.getByRole("button", { name: "Pause" }).click();
  await expect(host.page.getByTestId("round-clock")).toContainText(/paused/i);
  const cards = host.page.getByTestId("group-card");
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ has: host.page.locator("[data-bot]") })).toHaveCount(1);

  const seats = await Promise.all(students.map((s) => seatOf(s.page)));
  expect(new Set(seats.map((s) => s.gameId)).size).toBe(2);
  for (const s of students) {
    await expect(s.page.getByRole("heading", { name: /you are General [AB]/ })).toBeVisible();
    await expect(s.page.getByTestId("paused-banner")).toBeVisible();
  }
  // The pause almost always lands during the 3-2-1 (games count down 3 s before tick 0): the
  // students then wait on their briefing, and resume counts down again. On a very slow machine it
  // may land after tick 0: then they see the paused game instead.
  const beforeTick0 = await Promise.all(students.map((s) => s.page.getByTestId("briefing").isVisible()));
  for (const [i, s] of students.entries()) if (beforeTick0[i]) await expect(s.page.getByTestId("briefing")).toContainText(/You are General [AB]/);
  await saveScreenshot(students[1].page, "class-student-paused-phone");
  await saveScreenshot(host.page, "class-host-dashboard-desktop");

  mark("seated and paused");

  // The first student reloads mid-round: same game, same seat, the game screen live again.
  const reloader = students[0];
  await reloader.page.reload();
  expect(await seatOf(reloader.page)).toEqual(seats[0]);
  const seatName = seats[0].seat === "A" ? "General A" : "General B";
  await expect(reloader.page.getByRole("heading", { name: `Two Generals · you are ${seatName}` })).toBeVisible();
  await expect(reloader.page.getByTestId("paused-banner")).toBeVisible();
  if (beforeTick0[0]) await expect(reloader.page.getByTestId("briefing")).toBeVisible();
  else await expect(reloader.page.getByRole("button", { name: /Attack at dawn/ })).toBeDisabled();

  mark("reloaded");
  await host.page.getByRole("button", { name: "Resume" }).click();
  await expect(reloader.page.getByTestId("paused-banner")).toBeHidden();
  // Paused before tick 0: every student sees the 3-2-1 (with the briefing), then the game.
  await Promise.all(
    students.map(async (s, i) => {
      if (!beforeTick0[i]) return;
      await expect(s.page.getByTestId("countdown")).toBeVisible();
      await expect(s.page.getByTestId("briefing")).toBeVisible();
      if (i === 1) await saveScreenshot(s.page, "class-student-countdown-phone");
    }),
  );
  await expect(reloader.page.getByRole("button", { name: /Attack at dawn/ })).toBeEnabled();
  // Every General A sends the plan: the class's charts and two worlds then have messages to show.
  for (const [i, s] of students.entries()) if (seats[i].seat === "A") await s.page.getByRole("button", { name: /Send the plan/ }).click();
  await reloader.page.getByRole("button", { name: /Attack at dawn/ }).click();
  await expect(reloader.page.getByRole("status").filter({ hasText: "You committed to attack at dawn" })).toBeVisible();
  await expect(host.page.getByRole("listitem", { name: /Group/ }).getByText(reloader.nickname)).toBeVisible();

  // Dawn comes for both groups; the host sees both outcomes and the debrief.
  await expect(host.page.getByTestId("group-outcome")).toHaveCount(2, { timeout: 20_000 });
  mark("round over");
  const debrief = host.page.getByTestId("round-debrief");
  await expect(debrief).toBeVisible();
  await expect(debrief.getByRole("link", { name: "Replay", exact: true })).toHaveCount(2);
  await expect(host.page.getByTestId("class-tallies")).toContainText("2");
  // Generals send messengers: every messages figure is there (Falcon's round below has none).
  await expect(host.page.getByTestId("class-tallies")).toContainText("messages per game");
  await expect(debrief.getByTestId("class-charts")).toContainText("by messages sent");
  await expect(debrief.getByRole("columnheader", { name: "Messages" })).toBeVisible();
  await expect(host.page.getByTestId("group-figures").first()).toContainText(/\d+ messages/);
  await expect(host.page.getByTestId("class-two-worlds")).toBeVisible({ timeout: 15_000 });
  for (const s of students) await expect(s.page.getByText("Round 1 is over")).toBeVisible();
  await expect(reloader.page.getByRole("heading", { name: /^(Victory|No battle|Defeat)/ })).toBeVisible();
  await saveScreenshot(host.page, "class-host-debrief-desktop");

  // A host who reloads keeps control (the key is in this browser's storage).
  await host.page.reload();
  await expect(host.page.getByTestId("class-code")).toHaveText(code);
  await expect(host.page.getByRole("button", { name: "Start round 2" })).toBeVisible();

  mark("debrief and host reload");

  // The CSV: one row per seat of every game, every student in it.
  const download = host.page.waitForEvent("download");
  await host.page.getByRole("button", { name: "Download CSV" }).first().click();
  const file = await (await download).path();
  const [header, ...rows] = parseCsv(readFileSync(file, "utf8")).filter((r) => r.length > 1);
  const col = (name: string) => header.indexOf(name);
  for (const name of ["nickname", "kind", "game_id", "outcome", "seat", "round"]) expect(col(name)).toBeGreaterThanOrEqual(0);
  expect(rows).toHaveLength(4);
  for (const [i, s] of students.entries()) {
    const row = rows.find((r) => r[col("nickname")] === s.nickname);
    expect(row, `a CSV row for ${s.nickname}`).toBeTruthy();
    expect(row![col("kind")]).toBe("student");
    expect(row![col("game_id")]).toBe(seats[i].gameId);
    expect(row![col("seat")]).toBe(seats[i].seat);
    expect(row![col("round")]).toBe("1");
    expect(row![col("outcome")]).not.toBe("");
  }
  expect(rows.filter((r) => r[col("kind")] === "bot")).toHaveLength(1);

  // The history page: the round, its games and their replays.
  await host.page.getByRole("link", { name: "History" }).click();
  await host.page.waitForURL(new RegExp(`/class/${sessionId}/history$`));
  await expect(host.page.getByRole("heading", { name: "Distributed systems, week 3" })).toBeVisible();
  await expect(host.page.getByRole("table", { name: "Games of round 1" }).getByRole("link", { name: "Replay", exact: true })).toHaveCount(2);
  await saveScreenshot(host.page, "class-history-desktop");
  mark("csv and history");

  // The host link opens the console on another device; its key leaves the address bar at once.
  await host.page.goBack();
  await host.page.getByText("Host link (secret)").click();
  const link = await host.page.getByLabel("Host link").inputValue();
  expect(link).toMatch(new RegExp(`/class/${sessionId}/host#key=[A-Za-z0-9_-]{20,}$`));
  const laptop = await newPlayer(browser, { nickname: "Ms Hopper", viewport: desktop });
  await laptop.page.goto(link);
  await expect(laptop.page.getByTestId("class-code")).toHaveText(code);
  expect(laptop.page.url()).toMatch(new RegExp(`/class/${sessionId}/host$`));
  await expect(laptop.page.getByRole("button", { name: "Start round 2" })).toBeEnabled();
  await laptop.context.close();
  mark("host link");

  for (const p of [host, ...students]) await p.context.close();
});

test("a Falcon class round: Falcon's own paces, then the chart of every group's timeout beside the bots on the same faults", async ({ browser }) => {
  // About 30 s: a 30 s game at double speed, plus joining.
  test.setTimeout(60_000);
  const tag = String(Date.now() % 10000);
  const host = await newPlayer(browser, { nickname: "Mr Lamport", viewport: desktop });
  await host.page.goto("/class");
  await host.page.getByLabel("Session title").fill("Failure detectors in practice");
  await host.page.getByLabel("Your nickname").fill(host.nickname);
  await host.page.getByRole("button", { name: "Host a class" }).click();
  await host.page.waitForURL(/\/class\/[A-Za-z0-9_-]+\/host$/);
  const code = (await host.page.getByTestId("class-code").textContent()) as string;
  const students = await Promise.all([`Eve${tag}`, `Fay${tag}`].map((nickname) => newPlayer(browser, { nickname, viewport: phone })));
  await Promise.all(students.map((s) => joinAs(s, code, "link")));
  await expect(host.page.getByTestId("student-count")).toHaveText("2 joined, 2 online");

  // The preset runs at its own pace, among Falcon's paces; the host's own round offers the same ones.
  const setup = host.page.getByRole("region", { name: "Next round" });
  const pace = setup.getByLabel("Pace");
  await setup.getByRole("radio", { name: /Falcon: kill it or wait\?/ }).click();
  await expect(pace.locator("option:checked")).toHaveText("Real time (0.1 s a tick)");
  await expect(pace.locator("option")).toHaveText(["Double speed (0.05 s a tick)", "Real time (0.1 s a tick)", "Half speed (0.2 s a tick)"]);
  await setup.getByRole("tab", { name: "Your own" }).click();
  await setup.getByLabel("Scenario").selectOption({ label: "Falcon" });
  await expect(pace.locator("option:checked")).toHaveText("Real time (0.1 s a tick)");
  await setup.getByLabel("Length").selectOption({ label: "30 s" });
  await pace.selectOption({ label: "Double speed (0.05 s a tick)" });
  await expect(setup.getByTestId("grouping")).toHaveText("2 students: each student alone with bots (2 games)");
  await setup.getByRole("button", { name: "Start round 1" }).click();
  await Promise.all(students.map((s) => seatOf(s.page)));
  await expect(host.page.getByRole("region", { name: "Live dashboard" }).getByTestId("class-charts")).toBeVisible();
  await saveScreenshot(host.page, "class-host-falcon-live-desktop");
  await host.page.setViewportSize(phone);
  await saveScreenshot(host.page, "class-host-falcon-live-phone");
  await host.page.setViewportSize(desktop);

  // Both games end on their own; the chart has a row per group and one per bot on the same faults.
  await expect(host.page.getByTestId("group-outcome")).toHaveCount(2, { timeout: 40_000 });
  const chart = host.page.getByTestId("falcon-timeout-chart");
  await expect(chart.getByTestId("falcon-timeout-row")).toHaveCount(2 + 3);
  for (const label of ["Group 1", "Group 2", "Falcon's spies", "Timeout 1 s", "Timeout 8 s"]) await expect(chart.getByRole("img")).toContainText(label);
  await expect(host.page.getByTestId("falcon-class-debrief")).toContainText("Kill it or wait?");
  // The operator hears heartbeats, not messages from another seat: no messages figure saying 0
  // (tile, chart by messages sent, group cards, the debrief's column).
  await expect(host.page.getByTestId("class-tallies")).toContainText("mean detection");
  await expect(host.page.getByTestId("group-figures")).toHaveCount(2);
  for (const part of [host.page.getByRole("region", { name: "Groups of the last round" }), host.page.getByTestId("round-debrief")]) await expect(part).not.toContainText(/messages/i);
  await saveScreenshot(host.page, "class-host-falcon-debrief-desktop");
  await host.page.setViewportSize(phone);
  await saveScreenshot(host.page, "class-host-falcon-debrief-phone");
  for (const p of [host, ...students]) await p.context.close();
});
