import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { e2eEnv } from './context.js';

/** Screenshots of failed tests and the e2e server log (gitignored). */
export const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

/**
 * Debian's Chromium, never a downloaded one. The network flags matter here: without them Chromium
 * keeps calling Google services that this machine's closed network refuses.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--lang=zh-CN',
];

/** CHROMIUM_PATH, else /usr/bin/chromium; null when it is not an executable. */
export function chromiumExecutable(): string | null {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    fs.accessSync(candidate, fs.constants.X_OK);
    return candidate;
  } catch {
    return null;
  }
}

/**
 * Launches Chromium. Playwright gives every launch its own fresh temporary --user-data-dir and deletes
 * it on close, so no profile state leaks between runs.
 */
function launchBrowser(executablePath = e2eEnv().chromiumPath): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh context (own cookies and storage) as a user in 桥头镇 would have it. */
function newContext(browser: Browser, baseURL = e2eEnv().baseUrl): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
  });
}

/** Saves a full-page screenshot to e2e/artifacts/<name>.png; returns the path. */
async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(
    ARTIFACTS,
    `${name.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120)}.png`,
  );
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * One browser per test file; `page()` inside a test opens a fresh context and page, screenshots it
 * into e2e/artifacts if the test fails, and closes it when the test ends.
 *
 * @example
 *   const browser = useBrowser();
 *   it('shows the portal', async () => {
 *     const page = await browser.page();
 *     await page.goto('/');
 *   });
 */
export function useBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async page(): Promise<Page> {
      if (!browser)
        throw new Error('useBrowser(): browser not launched (call page() inside a test)');
      const context = await newContext(browser);
      const page = await context.newPage();
      // One hook, not onTestFailed: vitest runs onTestFinished first, which would close the page too early.
      onTestFinished(async ({ task }) => {
        if (task.result?.state === 'fail') {
          const name = `${path.basename(task.file.name, '.e2e.test.ts')}-${task.name}`;
          const file = await screenshot(page, name).catch(
            (e: Error) => `（截图失败：${e.message}）`,
          );
          console.error(`e2e 失败截图：${file}`);
        }
        await context.close();
      });
      return page;
    },
  };
}
