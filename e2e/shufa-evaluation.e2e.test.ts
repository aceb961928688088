import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { openModal, pickOption, signIn, submitModal } from './ui.js';

/** Types into an antd input (or InputNumber) of the open dialog by its test id. */
const fill = (page: Page, testId: string, value: string) =>
  openModal(page)
    .locator(
      `input[data-testid=${testId}], textarea[data-testid=${testId}], [data-testid=${testId}] input`,
    )
    .first()
    .fill(value);

/** 学法述法 and the village advisers' yearly evaluation, recorded from their pages. */
describe.skipIf(e2eSkipped())('述法 registration and adviser evaluation through the UI', () => {
  const browser = useBrowser();

  it('the clerk registers a leader’s 述法 with the panel’s scores, after the form asks for what is missing', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    const tag = Date.now().toString(36);
    const reporter = `述${tag}`.slice(0, 20);

    await page.goto('/team/study');
    const before = Number(await page.getByTestId('study-shufa').innerText());
    await page.getByTestId('shufa-create').click();
    await openModal(page).getByTestId('shufa-save').click();
    await expect
      .poll(() => openModal(page).locator('.ant-form-item-explain-error').allInnerTexts())
      .toEqual(expect.arrayContaining(['请填写述法人', '请填写职务', '请填写述法要点']));

    await fill(page, 'shufa-reporter', reporter);
    await fill(page, 'shufa-post', '镇长');
    await pickOption(page, 'shufa-form', '书面述法');
    await fill(page, 'shufa-summary', '履行推进法治建设第一责任人职责情况');
    await fill(page, 'shufa-panelist-0', '县司法局');
    await fill(page, 'shufa-score-0', '90');
    await openModal(page).getByTestId('shufa-add-panelist').click();
    await fill(page, 'shufa-panelist-1', '镇人大主席团');
    await fill(page, 'shufa-score-1', '86');
    await submitModal(page);

    await expect
      .poll(() => page.getByTestId('shufa-row').allInnerTexts(), { timeout: 15_000 })
      .toContain(`${reporter}（镇长）`);
    await expect(page.getByTestId(`shufa-average-${reporter}`).innerText()).resolves.toBe('88');
    await expect
      .poll(async () => Number(await page.getByTestId('study-shufa').innerText()), {
        timeout: 15_000,
      })
      .toBe(before + 1);
  });

  it('the clerk records an adviser’s yearly evaluation once; a second one for the year is refused', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    await page.goto('/legal-services/advisers');
    await page.locator('[data-testid^=adviser-evaluations-]').first().click();
    const year = String(new Date().getUTCFullYear() - 1);
    await fill(page, 'evaluation-year', year);
    await openModal(page).getByTestId('evaluation-save').click();
    await expect
      .poll(() => openModal(page).locator('.ant-form-item-explain-error').allInnerTexts())
      .toEqual(expect.arrayContaining(['请填写考核得分', '请选择考核等次', '请填写考核意见']));

    await fill(page, 'evaluation-score', '93');
    await pickOption(page, 'evaluation-grade', '优秀');
    await fill(page, 'evaluation-comments', '按时驻村接待，列席村级会议并出具法律意见');
    await openModal(page).getByTestId('evaluation-save').click();
    await expect
      .poll(() => page.getByTestId(`evaluation-grade-${year}`).innerText(), { timeout: 15_000 })
      .toBe('优秀');

    await fill(page, 'evaluation-year', year);
    await fill(page, 'evaluation-score', '80');
    await pickOption(page, 'evaluation-grade', '称职');
    await fill(page, 'evaluation-comments', '重复登记');
    await openModal(page).getByTestId('evaluation-save').click();
    await expect
      .poll(() => openModal(page).locator('.ant-alert-error').count(), { timeout: 15_000 })
      .toBe(1);
    await expect(page.getByTestId(`evaluation-grade-${year}`).innerText()).resolves.toBe('优秀');
  });
});
