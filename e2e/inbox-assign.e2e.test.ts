import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { pickOption, signIn, submitModal } from './ui.js';

const rows = (page: Page) => page.locator('[data-testid=inbox-table] tbody tr.ant-table-row');

/** The titles of the inbox rows, once the table has loaded. */
async function titles(page: Page): Promise<string[]> {
  await page.goto('/inbox');
  await expect.poll(() => rows(page).count()).toBeGreaterThan(0);
  return rows(page).locator('a').allInnerTexts();
}

/** 分派: a clerk hands a task of the office's pool to a colleague, who puts it back. */
describe.skipIf(e2eSkipped())('分派 from 我的待办', () => {
  const browser = useBrowser();

  it('hands a pool task to 孔经办, who sees it marked 已分派 and returns it to the pool', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    await titles(page);
    const pick = rows(page)
      .filter({ has: page.locator('.ant-table-selection-column input:not([disabled])') })
      .first();
    const title = await pick.locator('a').innerText();
    await pick.locator('.ant-table-selection-column input').check();
    await expect.poll(() => page.getByTestId('inbox-assign').innerText()).toContain('（1）');
    await page.getByTestId('inbox-assign').click();
    await pickOption(page, 'assign-user', '孔经办');
    await submitModal(page);
    await expect.poll(() => rows(page).locator('a').allInnerTexts()).not.toContain(title);

    const colleague = await browser.page();
    await signIn(colleague, 'clerk2');
    expect(await titles(colleague)).toContain(title);
    const mine = rows(colleague).filter({ hasText: title });
    await expect.poll(() => mine.getByTestId('inbox-assigned').count()).toBe(1);
    await mine.locator('.ant-table-selection-column input').check();
    await colleague.getByTestId('inbox-assign').click();
    await pickOption(colleague, 'assign-user', '退回岗位待办池（不指定个人）');
    await submitModal(colleague);

    expect(await titles(page)).toContain(title);
  });
});
