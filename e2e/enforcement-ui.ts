import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { confirmPopover, dialogSettled, OPEN_DROPDOWN, openModal, pickOption } from './ui.js';

/** Browser steps shared by the 行政执法 e2e tests. */

/** Types a date into an antd DatePicker and confirms it. */
async function fillDate(page: Page, testId: string, day: string) {
  const input = page.locator(`input[data-testid=${testId}], [data-testid=${testId}] input`).first();
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

/** 执法证 valid today for a demo officer, registered through the registry page. */
export async function registerCertificate(page: Page, holder: string, certNo: string) {
  await page.getByTestId('certificate-create').click();
  await page.getByTestId('certificate-holder').click();
  await page.locator(`${OPEN_DROPDOWN} .ant-select-item-option[title^="${holder}"]`).click();
  await page.getByTestId('certificate-no').fill(certNo);
  await pickOption(page, 'authority-fields', '安全生产和消防');
  await page.keyboard.press('Escape');
  const year = new Date().getFullYear();
  await fillDate(page, 'certificate-issued', `${year - 1}-01-01`);
  await fillDate(page, 'certificate-expires', `${year + 4}-12-31`);
  await page.getByTestId('certificate-new-ok').click();
  await expect
    .poll(() => page.getByTestId(`certificate-state-${certNo}`).isVisible(), { timeout: 15_000 })
    .toBe(true);
}

/** Picks a Select option in the open dialog and checks it took (the dialog may still be animating). */
export async function choose(page: Page, testId: string, label: string) {
  await expect
    .poll(async () => {
      await pickOption(page, testId, label);
      return page.getByTestId(testId).innerText();
    })
    .toContain(label);
}

/** Takes a step that asks a confirmation, and waits for the case to reach `status`. */
export async function confirmStep(page: Page, action: string, status: string) {
  await page.getByTestId(`case-step-${action}`).click();
  await confirmPopover(page);
  await expect.poll(() => page.getByTestId('case-status').innerText()).toBe(status);
}

/** Takes a step that asks its fields in a dialog. */
export async function formStep(page: Page, action: string, fill: () => Promise<void>) {
  await page.getByTestId(`case-step-${action}`).click();
  await expect.poll(() => page.getByTestId(`case-step-${action}-form`).isVisible()).toBe(true);
  await fill();
  await dialogSettled(page);
  await page.getByTestId(`case-step-${action}-form-ok`).click();
  await expect.poll(() => openModal(page).count(), { timeout: 15_000 }).toBe(0);
}

/** 处理决定 on the `row`-th undecided 先行登记保存 of the case's card (行政处罚法 第五十六条). */
export async function decidePreservation(page: Page, row: number, outcome: string) {
  await page.getByTestId(`preservation-decide-${row}`).click();
  await expect.poll(() => page.getByTestId('preservation-decide-form').isVisible()).toBe(true);
  await choose(page, 'step-outcome', outcome);
  await dialogSettled(page);
  await page.getByTestId('preservation-decide-form-ok').click();
  await expect.poll(() => openModal(page).count(), { timeout: 15_000 }).toBe(0);
}
