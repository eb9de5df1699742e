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

const isCI = Boolean(process.env.CI);
const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${port}`;
const databaseUrl = "file:./data/e2e.db";

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
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command:
      "rm -f data/e2e.db data/e2e.db-journal data/e2e.db-wal data/e2e.db-shm" +
      " && ./node_modules/.bin/prisma migrate deploy" +
      " && exec node --import tsx server/index.ts",
    url: `${baseURL}/api/health`,
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: process.env.E2E_LOG_LEVEL || "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the server finish pending writes (server/index.ts) before it is killed.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
