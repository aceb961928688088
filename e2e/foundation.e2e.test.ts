import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';

async function signIn(page: Page, username: string, password = 'Demo@2024') {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** The foundation's flows as a new user meets them after `npm ci && npm start`. */
describe.skipIf(e2eSkipped())('foundation in the browser', () => {
  const browser = useBrowser();

  it('signs a reviewer in on 首页 and shows 我的待办 sorted by deadline', async () => {
    const page = await browser.page();
    await signIn(page, 'reviewer');
    await page.waitForURL('**/home');
    await page.getByTestId('menu-inbox').click();
    await page.waitForURL('**/inbox');
    await expect.poll(() => page.getByTestId('inbox-table').isVisible()).toBe(true);
    await expect.poll(() => page.locator('body').innerText()).toContain('我的待办');
    await expect.poll(() => page.locator('body').innerText()).toContain('期限概览');
  });

  it('computes a deadline on the public page without signing in, and flags a year without a holiday notice', async () => {
    const page = await browser.page();
    await page.goto('/portal');
    await page.getByTestId('deadline-from').fill('2024-09-27');
    await page
      .locator('input[data-testid=deadline-days], [data-testid=deadline-days] input')
      .first()
      .fill('20');
    await page.getByTestId('deadline-unit-working').click();
    await page.getByTestId('deadline-submit').click();
    await expect.poll(() => page.getByTestId('deadline-due').innerText()).toContain('2024-10-30');
    await expect.poll(() => page.getByTestId('deadline-steps').innerText()).toContain('国庆节');

    await page.getByTestId('deadline-from').fill('2026-12-20');
    await page.getByTestId('deadline-submit').click();
    await expect.poll(() => page.getByTestId('deadline-provisional').innerText()).toContain('2027');
  });

  it('locks an account after five wrong passwords, with one answer for every failure', async () => {
    // 小桥头村's supervisor: an account no other browser test signs in with, so the lock hurts none of them.
    const account = 'v201-supervisor';
    const page = await browser.page();
    for (let i = 1; i <= 5; i++) {
      await signIn(page, account, `Wrong#pass${i}`);
      await expect
        .poll(() => page.getByTestId('login-error').innerText())
        .toContain('用户名或密码错误');
    }
    await signIn(page, account);
    await expect.poll(() => page.getByTestId('login-error').innerText()).toContain('锁定 15 分钟');
  });

  it('lets the audit administrator enrol a second factor and read and verify the trail', async () => {
    const page = await browser.page();
    await signIn(page, 'auditadmin');
    const secret = (await page.getByTestId('mfa-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page
      .locator('input[data-testid=mfa-code], [data-testid=mfa-code] input')
      .first()
      .fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
    await page.getByTestId('mfa-submit').click();
    // Every sign-in lands on 首页; the trail is one menu entry away.
    await page.waitForURL('**/home');
    await page.getByTestId('menu-audit').click();
    await page.waitForURL('**/audit');
    await expect
      .poll(() => page.getByTestId('audit-table').locator('tbody tr').count())
      .toBeGreaterThan(3);
    await expect.poll(() => page.getByTestId('audit-table').innerText()).toContain('auth.');
    await page.getByTestId('audit-verify').click();
    await expect
      .poll(() => page.getByTestId('audit-verify-result').innerText())
      .toContain('校验通过');
  });
});
