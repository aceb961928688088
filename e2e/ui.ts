import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Every demo account shares this password (README, 演示账号). */
export const DEMO_PASSWORD = 'Demo@2024';

/** Signs in through the login page and waits until it has left it. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/**
 * Signs an administrator in for the first time: password, then enrolment of the second factor from the
 * secret the page shows (RFC 6238 codes computed here), then waits until it has left the login page.
 */
export async function signInEnrollingSecondFactor(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  const secret = (await page.getByTestId('mfa-secret').innerText()).trim();
  await page
    .locator('input[data-testid=mfa-code], [data-testid=mfa-code] input')
    .first()
    .fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
  await page.getByTestId('mfa-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Opens an antd Select by its test id and picks the option with this label. */
export async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator(`${OPEN_DROPDOWN} .ant-select-item-option[title="${label}"]`).click();
}

/** The Select dropdown that is open and has stopped sliding in. */
export const OPEN_DROPDOWN =
  '.ant-select-dropdown:visible:not([class*="-appear"]):not([class*="-enter"])';

/** Opens an antd Select by its test id and picks its first option; returns that option's label. */
export async function pickFirstOption(page: Page, testId: string): Promise<string> {
  await page.getByTestId(testId).click();
  const option = page.locator(`${OPEN_DROPDOWN} .ant-select-item-option`).first();
  const label = (await option.getAttribute('title')) ?? '';
  await option.click();
  return label;
}

/** Confirms the open Popconfirm. */
export const confirmPopover = (page: Page) =>
  page
    // Only once it has stopped zooming in: a click computed mid-animation lands beside the button.
    .locator(
      '.ant-popconfirm:visible:not([class*="-appear"]):not([class*="-enter"]) .ant-popconfirm-buttons .ant-btn-primary',
    )
    .click();

/** The open modal (pages keep their closed dialogs rendered, so test ids repeat across them). */
export const openModal = (page: Page) => page.locator('.ant-modal-wrap:visible');

/** Presses the primary button of the open modal and waits for it to close. */
export async function submitModal(page: Page): Promise<void> {
  await dialogSettled(page);
  await openModal(page).locator('.ant-modal-footer .ant-btn-primary').click();
  await expect
    .poll(() => page.locator('.ant-modal-wrap:visible').count(), { timeout: 15_000 })
    .toBe(0);
}

/**
 * Waits until no dialog is still zooming in: a button's place is computed before the click, and in a
 * dialog that is still growing the click lands beside it.
 */
export async function dialogSettled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.ant-modal[class*="-appear"], .ant-modal[class*="-enter"]').count())
    .toBe(0);
}
