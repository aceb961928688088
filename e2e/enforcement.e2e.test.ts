import fs from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import {
  choose,
  confirmStep,
  decidePreservation,
  formStep,
  registerCertificate,
} from './enforcement-ui.js';
import { OPEN_DROPDOWN, signIn } from './ui.js';

/** A unique party, so the case is found again whatever else the demo holds. */
const PARTY = `慈溪市某五金加工厂${Date.now() % 100_000}`;

/**
 * 行政执法 in a browser: the enforcement officer registers two 执法证, records a major case as a clue,
 * and takes it through every step of the general procedure to 结案 by clicking — the decision refused
 * until the 法制审核 (art 58) — then downloads the 行政处罚决定书 and reads it back; the statistics page
 * shows the 2024 demo figures.
 */
describe.skipIf(e2eSkipped())('行政执法: a general-procedure case from 线索 to 结案', () => {
  const browser = useBrowser();

  it('runs a case through every step and downloads its decision', async () => {
    const page = await browser.page();
    await signIn(page, 'officer');
    await page.getByTestId('menu-enforcement-certificates').click();
    await expect.poll(() => page.getByTestId('certificates-table').isVisible()).toBe(true);
    const stamp = String(Date.now()).slice(-6);
    await registerCertificate(page, '孙执法', `浙E2E${stamp}1`);
    await registerCertificate(page, '周执法', `浙E2E${stamp}2`);

    await page.getByTestId('menu-enforcement-cases').click();
    await page.getByTestId('case-create').click();
    await page.getByTestId('case-title').fill('未按规定设置安全警示标志');
    await choose(page, 'case-field', '安全生产和消防');
    await choose(page, 'case-basis', '赋权（以本镇名义）');
    await page.getByTestId('case-party').fill(PARTY);
    await page
      .getByTestId('case-facts')
      .fill('经现场检查，当事人车间内有较大危险因素的设备未设置安全警示标志。');
    await page.getByTestId('case-officers').click();
    for (const holder of ['孙执法', '周执法'])
      await page.locator(`${OPEN_DROPDOWN} .ant-select-item-option[title^="${holder}"]`).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('case-major').click();
    await page.getByTestId('case-new-ok').click();
    await page.waitForURL(/\/enforcement\/cases\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('线索');
    const caseNo = (await page.getByTestId('case-no').innerText()).trim();

    await confirmStep(page, 'file', '调查取证');
    // 立案 starts the ninety days to decide (行政处罚法 第六十条), shown with its traffic light.
    const clocks = page.getByTestId('case-clocks');
    await expect.poll(() => clocks.innerText()).toContain('作出处罚决定期限');
    await expect.poll(() => clocks.getByTestId('clock-on_track').isVisible()).toBe(true);
    // The same ninety days wait in the officer's 我的待办 (首页 groups them under 行政执法), and the task opens the case.
    const caseUrl = page.url();
    await page.getByTestId('menu-home').click();
    await expect.poll(() => page.getByTestId('home-module-enforcement').isVisible()).toBe(true);
    await page
      .getByTestId('home-recent')
      .getByRole('link', { name: '作出处罚决定期限：未按规定设置安全警示标志' })
      .first()
      .click();
    await page.waitForURL(/\/enforcement\/cases\/[0-9a-f-]{36}$/);
    await page.goto(caseUrl);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('调查取证');
    // 先行登记保存 (第五十六条), at two sites: each has seven working days to decide on its evidence,
    // shown as its own clock; the investigation does not end before every decision, and the page says
    // why with the article.
    for (const evidence of [
      '未设置安全警示标志的冲压设备1台（就地封存）',
      '仓库内同型号冲压设备1台',
    ])
      await formStep(page, 'preserve_evidence', () =>
        page.getByTestId('step-evidence').fill(evidence),
      );
    const preservations = page.getByTestId('case-preservation');
    await expect.poll(() => preservations.innerText()).toContain('仓库内同型号冲压设备1台');
    await expect.poll(() => clocks.innerText()).toContain('先行登记保存证据处理决定期限');
    await expect
      .poll(() => page.getByTestId('blocked-end_investigation').innerText())
      .toContain('第五十六条');
    await decidePreservation(page, 0, '解除先行登记保存，退还当事人');
    await expect.poll(() => preservations.innerText()).toContain('作出处理决定：解除先行登记保存');
    // The second preservation still holds the investigation open.
    await expect
      .poll(() => page.getByTestId('blocked-end_investigation').innerText())
      .toContain('第五十六条');
    await decidePreservation(page, 1, '作为证据随案处理（拟依法没收）');
    await expect.poll(() => preservations.innerText()).toContain('作出处理决定：作为证据随案处理');
    await confirmStep(page, 'end_investigation', '调查终结');
    await formStep(page, 'notify', async () => {
      await page.getByTestId('step-proposed-fine').fill('5000');
      await page.getByTestId('step-legal-basis').fill('《安全生产法》第九十九条');
    });
    await expect
      .poll(() => page.getByTestId('case-status').innerText())
      .toBe('已事先告知（陈述申辩）');
    await formStep(page, 'close_defence', () =>
      page.getByTestId('step-note').fill('当事人未提出陈述申辩'),
    );
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('待决定');
    // A major case: no decision before its 法制审核, and the page says why with the article.
    const blocked = page.getByTestId('blocked-decide');
    await expect.poll(() => blocked.innerText()).toContain('《行政处罚法》第五十八条');
    await formStep(page, 'legal_review', () =>
      page.getByTestId('step-opinion').fill('事实清楚，证据确凿，适用依据正确，程序合法'),
    );
    await expect.poll(() => blocked.innerText()).toContain('集体讨论');
    await formStep(page, 'discuss', () =>
      page.getByTestId('step-note').fill('经负责人集体讨论，同意处以罚款'),
    );
    await expect.poll(() => blocked.count()).toBe(0);
    await formStep(page, 'decide', async () => {
      await page.getByTestId('step-fine').fill('5000');
      await page.getByTestId('step-penalty').fill('罚款');
      await page.getByTestId('step-legal-basis').fill('《安全生产法》第九十九条');
      // 具有一定社会影响 (第四十八条第一款): the decision is to be published.
      await page.getByTestId('step-publishable-yes').click();
    });
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('已作出处罚决定');
    expect(await page.getByTestId('case-publishable').innerText()).toBe('是，应当公开');
    await expect.poll(() => clocks.innerText()).toContain('公开处罚决定期限');
    await confirmStep(page, 'serve', '已送达');
    await confirmStep(page, 'execute', '已执行');
    await confirmStep(page, 'close', '已结案');
    // A closed case moves no further; its decision may still be published (行政处罚法 第四十八条).
    expect(await page.getByTestId('case-step-close').count()).toBe(0);
    await confirmStep(page, 'publish', '已结案');
    await expect
      .poll(() => page.getByTestId('case-publication').innerText())
      .toContain('已在门户网站公开');
    const path = await page.getByTestId('workflow-path').innerText();
    for (const label of [
      '立案（审批）',
      '事先告知',
      '法制审核',
      '负责人集体讨论',
      '作出处罚决定',
      '结案',
      '公开处罚决定',
    ])
      expect(path).toContain(label);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('case-doc-decision').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = fs.readFileSync((await download.path())!);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('行政处罚决定书');
    expect(text).toContain(PARTY);
    expect(text).toContain(caseNo);
    expect(text).toContain('5,000元');

    await page.getByTestId('menu-enforcement-cases').click();
    await page.getByTestId('cases-filter-q').locator('input').fill(PARTY);
    await page.getByTestId('cases-filter-q').locator('input').press('Enter');
    await expect.poll(() => page.getByTestId(`case-row-${caseNo}`).innerText()).toContain('已结案');
  }, 240_000); // a dozen steps on a shared two-core machine

  it('shows the 2024 figures counted from the case records', async () => {
    const page = await browser.page();
    await signIn(page, 'officer');
    await page.getByTestId('menu-enforcement-stats').click();
    const year = page.locator('input[data-testid=stats-year], [data-testid=stats-year] input');
    await year.fill('2024');
    await year.press('Enter');
    await expect.poll(() => page.url()).toContain('year=2024');
    const row = page.locator('[data-testid=stats-table] tr', { hasText: '委托' });
    await expect
      .poll(() => row.innerText())
      .toMatch(/安全生产和消防\s+委托（以委托机关名义）\s+43\s+460,500/);
    const food = page.locator('[data-testid=stats-table] tr', { hasText: '食品安全' });
    await expect.poll(() => food.innerText()).toMatch(/\s9\s+16,000/);
    // The chart's code loads on demand: under load the table can be there before it.
    await expect.poll(() => page.getByTestId('enforcement-field-chart').isVisible()).toBe(true);
  }, 120_000);
});
