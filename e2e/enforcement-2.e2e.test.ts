import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { shanghaiDay } from './api.js';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { choose, confirmStep, formStep, registerCertificate } from './enforcement-ui.js';
import { OPEN_DROPDOWN, signIn } from './ui.js';

const PARTY = `陈某${Date.now() % 100_000}`;

/**
 * 简易程序 in a browser: the officer records an on-the-spot case, decides it within the art 51 limit
 * with the 执法证 shown, collects the fine on the spot against its receipt, hands the cash to the agency
 * and reports the decision (arts 52, 68–71), closes it, then downloads the 案卷 ZIP and reads back its
 * entries and the 卷内目录; the 案卷评查 finds it complete; the decision is published on the portal
 * (art 48) with the party's name masked, and the publication withdrawn with its reasons.
 */
describe.skipIf(e2eSkipped())('行政执法: a simple-procedure case by clicking', () => {
  const browser = useBrowser();

  it('decides on the spot, collects, hands over, reports, closes and downloads the 案卷', async () => {
    const page = await browser.page();
    await signIn(page, 'officer');
    await page.getByTestId('menu-enforcement-certificates').click();
    await expect.poll(() => page.getByTestId('certificates-table').isVisible()).toBe(true);
    const stamp = String(Date.now()).slice(-6);
    await registerCertificate(page, '孙执法', `浙S2E${stamp}1`);
    await registerCertificate(page, '周执法', `浙S2E${stamp}2`);

    await page.getByTestId('menu-enforcement-cases').click();
    await page.getByTestId('case-create').click();
    await page.getByTestId('case-procedure').getByText('简易程序（当场处罚）').click();
    await page.getByTestId('case-title').fill('占用疏散通道堆放杂物');
    await choose(page, 'case-field', '安全生产和消防');
    await choose(page, 'case-basis', '赋权（以本镇名义）');
    await page.getByTestId('case-party').fill(PARTY);
    await choose(page, 'case-party-kind', '公民');
    await page.getByTestId('case-facts').fill('当事人在其店铺疏散通道内堆放杂物，当场责令清除。');
    await page.getByTestId('case-officers').click();
    for (const holder of ['孙执法', '周执法'])
      await page.locator(`${OPEN_DROPDOWN} .ant-select-item-option[title^="${holder}"]`).click();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('case-major').count()).toBe(0);
    await page.getByTestId('case-new-ok').click();
    await page.waitForURL(/\/enforcement\/cases\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('当场处罚');
    expect(await page.getByTestId('case-procedure').innerText()).toBe('简易程序（当场处罚）');
    const caseNo = (await page.getByTestId('case-no').innerText()).trim();

    const formNo = `浙当罚${stamp}`;
    await formStep(page, 'decide_on_spot', async () => {
      await page.getByTestId('step-fine').fill('100');
      await page.getByTestId('step-penalty').fill('警告并处罚款');
      await page.getByTestId('step-legal-basis').fill('《消防法》第六十条');
      await page.getByTestId('step-form-no').fill(formNo);
      await page.getByTestId('step-certificate-shown').click();
      // Recorded as having social impact (第四十八条第一款), so it is to be published.
      await page.getByTestId('step-publishable').click();
    });
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已送达');
    await expect.poll(() => page.getByTestId('case-report').innerText()).toContain('未备案');

    await formStep(page, 'collect_on_spot', async () => {
      await choose(page, 'step-ground', '依法给予一百元以下罚款（第六十八条第一项）');
      await page.getByTestId('step-receipt-no').fill(`浙财票${stamp}`);
    });
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已执行');
    await expect
      .poll(() => page.getByTestId('case-collection').innerText())
      .toContain('前交至行政机关');
    // 结案 waits for the 备案 (art 52 ¶3), and the page says so with the article.
    await expect
      .poll(() => page.getByTestId('blocked-close').innerText())
      .toContain('《行政处罚法》第五十二条第三款');
    await confirmStep(page, 'hand_over', '已执行');
    await expect
      .poll(() => page.getByTestId('case-collection').innerText())
      .toContain('已交至行政机关');
    await confirmStep(page, 'report', '已执行');
    await expect.poll(() => page.getByTestId('case-report').innerText()).toContain('已备案');
    await confirmStep(page, 'close', '已结案');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('case-file-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`案卷-${caseNo}.zip`);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    expect(Object.keys(zip.files)).toEqual(['00-卷内目录.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await zip.file('00-卷内目录.xlsx')!.async('nodebuffer')) as never);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toBe(`案号：${caseNo}`);
    expect(sheet.getRow(3).getCell(2).value).toBe('行政处罚决定书');
    expect(sheet.getRow(3).getCell(3).value).toBe(formNo);

    // 案卷评查: every paper this stage requires is there, each with its article.
    await expect
      .poll(() => page.getByTestId('case-file-review').innerText())
      .toContain('案卷材料齐全');
    expect(await page.getByTestId('file-item-missing').count()).toBe(0);

    // 公开 (art 48): the decision reaches the portal with the citizen's name masked, then is withdrawn.
    await expect.poll(() => page.getByTestId('case-publication').innerText()).toContain('应于');
    await confirmStep(page, 'publish', '已结案');
    await expect
      .poll(() => page.getByTestId('case-publication').innerText())
      .toContain('已在门户网站公开');
    const caseUrl = page.url();
    await page.goto(new URL('/portal/enforcement', caseUrl).toString());
    const row = page.getByTestId('public-decisions').locator('tr', { hasText: formNo });
    await expect.poll(() => row.innerText()).toContain(`${PARTY.slice(0, 1)}*`);
    expect(await row.innerText()).not.toContain(PARTY);
    await page.goto(caseUrl);
    await formStep(page, 'withdraw_publication', async () => {
      await page.getByTestId('step-changed-on').click();
      await page.keyboard.type(shanghaiDay());
      await page.keyboard.press('Enter');
      await page.getByTestId('step-reason').fill('行政复议决定撤销原处罚决定');
    });
    await expect
      .poll(() => page.getByTestId('case-publication').innerText())
      .toContain('已撤回公开信息');
    await page.goto(new URL('/portal/enforcement', caseUrl).toString());
    await expect
      .poll(() =>
        page.getByTestId('public-decisions').locator('tr', { hasText: formNo }).innerText(),
      )
      .toContain('已撤回：行政复议决定撤销原处罚决定');
  }, 240_000);
});
