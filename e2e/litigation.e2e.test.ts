import fs from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { openModal, pickOption, signIn, submitModal } from './ui.js';

/** A case number no demo record has. */
const caseNo = () => `（2026）浙0282行初${Date.now().toString(36)}号`;

/** One lawsuit against the town from the complaint to 一案一评 and rectification, by clicking. */
describe.skipIf(e2eSkipped())('litigation register', () => {
  const browser = useBrowser();

  it('takes a lawsuit from the complaint through 会商, 答辩, the hearing and judgment to rectification', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    await page.goto('/litigation/cases');
    await page.getByTestId('litigation-create').click();
    const no = caseNo();
    const form = openModal(page);
    await form.getByTestId('litigation-case-no').fill(no);
    await form.getByTestId('litigation-title').fill('不服责令限期拆除违法建筑决定');
    await form.getByTestId('litigation-claimant').fill('孙某某');
    await submitModal(page);
    await page.waitForURL((u) => /\/litigation\/cases\/[0-9a-f-]{36}$/.test(u.pathname));
    const status = page.getByTestId('litigation-status');
    await expect.poll(() => status.innerText()).toBe('已收到副本（待会商）');
    // No 答辩 before the 会商: the refused step says why, with its basis.
    const actions = page.getByTestId('workflow-actions');
    await expect.poll(() => actions.innerText()).toContain('答复、答辩前必须先进行案件会商');
    expect(await page.getByTestId('litigation-answer').count()).toBe(0);

    await page.getByTestId('litigation-consult').click();
    const consult = openModal(page);
    await consult.getByTestId('consult-attendees').fill('王副镇长（分管领导）\n周律师（法律顾问）');
    await consult.getByTestId('consult-analysis').fill('拆除决定事实清楚，程序合法。');
    await consult.getByTestId('consult-decision').fill('按期答辩，分管领导出庭。');
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已会商');
    expect(await page.getByTestId('litigation-consultation').innerText()).toContain('周律师');

    await page.getByTestId('litigation-answer').click();
    const answer = openModal(page);
    await answer
      .getByTestId('answer-opinion')
      .fill('被诉拆除决定事实清楚、程序合法，请求驳回诉讼请求。');
    await answer.getByTestId('answer-evidence').fill('责令限期拆除决定书\n现场勘验笔录');
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已答复/答辩');
    // The 答辩状 issued through the letter office, read back from its DOCX.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('litigation-answer-download').click(),
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const doc = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const part of ['行政诉讼答辩状', no, '孙某某', '请求驳回诉讼请求', '2. 现场勘验笔录'])
      expect(doc).toContain(part);

    await page.getByTestId('litigation-hear').click();
    const hear = openModal(page);
    await hear.getByTestId('hear-leader').fill('王副镇长');
    await hear.getByTestId('hear-title').fill('副镇长');
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已开庭');
    expect(await page.getByTestId('litigation-appearance').innerText()).toContain('王副镇长');

    await page.getByTestId('litigation-conclude').click();
    await pickOption(page, 'conclude-outcome', '驳回诉讼请求');
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已审结（待评查）');

    await page.getByTestId('litigation-evaluate').click();
    const evaluate = openModal(page);
    await evaluate.getByTestId('evaluate-text').fill('送达程序留痕不足。');
    await evaluate.getByTestId('evaluate-department').fill('综合行政执法队');
    await evaluate.getByTestId('evaluate-measures').fill('送达一律制作送达回证。');
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已评查（整改中）');

    await page.getByTestId('litigation-rectify').click();
    await openModal(page).getByTestId('rectify-result').fill('已修订送达工作规范。');
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('整改完成');
    expect(await page.getByTestId('litigation-rectified').innerText()).toContain(
      '已修订送达工作规范',
    );

    await page.goto('/litigation/cases');
    const row = page.getByTestId('litigation-table').locator('tr', { hasText: no });
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('整改完成');
  });
  it('answers the other side’s appeal only after a second 会商', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    await page.goto('/litigation/cases');
    await page.getByTestId('litigation-create').click();
    const form = openModal(page);
    await form.getByTestId('litigation-case-no').fill(caseNo());
    await form.getByTestId('litigation-title').fill('不服责令停止违法行为决定');
    await form.getByTestId('litigation-claimant').fill('钱某某');
    await submitModal(page);
    await page.waitForURL((u) => /\/litigation\/cases\/[0-9a-f-]{36}$/.test(u.pathname));
    const status = page.getByTestId('litigation-status');
    const consult = async (button: string, decision: string) => {
      await page.getByTestId(button).click();
      const modal = openModal(page);
      await modal.getByTestId('consult-attendees').fill('王副镇长（分管领导）\n周律师（法律顾问）');
      await modal.getByTestId('consult-analysis').fill('决定事实清楚。');
      await modal.getByTestId('consult-decision').fill(decision);
      await submitModal(page);
    };
    await consult('litigation-consult', '按期答辩');
    await expect.poll(() => status.innerText()).toBe('已会商');
    await page.getByTestId('litigation-answer').click();
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已答复/答辩');
    await page.getByTestId('litigation-conclude').click();
    await pickOption(page, 'conclude-outcome', '撤销或部分撤销');
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已审结（待评查）');
    // 行政诉讼法 第八十五条: the appeal period of the judgment runs as a clock.
    await expect
      .poll(() => page.getByTestId('litigation-appeal-due').innerText())
      .toMatch(/\d{4}-\d{2}-\d{2}/);

    await page.getByTestId('litigation-appeal').click();
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已上诉（二审）');
    const actions = page.getByTestId('workflow-actions');
    await expect.poll(() => actions.innerText()).toContain('答复、答辩前必须先进行案件会商');
    expect(await page.getByTestId('litigation-answer').count()).toBe(0);

    await consult('litigation-reconsult', '针对上诉理由答辩');
    await expect
      .poll(() => page.getByTestId('litigation-consultation').innerText())
      .toContain('针对上诉理由答辩');
    expect(await page.getByTestId('litigation-consultation').innerText()).toContain('按期答辩');
    await page.getByTestId('litigation-answer').click();
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已答复/答辩');
  });
});
