import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { openModal, pickOption, signIn, submitModal } from './ui.js';

/** A legal-aid application taken at the station, forwarded, decided and given a lawyer, by clicking. */
describe.skipIf(e2eSkipped())('legal aid', () => {
  const browser = useBrowser();

  it('takes an application from intake through forwarding and the decision to the assigned lawyer', async () => {
    const page = await browser.page();
    await signIn(page, 'window');
    await page.goto('/legal-services/aid');
    await page.getByTestId('aid-create').click();
    const name = `黄${Date.now().toString(36).slice(-4)}`;
    const form = openModal(page);
    await form.getByTestId('aid-applicant').fill(name);
    await pickOption(page, 'aid-matter', '请求确认劳动关系或者支付劳动报酬（第三十一条）');
    await form.getByTestId('aid-summary').fill('在某建筑工地务工，被拖欠劳动报酬。');
    await submitModal(page);
    await page.waitForURL((u) => /\/legal-services\/aid\/[0-9a-f-]{36}$/.test(u.pathname));
    const status = page.getByTestId('aid-status');
    await expect.poll(() => status.innerText()).toBe('已受理（待转交）');
    // Without the signed integrity pledge the file cannot go to the centre: the step says why.
    const actions = page.getByTestId('workflow-actions');
    await expect.poll(() => actions.innerText()).toContain('诚信承诺书');
    expect(await page.getByTestId('aid-forward').count()).toBe(0);

    await page.goto('/legal-services/aid');
    await page.getByTestId('aid-create').click();
    const second = openModal(page);
    await second.getByTestId('aid-applicant').fill(name);
    await pickOption(page, 'aid-matter', '请求确认劳动关系或者支付劳动报酬（第三十一条）');
    await second.getByTestId('aid-summary').fill('在某建筑工地务工，被拖欠劳动报酬。');
    await second.getByTestId('aid-pledge').check();
    await submitModal(page);
    await page.waitForURL((u) => /\/legal-services\/aid\/[0-9a-f-]{36}$/.test(u.pathname));
    await expect.poll(() => status.innerText()).toBe('已受理（待转交）');

    await page.getByTestId('aid-forward').click();
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已转交县法律援助中心（待决定）');
    expect(await page.getByTestId('aid-decision-due').innerText()).toMatch(/\d{4}-\d{2}-\d{2}/);

    await page.getByTestId('aid-grant').click();
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('决定给予（待指派）');
    expect(await page.getByTestId('aid-assign-due').innerText()).toMatch(/\d{4}-\d{2}-\d{2}/);

    await page.getByTestId('aid-assign').click();
    const assign = openModal(page);
    await assign.getByTestId('aid-lawyer').fill('傅律师');
    await assign.getByTestId('aid-firm').fill('浙江上林律师事务所');
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已指派律师');
    expect(await page.getByTestId('aid-lawyer-shown').innerText()).toContain('傅律师');

    await page.goto('/legal-services/aid');
    const row = page.getByTestId('aid-table').locator('tr', { hasText: name }).first();
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('已指派律师');
  });
});
