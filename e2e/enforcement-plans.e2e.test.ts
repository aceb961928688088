import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { confirmPopover, signIn, submitModal } from './ui.js';

/** A name no demo record has. */
const unique = (what: string) => `${what}（抽查测试${Date.now().toString(36)}）`;

/** 双随机、一公开: a plan drafted, drawn and published through the pages, then shown on the portal. */
describe.skipIf(e2eSkipped())('random inspection plans', () => {
  const browser = useBrowser();

  it('drafts a plan, draws it with a recorded seed, publishes it and shows it on the portal', async () => {
    const page = await browser.page();
    await signIn(page, 'officer');
    await page.goto('/enforcement/plans');
    await page.getByTestId('plan-create').click();
    const name = unique('第四季度消防安全双随机抽查');
    await page.getByTestId('plan-name').fill(name);
    await page.getByTestId('plan-period').fill('第四季度');
    await page.getByTestId('plan-matter').fill('人员密集场所消防安全检查');
    await page.getByTestId('plan-basis').fill('《消防法》第五十三条');
    await page
      .getByTestId('plan-objects')
      .fill(['桥头镇甲商场', '桥头镇乙宾馆', '桥头镇丙网吧', '桥头镇丁歌厅'].join('\n'));
    await page.getByTestId('plan-draw-count').fill('2');
    await submitModal(page);
    await page.waitForURL((u) => /\/enforcement\/plans\/[0-9a-f-]{36}$/.test(u.pathname));
    const status = page.getByTestId('plan-status');
    await expect.poll(() => status.innerText()).toBe('草拟');
    // 公开 is not offered before the draw.
    expect(await page.getByTestId('plan-publish-step').count()).toBe(0);

    await page.getByTestId('plan-draw-step').click();
    await confirmPopover(page);
    await expect.poll(() => status.innerText()).toBe('已抽取');
    const seed = await page.getByTestId('plan-draw-seed').innerText();
    expect(seed).toMatch(/[0-9a-f]{32}/);
    expect(await page.getByTestId('plan-draw').locator('tbody tr').count()).toBe(2);

    await page.getByTestId('plan-publish-step').click();
    await confirmPopover(page);
    await expect.poll(() => status.innerText()).toBe('已公开');
    expect(await page.getByTestId('workflow-path').innerText()).toContain('随机抽取');

    await page.goto('/portal/enforcement');
    const plans = page.getByTestId('public-plans');
    await expect.poll(() => plans.innerText(), { timeout: 15_000 }).toContain(name);
    await plans.getByText(name).click();
    await expect.poll(() => plans.innerText()).toContain(seed.trim());
  });
});
