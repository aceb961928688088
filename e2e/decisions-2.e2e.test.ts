import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { apiAs, shanghaiDay } from './api.js';
import { e2eSkipped } from './context.js';
import { launchedDecision } from './decisions-setup.js';
import { confirmPopover, dialogSettled, openModal, signIn, submitModal } from './ui.js';

const TITLE = '桥头镇集镇区公共停车泊位设置方案';
const DEMO_TITLE = '桥头镇农村生活污水治理提升工程（2024—2026年）实施方案';

async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Clicks a download button and returns the downloaded file's bytes. */
async function downloaded(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return fs.readFileSync((await download.path())!);
}

/**
 * The office's cards on a decision page: on the 2024 demo decision the clerk issues the 征求意见公告
 * (文号, GB/T 9704 DOCX) and downloads it; on a decision in preparation the clerk chooses an expert,
 * records the expert's signed opinion and the risk assessment report (条例 第十五、十九至二十四条).
 */
describe.skipIf(e2eSkipped())('major decision notices, experts and risk report', () => {
  const browser = useBrowser();

  it('issues a notice from its card and reads the DOCX back', async () => {
    const api = await apiAs('clerk');
    const list = await api.get<{ items: { id: string; title: string }[] }>('/decisions?year=2024');
    const demo = list.items.find((d) => d.title === DEMO_TITLE)!;
    const clerk = await browser.page();
    await signIn(clerk, 'clerk');
    await clerk.goto(`/decisions/${demo.id}`);
    const card = clerk.getByTestId('notice-comment');
    await expect.poll(() => card.innerText()).toContain('依据');
    await card.getByTestId('notice-issue-comment').click();
    await confirmPopover(clerk);
    await expect.poll(() => card.innerText()).toMatch(/桥政发〔\d{4}〕\d+号/);
    const docNumber = /桥政发〔\d{4}〕\d+号/.exec(await card.innerText())![0];
    expect(await card.getByTestId('notice-issue-comment').count()).toBe(0);
    const text = await docxText(await downloaded(clerk, 'notice-download-comment'));
    expect(text).toContain(docNumber);
    expect(text).toContain(`关于公开征求《${DEMO_TITLE}》意见的公告`);
    expect(text).toContain('2024年3月25日至2024年4月23日');
  });

  it('records an expert’s opinion and the risk assessment report through their cards', async () => {
    const id = await launchedDecision({
      title: TITLE,
      legalBasis: '《浙江省机动车停车管理条例》',
      procedures: ['expert_review', 'risk_assessment'],
    });
    const today = shanghaiDay();

    const clerk = await browser.page();
    await signIn(clerk, 'clerk');
    await clerk.goto(`/decisions/${id}`);
    const experts = clerk.getByTestId('decision-experts');
    await experts.getByTestId('experts-choose').click();
    await dialogSettled(clerk);
    const chooser = openModal(clerk);
    const option = chooser.locator('.ant-checkbox-wrapper:not(.ant-checkbox-wrapper-disabled)');
    const expertName = (await option.first().innerText()).split('（')[0]!.trim();
    await option.first().click();
    await submitModal(clerk);
    await expect.poll(() => experts.innerText()).toContain(expertName);

    await experts.getByTestId('expert-opinion').first().click();
    await dialogSettled(clerk);
    await openModal(clerk)
      .getByLabel('书面论证意见（专家署名）')
      .fill('泊位设置总体可行，建议在学校周边设置限时即停即走泊位。');
    await submitModal(clerk);
    await expect.poll(() => experts.innerText()).toContain('建议在学校周边设置限时即停即走泊位');
    expect(await experts.innerText()).toContain(`${today} 署名`);

    const risk = clerk.getByTestId('decision-risk-report');
    await risk.getByTestId('risk-report-edit').click();
    await dialogSettled(clerk);
    const form = openModal(clerk);
    await form.getByLabel('风险点').fill('收费泊位可能引发沿街商户不满');
    await form.getByLabel('风险防范措施').fill('设置免费临时停车时段，提前公示收费标准');
    await form.getByLabel('处置预案').fill('出现群体性投诉由镇综治中心牵头协调');
    await form.getByText('中风险').click();
    await form.getByLabel('评估单位').fill('镇社会治理中心');
    await submitModal(clerk);
    await expect.poll(() => risk.innerText()).toContain('收费泊位可能引发沿街商户不满');
    const shown = await risk.innerText();
    expect(shown).toContain('风险可控');
    expect(shown).toContain('中风险');
    expect(shown).toContain('镇社会治理中心');

    // Both papers go into the 决策案卷 as DOCX.
    const zip = await JSZip.loadAsync(await downloaded(clerk, 'decision-file-download'));
    const names = Object.keys(zip.files).sort();
    const opinion = names.find((n) => n.endsWith(`专家论证意见-${expertName}.docx`))!;
    expect(await docxText(await zip.file(opinion)!.async('nodebuffer'))).toContain(
      '建议在学校周边设置限时即停即走泊位',
    );
    const report = names.find((n) => n.endsWith('风险评估报告.docx'))!;
    expect(await docxText(await zip.file(report)!.async('nodebuffer'))).toContain(
      '出现群体性投诉由镇综治中心牵头协调',
    );
  });
});
