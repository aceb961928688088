import { describe, expect, it } from 'vitest';
import { shanghaiDay } from './api.js';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { confirmPopover, openModal, signIn, submitModal } from './ui.js';

/** A name no demo record has. */
const unique = (what: string) => `${what}（隐患测试${Date.now().toString(36)}）`;

/** Field work from a phone, and one hazard from its finding to 销号 through the pages. */
describe.skipIf(e2eSkipped())('inspections and hazards', () => {
  const browser = useBrowser();

  it('records a canteen inspection on a phone: checklist switches and a camera photo', async () => {
    const page = await browser.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'officer');
    await page.goto('/enforcement/inspections/new');
    const subject = unique('慈溪市桥头镇中心小学食堂');
    await page.getByTestId('inspection-subject').fill(subject);
    // 食品留样 fails: the switch asks what was found.
    await page.getByTestId('check-samples').click();
    await page.getByTestId('check-samples-note').fill('当日午餐未留样');
    await page.getByTestId('inspection-inspectors').fill('陈执法、周执法');
    await page.getByTestId('inspection-departments').locator('input').fill('市场监管所');
    await page.keyboard.press('Enter');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 1),
    ]);
    await page
      .getByTestId('inspection-photo')
      .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: png });
    expect(await page.getByTestId('inspection-photos').innerText()).toContain('现场照片.png');
    // Nothing of the form is wider than the phone.
    const box = await page.getByTestId('inspection-form').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.getByTestId('inspection-submit').click();
    await page.waitForURL((u) => u.pathname === '/enforcement/inspections');
    const row = page.getByTestId('inspections-table').locator('tr', { hasText: subject });
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('1 项');
    expect(await row.innerText()).toContain('市场监管所');
  });

  it('takes a hazard from 发现 through 挂牌督办 to 销号', async () => {
    const page = await browser.page();
    await signIn(page, 'officer');
    await page.goto('/enforcement/hazards');
    await page.getByTestId('hazard-create').click();
    const subject = unique('桥头镇某物流仓库');
    await page.getByTestId('hazard-subject').fill(subject);
    await page.getByTestId('hazard-description').fill('电动自行车在仓库内违规停放充电');
    await submitModal(page);
    await page.waitForURL((u) => /\/enforcement\/hazards\/[0-9a-f-]{36}$/.test(u.pathname));
    const status = page.getByTestId('hazard-status');
    await expect.poll(() => status.innerText()).toBe('已发现');

    await page.getByTestId('hazard-order').click();
    await openModal(page).getByTestId('hazard-deadline').fill(shanghaiDay(5));
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已责令限期整改');

    await page.getByTestId('hazard-start').click();
    await confirmPopover(page);
    await expect.poll(() => status.innerText()).toBe('整改中');

    await page.getByTestId('hazard-supervise').click();
    await openModal(page).getByTestId('hazard-deadline').fill(shanghaiDay(30));
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('挂牌督办中');
    // 销号 waits for a 复查 that finds the hazard removed, and says why with the article.
    const actions = page.getByTestId('workflow-actions');
    await expect.poll(() => actions.innerText()).toContain('隐患须经复查确认已排除后方可销号');
    expect(await actions.innerText()).toContain('《安全生产法》第六十五条第一款第三项');
    expect(await page.getByTestId('hazard-clear').count()).toBe(0);

    await page.getByTestId('hazard-recheck').click();
    await submitModal(page);
    await page.getByTestId('hazard-clear').click();
    await confirmPopover(page);
    await expect.poll(() => status.innerText()).toBe('挂牌督办已销号');
    const path = await page.getByTestId('workflow-path').innerText();
    for (const step of ['责令限期整改', '开始整改', '挂牌督办', '复查', '督办销号'])
      expect(path).toContain(step);

    await page.goto('/enforcement/hazards');
    await page.getByTestId('hazard-filter-supervised').click();
    await expect
      .poll(() => page.getByTestId('hazards-table').innerText(), { timeout: 15_000 })
      .toContain(subject);
  });
});
