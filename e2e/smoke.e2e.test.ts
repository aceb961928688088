import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eEnv, e2eSkipped } from './context.js';

const HAN = /\p{Script=Han}/u;

/** The built web app is served by the real server and boots in Chromium without script errors. */
describe.skipIf(e2eSkipped())('smoke: the web app is served and renders in Chinese', () => {
  const browser = useBrowser();

  it('serves index.html marked as Chinese, with a Chinese title', async () => {
    const res = await fetch(`${e2eEnv().baseUrl}/`);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<html[^>]*lang="zh/i);
    expect(html.match(/<title>([^<]*)<\/title>/)?.[1]).toMatch(HAN);
  });

  it('the public portal loads and shows Chinese text', async () => {
    const page = await browser.page();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto('/');
    expect(res?.status(), await res?.text()).toBe(200);
    expect(await page.title()).toMatch(HAN);
    // React renders after the bundle loads: wait for real Chinese text in the body, not just the shell.
    await page.waitForFunction(
      (han) => new RegExp(han, 'u').test(document.body.innerText),
      HAN.source,
    );
    expect(errors).toEqual([]);
  });

  it('the login page renders a username/password form (client-side route /login)', async () => {
    const page = await browser.page();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto('/login');
    expect(res?.status(), await res?.text()).toBe(200);
    await expect.poll(() => page.locator('input[type="password"]').isVisible()).toBe(true);
    expect(await page.locator('body').innerText()).toContain('登录');
    expect(errors).toEqual([]);
  });
});
