/**
 * Playwright: browser tests against the production server (`next build` must have run; `npm test`
 * does it). Uses Debian's Chromium at /usr/bin/chromium: never `playwright install` (no network).
 *
 * The webServer is started before any globalSetup runs, so the e2e database is reset and migrated
 * by the webServer command itself, then `exec` replaces the shell with the server so stopping the
 * shell stops the server. The server is started with node directly, never through npx (killing
 * npx orphans the child that holds the port).
 */
import { defineConfig } from "@playwright/test";
import { CLASS_PUBLIC_URL, classPort, e2ePort } from "./e2e/support/servers";

const isCI = Boolean(process.env.CI);
const baseURL = `http://127.0.0.1:${e2ePort}`;
const databaseUrl = "file:./data/e2e.db";
/**
 * A second server for the class-day spec: the same build, with a PUBLIC_URL that is not a
 * loopback address (e2e/support/servers.ts). Its countdown is 6 s rather than 3, so that seven
 * browsers on two cores all catch it.
 */
const classURL = `http://127.0.0.1:${classPort}`;

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: isCI,
  workers: isCI ? 1 : 2,
  // One retry on CI: these 2 cores stretch timings under load. A test that passes only on its retry
  // is still counted and printed as flaky in the summary, so it is seen, not hidden.
  retries: isCI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /class-day\.spec\.ts$/,
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
    {
      name: "public-url",
      testMatch: /class-day\.spec\.ts$/,
      use: { browserName: "chromium", baseURL: classURL, viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: [testServer(e2ePort, databaseUrl, {}), testServer(classPort, "file:./data/e2e-class.db", { PUBLIC_URL: CLASS_PUBLIC_URL, COUNTDOWN_MS: "6000" })],
});

/** A production server on `port` with a fresh database (the build must exist). */
function testServer(port: number, databaseUrl: string, env: Record<string, string>) {
  const file = databaseUrl.replace(/^file:/, "");
  return {
    command:
      `rm -f ${file} ${file}-journal ${file}-wal ${file}-shm` +
      ` && DATABASE_URL=${databaseUrl} ./node_modules/.bin/prisma migrate deploy` +
      " && exec node --import tsx server/index.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: process.env.E2E_LOG_LEVEL || "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    // SIGTERM lets the server finish pending writes (server/index.ts) before it is killed.
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
  };
}
