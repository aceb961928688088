import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { signIn } from './ui.js';

/**
 * Staff above the town level see many towns: the header offers the towns in their scope, and pages kept
 * per town (here the village-affairs board) show the chosen one. The public banner names the town whose
 * portal this is, from the server's settings.
 */
describe.skipIf(e2eSkipped())('county staff choose a town; the portal names its town', () => {
  const browser = useBrowser();

  it('lets a county official switch the per-town pages to 桥头镇 and back', async () => {
    const page = await browser.page();
    await signIn(page, 'county');
    const switcher = page.getByTestId('town-switcher');
    await expect.poll(() => switcher.isVisible()).toBe(true);
    expect(await page.locator('.brand').innerText()).toBe('法治政府建设平台');

    await switcher.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option[title="桥头镇"]')
      .click();
    await page.goto('/disclosure/village/board');
    const board = page.locator('.ant-card').first();
    await expect.poll(() => board.innerText(), { timeout: 15_000 }).toContain('上林湖村');
    expect(await page.locator('.ant-alert-error').count()).toBe(0);

    // The choice is remembered in this browser, and another town's board has none of 桥头镇's villages.
    await page.reload();
    await expect.poll(() => page.getByTestId('town-switcher').innerText()).toContain('桥头镇');
    await page.getByTestId('town-switcher').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option[title="宗汉街道"]')
      .click();
    await expect.poll(() => board.innerText(), { timeout: 15_000 }).not.toContain('上林湖村');
    expect(await page.locator('.ant-alert-error').count()).toBe(0);
  });

  it('shows town staff no switcher and their own town in the brand', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    await expect.poll(() => page.locator('.brand').innerText()).toBe('桥头镇 · 法治政府建设平台');
    expect(await page.getByTestId('town-switcher').count()).toBe(0);
  });

  it('names the portal’s town and marks demo data on the public pages', async () => {
    const page = await browser.page();
    await page.goto('/portal');
    await expect
      .poll(() => page.getByTestId('portal-banner').innerText())
      .toContain('桥头镇人民政府 · 法治政府建设平台');
    expect(await page.getByTestId('portal-footer').innerText()).toBe(
      '主办：慈溪市桥头镇人民政府 · 本平台演示数据均为虚构',
    );
    expect(await page.title()).toBe('桥头镇人民政府 · 法治政府建设平台');
  });
});
