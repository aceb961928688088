import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { signIn } from './ui.js';

/** 驾驶舱: a county official compares the towns of 慈溪市 and drills down from 桥头镇's figure to a case. */
describe.skipIf(e2eSkipped())('cockpit', () => {
  const browser = useBrowser();

  it('compares two towns, opens 桥头镇’s cockpit and drills down to one of the 43 decisions', async () => {
    const page = await browser.page();
    await signIn(page, 'county');
    await page.goto('/report/cockpit?year=2024&indicator=enforcement.entrustedDecisions');
    const ranking = page.getByTestId('cockpit-ranking');
    const slow = { timeout: 60_000 }; // every town's figures for the year
    await expect.poll(() => ranking.innerText(), slow).toContain('桥头镇');
    const rows = await ranking.locator('tbody tr').allInnerTexts();
    const qiaotou = rows.find((r) => r.includes('桥头镇'))!;
    const zonghan = rows.find((r) => r.includes('宗汉街道'))!;
    expect(qiaotou).toMatch(/^1\s+桥头镇\s+43/);
    expect(zonghan).toMatch(/宗汉街道\s+0/);
    expect(await page.getByTestId('cockpit-not-submitted').innerText()).toContain('宗汉街道');

    await page.getByTestId('town-card-桥头镇').click();
    const kpi = page.getByTestId('kpi-enforcement.entrustedDecisions');
    await expect.poll(() => kpi.innerText(), slow).toContain('43');
    expect(await page.getByTestId('cockpit-trend-chart').locator('svg').count()).toBe(1);

    await kpi.click();
    await expect.poll(() => page.url()).toContain('/enforcement/cases?');
    expect(page.url()).toContain('townId=');
    await expect
      .poll(() => page.locator('.ant-pagination-total-text').innerText(), slow)
      .toBe('共 43 件案件');
    expect(await page.getByTestId('drill-down-tags').innerText()).toContain('桥头镇');

    const first = page.locator('[data-testid^="case-row-"]').first();
    const caseNo = (await first.getAttribute('data-testid'))!.replace('case-row-', '');
    await first.click();
    await expect.poll(() => page.getByTestId('case-no').innerText(), slow).toBe(caseNo);
    // Above the town the case is read only: no step buttons.
    expect(await page.locator('[data-testid^="case-step-"]').count()).toBe(0);
  }, 180_000);
});
