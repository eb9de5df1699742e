/**
 * Helpers for the browser specs: players in their own browser contexts (separate cookies and
 * storage, so two players in one test are two different people), viewports, and screenshots
 * kept as artifacts in e2e/artifacts/ (git-ignored).
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test, type Browser, type BrowserContext, type Page } from "@playwright/test";

export interface Viewport {
  width: number;
  height: number;
}

/** A phone in portrait (iPhone 12–15 class). */
export const phone: Viewport = { width: 390, height: 844 };
/** A laptop screen. */
export const desktop: Viewport = { width: 1280, height: 800 };

export interface Player {
  nickname: string;
  context: BrowserContext;
  page: Page;
}

export interface NewPlayerOptions {
  nickname: string;
  /** Defaults to `desktop`. */
  viewport?: Viewport;
}

/**
 * A fresh browser context and page for one player. The context gets the config's baseURL, so
 * `page.goto("/")` works. The page is blank: the spec opens the page and types the nickname.
 * Close it with `player.context.close()` (or let the browser fixture close it at the end).
 */
export async function newPlayer(browser: Browser, options: NewPlayerOptions): Promise<Player> {
  const viewport = options.viewport ?? desktop;
  const baseURL = test.info().project.use.baseURL;
  const isMobile = viewport.width < 600;
  const context = await browser.newContext({
    baseURL,
    viewport,
    hasTouch: isMobile,
    isMobile,
  });
  const page = await context.newPage();
  return { nickname: options.nickname, context, page };
}

/** Repository folder e2e/artifacts/, wherever the tests are run from. */
export const ARTIFACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "artifacts");

/** Saves a full-page screenshot to e2e/artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, "-");
  const path = join(ARTIFACTS_DIR, `${safe}.png`);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}
