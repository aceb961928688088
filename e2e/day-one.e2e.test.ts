import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { openModal, signIn } from './ui.js';

/** Script errors and failed API answers a page meets while it is open. */
function watch(page: Page) {
  const errors: string[] = [];
  const unauthorized: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() === 401 && unauthorized.push(new URL(r.url()).pathname));
  return { errors, unauthorized };
}

/** The small things a newcomer notices on the first day. */
describe.skipIf(e2eSkipped())('day one', () => {
  const browser = useBrowser();

  it('opens the anonymous pages without a 401 from /auth/me or a script error', async () => {
    const page = await browser.page();
    const seen = watch(page);
    for (const path of [
      '/portal',
      '/portal/disclosure',
      '/portal/disclosure/apply',
      '/portal/disclosure/track',
      '/login',
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(seen.unauthorized).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('highlights 各村看板, not 公开事项, on the board', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    await page.goto('/disclosure/village/board');
    const selected = page.locator('[data-testid=side-menu] .ant-menu-item-selected');
    await expect.poll(() => selected.innerText()).toBe('各村看板');
    expect(await selected.count()).toBe(1);
  });

  it('keeps a dialog that fails validation free of script errors, with the reason beside the field', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    const seen = watch(page);
    await page.goto('/disclosure/proactive');
    await page.getByTestId('item-create').click();
    await openModal(page).locator('.ant-modal-footer .ant-btn-primary').click();
    await expect
      .poll(() => openModal(page).locator('.ant-form-item-explain-error').count())
      .toBeGreaterThan(0);
    expect(seen.errors).toEqual([]);
  });

  it('fits the inbox table into a 1440 px screen without a sideways scroll', async () => {
    const page = await browser.page();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'clerk');
    await page.goto('/inbox');
    const table = page.locator('[data-testid=inbox-table] .ant-table-content');
    await expect
      .poll(() => page.locator('[data-testid=inbox-table] tbody tr.ant-table-row').count())
      .toBeGreaterThan(0);
    expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  });

  it('flags a wrong ID check character beside the field, links back home, and shows the tracking result readably on a phone', async () => {
    const page = await browser.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/portal/disclosure/apply');
    const id = page.getByTestId('apply-id-number');
    await id.fill('330282198503120019');
    await page.getByTestId('apply-name').click();
    const idItem = page.locator('.ant-form-item', { has: id });
    await expect
      .poll(() => idItem.locator('.ant-form-item-explain-error').innerText())
      .toContain('校验位不正确');
    await id.fill('330282198503120011');
    await expect.poll(() => idItem.locator('.ant-form-item-explain-error').count()).toBe(0);
    await page.getByTestId('apply-name').fill('陈小红');
    await page.getByTestId('apply-phone').fill('13905749876');
    await page.getByTestId('apply-email').fill('chenxh@example.cn');
    await page.getByTestId('apply-description').fill('本村今年的道路维修资金使用情况');
    await page.getByTestId('apply-submit').click();
    const code = (await page.getByTestId('apply-tracking-code').innerText()).trim();

    await page.goto('/portal/disclosure/track');
    await page.getByTestId('track-code').fill(code);
    await page.getByTestId('track-phone').fill('13905749876');
    await page.getByTestId('track-submit').click();
    const labels = page.locator('[data-testid=track-result] .ant-descriptions-item-label');
    await expect.poll(() => labels.filter({ hasText: '收到申请之日' }).count()).toBe(1);
    const lines = await labels.evaluateAll((els) =>
      els.map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return Math.round(
          range.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
        );
      }),
    );
    expect(
      lines.every((n) => n === 1),
      JSON.stringify(lines),
    ).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBe(0);

    await page.getByTestId('portal-back-home').click();
    await page.waitForURL('**/portal/disclosure');
  });

  it('keeps the labels of the detail drawers on one line at 1440 px', async () => {
    const page = await browser.page();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'clerk');
    const wrapped = async (drawer: string) => {
      const labels = page.locator(`[data-testid=${drawer}] .ant-descriptions-item-label`);
      await expect.poll(() => labels.count()).toBeGreaterThan(3);
      // The label's own text, not its cell (which grows with a long value beside it).
      const all = await labels.evaluateAll((els) =>
        els.map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return {
            text: el.textContent,
            lines: Math.round(
              range.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
            ),
          };
        }),
      );
      return all.filter((l) => l.lines > 1);
    };
    await page.goto('/disclosure/proactive');
    // A published item: its 保密审查 line (reviewer and opinion) is the longest of the drawer.
    await page
      .locator('[data-testid=catalogue-table] tbody tr.ant-table-row', { hasText: '已公开' })
      .first()
      .click();
    expect(await wrapped('item-drawer')).toEqual([]);
    await page.goto('/disclosure/requests');
    await page.locator('[data-testid=requests-table] tbody tr.ant-table-row').first().click();
    expect(await wrapped('request-drawer')).toEqual([]);
  });
});
