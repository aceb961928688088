import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';

/** Villagers and applicants open the portal on phones: the public pages must be usable at 390 px. */
describe.skipIf(e2eSkipped())('the public portal on a phone', () => {
  const browser = useBrowser();

  it('fits every public page into the screen width', async () => {
    const page = await browser.page();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [
      '/portal',
      '/portal/disclosure',
      '/portal/disclosure/guide',
      '/portal/disclosure/villages',
      '/portal/disclosure/apply',
      '/portal/disclosure/track',
      '/portal/disclosure/annual',
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        path,
      ).toBe(0);
    }
  });

  it('offers the catalogue’s categories as a dropdown above the list', async () => {
    const page = await browser.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/portal/disclosure');
    const select = page.getByTestId('portal-category-select');
    await expect.poll(() => select.isVisible()).toBe(true);
    expect(await page.getByTestId('portal-categories').count()).toBe(0);

    const rows = page.getByTestId('portal-catalogue').locator('tbody tr.ant-table-row');
    const total = page.locator('.ant-pagination-total-text');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const all = Number(/共 (\d+) 条/.exec(await total.innerText())?.[1]);
    await select.click();
    const option = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '规范性文件' })
      .first();
    const count = Number(/（(\d+)）/.exec(await option.innerText())?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all);
    await option.click();
    await expect.poll(() => total.innerText()).toBe(`共 ${count} 条`);
    expect(await rows.count()).toBe(Math.min(count, 20));
  });
});
