import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { confirmPopover, signIn } from './ui.js';

const step = async (page: Page, action: string, status: string) => {
  await page.getByTestId(`report-${action}`).click();
  await confirmPopover(page);
  await expect.poll(() => page.getByTestId('report-status').innerText()).toBe(status);
};

/** 法治政府建设年度报告 of 2024: the clerk binds the figures and submits, the head approves, it is published. */
describe.skipIf(e2eSkipped())('law report', () => {
  const browser = useBrowser();

  it('goes from the clerk’s narrative through the head’s approval to the portal', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    await page.goto('/report/indicators?year=2024');
    await expect
      .poll(() => page.getByTestId('indicator-enforcement.entrustedDecisions').innerText())
      .toContain('43');
    expect(await page.getByTestId('indicators-entered').innerText()).toContain('桥头派出所');

    await page.goto('/report?year=2024');
    await expect.poll(() => page.getByTestId('report-check-ok').count()).toBe(1);
    // A number typed by hand is caught by the check; the figure goes in through the picker instead.
    const services = page.getByTestId('report-paragraph-legalServices');
    await services.fill('4.强化公共法律服务供给。推行“家门口”公共法律服务模式，诉前调解成功56件。');
    await page.getByTestId('report-save').click();
    await expect
      .poll(() => page.getByTestId('report-check').innerText())
      .toContain('手工输入的数字“56”');
    await services.fill('4.强化公共法律服务供给。推行“家门口”公共法律服务模式，诉前调解成功');
    await services.press('End');
    await page.getByTestId('report-indicator').click();
    await page.keyboard.type('诉前调解成功数');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.getByTestId('report-insert').click();
    await services.press('End');
    await services.pressSequentially('件。');
    expect(await services.inputValue()).toContain('诉前调解成功{{disputes.precourtSuccesses}}件。');
    await page.getByTestId('report-save').click();
    await expect.poll(() => page.getByTestId('report-check-ok').count()).toBe(1);
    await step(page, 'submit', '待审定');

    const head = await browser.page();
    await signIn(head, 'head');
    await head.goto('/report?year=2024');
    await step(head, 'approve', '已审定');

    await page.reload();
    await step(page, 'publish', '已公开');
    expect(await page.locator('.ant-card-body').innerText()).toContain('诉前调解成功56件');
  });
});
