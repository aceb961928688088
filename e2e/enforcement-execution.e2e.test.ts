import fs from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { apiAs } from './api.js';
import { e2eSkipped } from './context.js';
import { confirmStep, formStep } from './enforcement-ui.js';
import { signIn } from './ui.js';

/** The demo's two unpaid fines (server/src/modules/enforcement/demo/enforcement-overdue.demo.ts). */
const UNPAID = '经营超过保质期的食品（逾期未缴纳罚款）';
const URGED = '经营标签不符合规定的食品（逾期未缴纳罚款）';

/**
 * The id of the demo case with this title in this state, read over the API: no step can be dated, so the
 * months between the decision and the court are the demo's, recorded on days before today.
 */
async function demoCase(title: string, status: string): Promise<string> {
  const { items } = await (
    await apiAs('officer')
  ).get<{ items: { id: string; title: string }[] }>(
    `/enforcement/cases?status=${status}&q=${encodeURIComponent(title)}`,
  );
  const found = items.find((c) => c.title === title);
  if (!found) throw new Error(`演示数据中没有状态为 ${status} 的案件“${title}”`);
  return found.id;
}

/**
 * 逾期不缴纳罚款 in a browser: the officer urges a party whose payment period has run (行政强制法
 * 第三十五条) and downloads the 催告书; the court is then refused for ten working days (第五十四条); on a
 * case urged a month ago, with the review and litigation periods run (第五十三条), the town head applies.
 */
describe.skipIf(e2eSkipped())('行政执法: an unpaid fine from 催告 to the court', () => {
  const browser = useBrowser();

  it('urges the party with a 催告书, then waits the ten working days before the court', async () => {
    const id = await demoCase(UNPAID, 'served');
    const page = await browser.page();
    await signIn(page, 'officer');
    await page.goto(`/enforcement/cases/${id}`);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已送达');
    await expect
      .poll(() => page.getByTestId('case-overdue').innerText())
      .toContain('已达罚款数额上限');

    await confirmStep(page, 'urge', '已催告');
    await expect.poll(() => page.getByTestId('case-documents').innerText()).toContain('催告书');
    expect(await page.getByTestId('case-documents').innerText()).toMatch(/桥综执催〔\d{4}〕\d+号/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('case-doc-urge').click(),
    ]);
    const bytes = fs.readFileSync((await download.path())!);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const part of ['催告书', '桥头镇某副食品商店', '3,000.00元', '《行政强制法》第三十五条'])
      expect(text).toContain(part);

    await expect
      .poll(() => page.getByTestId('blocked-apply_court').innerText())
      .toContain('《行政强制法》第五十四条');
    expect(await page.getByTestId('case-step-apply_court').count()).toBe(0);
  }, 120_000);

  it('has the town head apply to the court once the windows have run', async () => {
    const id = await demoCase(URGED, 'urged');
    const page = await browser.page();
    await signIn(page, 'head');
    await page.goto(`/enforcement/cases/${id}`);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已催告');
    await expect
      .poll(() => page.getByTestId('case-overdue').innerText())
      .toContain('申请法院强制执行的期间');
    expect(await page.getByTestId('blocked-apply_court').count()).toBe(0);

    await formStep(page, 'apply_court', () =>
      page.getByTestId('step-court').fill('慈溪市人民法院'),
    );
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已申请法院强制执行');
    await expect
      .poll(() => page.getByTestId('case-overdue').innerText())
      .toContain('已申请慈溪市人民法院强制执行');
    const path = await page.getByTestId('workflow-path').innerText();
    for (const label of ['送达决定书', '催告', '申请法院强制执行']) expect(path).toContain(label);
  }, 120_000);
});
