import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { openModal, signIn, submitModal } from './ui.js';

/** The citizen amount's input (antd puts the test id on the input or on its wrapper). */
const CITIZEN = 'input[data-testid=settings-citizen], [data-testid=settings-citizen] input';

/** 行政执法 on day one: the town's penalty amounts, and overdue hazards on 首页. */
describe.skipIf(e2eSkipped())('enforcement settings and overdue hazards', () => {
  const browser = useBrowser();

  it('shows the default art 48 judgements and lets the town head set the hearing amount, refusing a citizen amount above the organisations’', async () => {
    const page = await browser.page();
    await signIn(page, 'head');
    await page.goto('/enforcement/cases');
    await page.getByTestId('enforcement-settings').click();
    const citizen = openModal(page).locator(CITIZEN);
    await expect.poll(() => citizen.inputValue()).not.toBe('');
    const before = await citizen.inputValue();
    // The default 具有一定社会影响 judgement per procedure (第四十八条第一款): 普通程序 是, 当场处罚 否.
    const judged = (name: string) =>
      openModal(page).getByTestId(name).locator('.ant-radio-wrapper-checked').innerText();
    await expect.poll(() => judged('settings-publishableGeneral')).toBe('是，应当公开');
    await expect.poll(() => judged('settings-publishableSimple')).toBe('否，无须公开');
    await citizen.fill('200000');
    await openModal(page).locator('.ant-modal-footer .ant-btn-primary').click();
    await expect
      .poll(() => openModal(page).locator('.ant-form-item-explain-error').allInnerTexts())
      .toContain('不应低于对公民的数额');
    await citizen.fill('12000');
    await submitModal(page);

    await page.getByTestId('enforcement-settings').click();
    const again = openModal(page).locator(CITIZEN);
    await expect.poll(() => again.inputValue()).toBe('12000');
    await again.fill(before);
    await submitModal(page);
  }, 120_000);

  it('shows the officer the hazards past their deadline on 首页, as many as the hazard list counts', async () => {
    const page = await browser.page();
    await signIn(page, 'officer');
    const listed = page.waitForResponse((r) => r.url().includes('/api/v1/enforcement/hazards?'));
    await page.goto('/home');
    const body = (await (await listed).json()) as { total: number };
    const card = page.getByTestId('home-overdue-hazards');
    await expect
      .poll(() => card.locator('.ant-card-head-title').innerText())
      .toBe(`逾期未整改隐患（${body.total}）`);
    const items = card.locator('.ant-list-item');
    expect(await items.count()).toBe(Math.min(body.total, 5));
  });
});
