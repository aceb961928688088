import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { apiAs, shanghaiDay } from './api.js';
import { e2eSkipped } from './context.js';
import { confirmPopover, openModal, signIn, submitModal } from './ui.js';

/** A title no demo record has. */
const unique = (what: string) => `${what}（流程按钮测试${Date.now().toString(36)}）`;

const textOf = (page: Page, testId: string) => page.getByTestId(testId).innerText();
const becomes = (page: Page, testId: string, text: string) =>
  expect.poll(() => textOf(page, testId), { timeout: 15_000 }).toContain(text);

/**
 * One WorkflowActions component on every record type: a step is taken through its button (with its
 * confirmation or form), the record's path then shows it, and a step of the caller's that a guard
 * refuses is explained with its article instead of a button.
 */
describe.skipIf(e2eSkipped())('workflow actions on every record type', () => {
  const browser = useBrowser();

  /** A catalogue entry drafted and submitted to the 保密审查 by the clerk. */
  const submittedEntry = async () => {
    const clerkApi = await apiAs('clerk');
    const item = await clerkApi.post('/disclosure/items', {
      category: 'land_expropriation',
      title: unique('桥头镇征收土地公告'),
      summary: '公告征收范围和补偿标准',
      body: '现将有关事项公告如下。',
      createdOn: shanghaiDay(),
    });
    await clerkApi.post(`/disclosure/items/${item.id}/submit`);
    return item.id;
  };

  it('proactive item: the drafter sees why they cannot pass their own entry (第十七条) instead of the button', async () => {
    const id = await submittedEntry();
    const clerk = await browser.page();
    await signIn(clerk, 'clerk');
    await clerk.goto(`/disclosure/proactive?focus=${id}`);
    await becomes(clerk, 'blocked-approve', '第十七条');
    expect(await clerk.getByTestId('item-approve').count()).toBe(0);
  });

  it('proactive item: a second person approves it through its step form, and the path shows it', async () => {
    const id = await submittedEntry();
    const reviewer = await browser.page();
    await signIn(reviewer, 'reviewer');
    await reviewer.goto(`/disclosure/proactive?focus=${id}`);
    await reviewer.getByTestId('item-approve').click();
    await openModal(reviewer).getByTestId('prompt-text').fill('经审查不涉及国家秘密，同意公开');
    await submitModal(reviewer);
    await becomes(reviewer, 'item-status', '已公开');
    await becomes(reviewer, 'workflow-path', '审查通过并公开');
  });

  it('review item: the office accepts it through its step button and the state changes', async () => {
    const cadre = await apiAs('cadre');
    const item = await cadre.post('/review/items', {
      type: 'village_rules',
      title: unique('上林湖村村规民约（修订草案）'),
      text: '第一条 为推进本村自治、法治、德治建设，制定本村规民约。\n第二条 村民应当遵纪守法，邻里和睦。',
    });
    await cadre.post(`/review/items/${item.id}/materials`, {
      key: 'assembly_minutes',
      note: '纸质原件已核对',
    });
    await cadre.post(`/review/items/${item.id}/submit`);

    const page = await browser.page();
    await signIn(page, 'clerk');
    await page.goto(`/review/items/${item.id}`);
    await page.getByTestId('review-action-accept').click();
    await confirmPopover(page);
    await becomes(page, 'review-state', '已受理');
  });

  it('application: registered in person, put in process through the confirmation of its step', async () => {
    const clerkApi = await apiAs('clerk');
    const req = await clerkApi.post('/disclosure/requests', {
      applicantKind: 'natural_person',
      applicantName: '张三丰',
      idType: 'resident_id',
      idNumber: '330282198503120011',
      phone: '13905741234',
      address: '浙江省慈溪市桥头镇上林湖村1号',
      description: unique('上林湖村土地征收补偿安置方案'),
      formWanted: 'paper',
      delivery: 'post',
      channel: 'in_person',
      submittedOn: shanghaiDay(),
    });
    const page = await browser.page();
    await signIn(page, 'clerk');
    await page.goto(`/disclosure/requests?focus=${req.id}`);
    await page.getByTestId('action-accept').click();
    await confirmPopover(page);
    await becomes(page, 'request-drawer', '办理中');
    await becomes(page, 'workflow-path', '进入办理');
  });

  it('village item: the cadre submits it to the supervision committee', async () => {
    const cadreApi = await apiAs('cadre');
    const item = await cadreApi.post('/village-affairs/items', {
      category: 'finance',
      matterKind: 'regular',
      subject: 'finances',
      period: '2026-09',
      title: unique('上林湖村2026年9月财务收支明细'),
      body: '本月收入：村级房屋租金12.6万元。',
    });
    const page = await browser.page();
    await signIn(page, 'cadre');
    await page.goto(`/disclosure/village?focus=${item.id}`);
    await page.getByTestId('village-item-submit').click();
    await confirmPopover(page);
    await becomes(page, 'village-item-status', '待监委会审查');
    await becomes(page, 'workflow-path', '提交');
  });

  it('complaint: the town starts and records its investigation through the step form', async () => {
    const clerkApi = await apiAs('clerk');
    const { villages } = await (
      await apiAs(null)
    ).get<{ villages: { id: string; name: string }[] }>('/public/village-affairs/villages');
    const village = villages.find((v) => v.name === '上林湖村')!;
    const sent = await (
      await apiAs(null)
    ).post('/public/village-affairs/complaints', {
      villageId: village.id,
      complainantName: '徐阿姨',
      phone: '13805741234',
      category: 'finance',
      kind: 'not_published',
      matter: unique('村里第三季度土地租金收入没有公布'),
    });
    const list = await clerkApi.get<{ items: { id: string; receiptNo: string }[] }>(
      '/village-affairs/complaints?pageSize=100',
    );
    const complaint = list.items.find((c) => c.receiptNo === sent.receiptNo)!;
    const page = await browser.page();
    await signIn(page, 'clerk');
    await page.goto(`/disclosure/village/complaints?focus=${complaint.id}`);
    await page.getByTestId('complaint-investigate').click();
    await confirmPopover(page);
    await becomes(page, 'complaint-status', '调查核实中');
    await page.getByTestId('complaint-dismiss').click();
    await openModal(page)
      .getByTestId('complaint-findings')
      .fill('经查，租金收入已在村务公开栏公布');
    await openModal(page).getByTestId('complaint-reason').fill('已按期公布，反映不属实');
    await submitModal(page);
    await becomes(page, 'complaint-status', '经核实无须公布');
    await becomes(page, 'workflow-path', '调查核实');
  });

  it('fair-competition record: the conclusion is blocked with its article until the standards are answered, then given', async () => {
    const clerkApi = await apiAs('clerk');
    const title = unique('桥头镇支持企业技术改造若干措施');
    const fcr = await clerkApi.post('/review/fcr', {
      title,
      draftingUnit: '经济发展办公室',
      text: '对完成技术改造的本地企业按投资额给予补助。',
    });
    const page = await browser.page();
    await signIn(page, 'clerk');
    await page.goto('/review/fcr');
    await page.getByTestId('fcr-table').getByText(title).click();
    await becomes(page, 'blocked-conclude', '《公平竞争审查条例》第八条');

    const standards = fcr.standards as { code: string }[];
    await clerkApi.patch(`/review/fcr/${fcr.id}`, {
      checklist: Object.fromEntries(standards.map((s) => [s.code, 'not_involved'])),
      consultation: '召开企业座谈会，听取8家企业意见',
    });
    await page.reload();
    await page.getByTestId('fcr-table').getByText(title).click();
    await expect
      .poll(() => page.getByTestId('blocked-conclude').count(), { timeout: 15_000 })
      .toBe(0);
    const drawer = page.getByTestId('fcr-drawer');
    await drawer.getByLabel('结论', { exact: true }).click();
    await page
      .locator(
        '.ant-select-dropdown:visible .ant-select-item-option[title="不违反审查标准，可以出台"]',
      )
      .click();
    await drawer
      .getByLabel('结论说明（适用例外的须详细说明）')
      .fill('经逐项对照审查标准，不含排除、限制竞争的内容，可以出台。');
    await page.getByTestId('fcr-conclude').click();
    await confirmPopover(page);
    await becomes(page, 'fcr-drawer', '不违反审查标准，可以出台');
    await becomes(page, 'workflow-path', '作出书面审查结论');
  });

  it('legal-aid application: 先行提供 through its step form when the deadline is days away, and the path shows it', async () => {
    const windowApi = await apiAs('window');
    const deadlineOn = shanghaiDay(3);
    const aid = await windowApi.post('/legal-services/aid', {
      applicantName: '徐国平',
      matter: 'a31_injury',
      summary: unique('交通事故人身损害赔偿，诉讼时效即将届满'),
      meansMethod: 'pledge',
      pledgeSigned: true,
      deadlineOn,
    });
    const page = await browser.page();
    await signIn(page, 'window');
    await page.goto(`/legal-services/aid/${aid.id}`);
    await page.getByTestId('aid-advance').click();
    await submitModal(page);
    await becomes(page, 'aid-status', '决定给予（待指派）');
    await becomes(page, 'workflow-path', '先行提供法律援助');
  });
});
