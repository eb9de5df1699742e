/**
 * A game survives the server's death: a player mid-game, the server killed with SIGKILL and
 * started again on the same database and port; the page reconnects by itself, the game is where
 * it was (the messenger sent before is still there), and it plays on to dawn. So does a class
 * round: the host's dashboard and the student's seat come back. This spec runs its own servers
 * (the production build `npm test` made), since it kills them.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./support/test";
import { saveScreenshot } from "./support/players";

const dir = mkdtempSync(join(tmpdir(), "bivalent-restart-e2e-"));
const databaseUrl = `file:${join(dir, "restart.db")}`;
const running: ChildProcess[] = [];

test.afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A fresh database with the migrations applied. */
function migrate(url: string): void {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

/** The real server with its web pages, on `port`; resolves once it says it is ready. */
function startServer(port: number, url = databaseUrl): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: url, COUNTDOWN_MS: "0", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Bivalent is ready")) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

test("a game in progress comes back after the server is killed, and plays on", async ({ page }) => {
  test.setTimeout(120_000);
  migrate(databaseUrl);
  const port = await freePort();
  const first = await startServer(port);
  const origin = `http://127.0.0.1:${port}`;

  await page.goto(`${origin}/`);
  // A server just started sends its scripts slowly: choices made before the page is live are lost.
  const card = page.locator(".card", { has: page.getByRole("heading", { name: "Play vs bot" }) });
  await expect(card.getByRole("button", { name: "Start vs bot" })).toBeEnabled({ timeout: 30_000 });
  await page.getByLabel("Your nickname").fill(`Phoenix${Date.now() % 10000}`);
  await card.getByLabel("Pace").selectOption({ label: "Normal (1 s a tick)" });
  await card.getByLabel("The other general plays").selectOption("bold");
  await card.getByRole("button", { name: "Start vs bot" }).click();
  await page.waitForURL(/\/game\/[A-Za-z0-9_-]+$/);
  const gameId = page.url().split("/").pop() as string;
  await page.getByRole("button", { name: /Send the plan/ }).click();
  const log = page.getByRole("region", { name: "Your messengers" });
  await expect(log.getByText("#1")).toBeVisible();

  first.kill("SIGKILL");
  await expect(page.getByRole("status").filter({ hasText: "Reconnecting" })).toBeVisible();
  await startServer(port);

  // The page reconnects on its own and resumes its seat: the messenger sent before is still there.
  await expect(page.getByRole("status").filter({ hasText: "Reconnecting" })).toBeHidden({ timeout: 30_000 });
  await expect(log.getByText("#1")).toBeVisible();
  await expect(page.getByRole("button", { name: /Send the plan/ })).toBeEnabled({ timeout: 10_000 });
  await saveScreenshot(page, "restart-after-kill-desktop");
  await page.getByRole("button", { name: /Send the plan/ }).click();
  await expect(log.getByText(/You sent \(2\)/)).toBeVisible();
  await page.getByRole("button", { name: /Attack at dawn/ }).click();
  await expect(page.getByRole("heading", { name: /^(Victory|No battle|Defeat)/ })).toBeVisible({ timeout: 40_000 });

  // The stored game has both plans, once each: nothing acknowledged was lost or doubled.
  const traceUrl = `${origin}/api/games/${gameId}/trace`;
  await expect.poll(async () => (await page.request.get(traceUrl)).status(), { timeout: 15_000 }).toBe(200);
  const trace = (await (await page.request.get(traceUrl)).json()) as { inputs: { type: string; seat?: string }[] };
  expect(trace.inputs.filter((a) => a.type === "send" && a.seat === "A")).toHaveLength(2);
});

test("a class round comes back after the server is killed: the host's groups and the student's seat", async ({ browser }) => {
  test.setTimeout(120_000);
  // Its own database: the other test's server still runs on the first one.
  const classDb = `file:${join(dir, "restart-class.db")}`;
  migrate(classDb);
  const port = await freePort();
  const first = await startServer(port, classDb);
  const origin = `http://127.0.0.1:${port}`;
  const host = await (await browser.newContext()).newPage();
  const student = await (await browser.newContext()).newPage();

  await host.goto(`${origin}/class`);
  await host.getByLabel("Session title").fill("Restart drill");
  await host.getByLabel("Your nickname").fill("Ms Hopper");
  await host.getByRole("button", { name: "Host a class" }).click();
  await host.waitForURL(/\/class\/[A-Za-z0-9_-]+\/host$/);
  const code = (await host.getByTestId("class-code").textContent()) as string;
  await student.goto(`${origin}/c/${code}`);
  await student.getByLabel("Your nickname").fill(`Ada${Date.now() % 10000}`);
  await student.getByRole("button", { name: "Join the class" }).click();
  await student.waitForURL(/\/class\/[A-Za-z0-9_-]+\/play$/);
  await expect(host.getByTestId("student-count")).toHaveText("1 joined, 1 online");

  const setup = host.getByRole("region", { name: "Next round" });
  await setup.getByRole("radio", { name: /Two Generals in the fog/ }).click();
  await setup.getByLabel("Pace").selectOption({ label: "Brisk (0.5 s a tick)" });
  await setup.getByRole("button", { name: "Start round 1" }).click();
  const game = student.getByTestId("class-game");
  await expect(game).toBeVisible();
  const gameId = (await game.getAttribute("data-game-id")) as string;
  const seat = (await game.getAttribute("data-seat")) as string;
  await student.getByRole("button", { name: /Send the plan/ }).click();
  const log = student.getByRole("region", { name: "Your messengers" });
  await expect(log.getByText("#1")).toBeVisible();

  first.kill("SIGKILL");
  await expect(student.getByRole("status").filter({ hasText: "Reconnecting" }).first()).toBeVisible();
  await startServer(port, classDb);

  // Both pages reconnect on their own: the student is in the same seat with the messenger sent
  // before, the host sees the round and its group again.
  await expect(student.getByRole("status").filter({ hasText: "Reconnecting" })).toHaveCount(0, { timeout: 30_000 });
  await expect(student.getByTestId("class-game")).toHaveAttribute("data-game-id", gameId);
  await expect(student.getByTestId("class-game")).toHaveAttribute("data-seat", seat);
  await expect(log.getByText("#1")).toBeVisible();
  await expect(host.getByTestId("group-card")).toHaveCount(1, { timeout: 15_000 });
  await expect(host.getByTestId("student-count")).toHaveText("1 joined, 1 online", { timeout: 15_000 });
  await expect(student.getByRole("button", { name: /Send the plan/ })).toBeEnabled({ timeout: 10_000 });
  await saveScreenshot(student, "class-restart-after-kill-desktop");
  await student.getByRole("button", { name: /Send the plan/ }).click();
  await expect(log.getByText(/You sent \(2\)/)).toBeVisible();

  // The stored game has both plans, once each.
  const traceUrl = `${origin}/api/games/${gameId}/trace`;
  await expect.poll(async () => (await student.request.get(traceUrl)).status(), { timeout: 40_000 }).toBe(200);
  const trace = (await (await student.request.get(traceUrl)).json()) as { inputs: { type: string; seat?: string; kind?: string }[] };
  expect(trace.inputs.filter((a) => a.type === "send" && a.seat === seat && a.kind === "plan")).toHaveLength(2);
});
