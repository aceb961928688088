import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { confirmPopover, openModal, pickFirstOption, signIn, submitModal } from './ui.js';

/** A title no demo record has, so the portal search can only find the entry this test publishes. */
const unique = (what: string) => `${what}（浏览器测试${Date.now().toString(36)}）`;

/** Waits until the open drawer's status tag reads `status`. */
const statusIs = (page: Page, testId: string, status: string) =>
  expect.poll(() => page.getByTestId(testId).innerText(), { timeout: 15_000 }).toBe(status);

/**
 * 主动公开 and 三务公开 in a browser, each from the drafter to the public page: the clerk drafts and submits,
 * a second person passes the 保密审查 (《政府信息公开条例》第十七条) and the entry is found by the portal's
 * Chinese search; a village cadre drafts a 财务 item, the village's 村务监督委员会 member approves it, and it
 * appears on the village's public page.
 */
describe.skipIf(e2eSkipped())(
  '政务公开 and 三务公开: drafted, reviewed by a second person, published to the portal',
  () => {
    const browser = useBrowser();

    it('publishes a proactive entry after the confidentiality review and finds it by search on the portal', async () => {
      const title = unique('桥头镇2026年农村生活污水治理实施方案');
      const clerk = await browser.page();
      await signIn(clerk, 'clerk');
      await clerk.goto('/disclosure/proactive');
      await clerk.getByTestId('item-create').click();
      await pickFirstOption(clerk, 'item-category');
      await clerk.getByTestId('item-title').fill(title);
      await clerk.getByTestId('item-summary').fill('明确全镇农村生活污水治理的目标、范围和分工');
      await clerk
        .getByTestId('item-body')
        .fill('一、治理目标\n到2026年底，全镇行政村生活污水治理设施运维全覆盖。');
      await submitModal(clerk);
      await statusIs(clerk, 'item-status', '起草中');
      await clerk.getByTestId('item-submit').click();
      await confirmPopover(clerk);
      await statusIs(clerk, 'item-status', '待保密审查');
      // The drafter cannot pass their own entry (第十七条: a second person reviews).
      expect(await clerk.getByTestId('item-approve').count()).toBe(0);
      const focused = new URL(clerk.url()).searchParams.get('focus');
      expect(focused).toBeTruthy();

      const reviewer = await browser.page();
      await signIn(reviewer, 'reviewer');
      await reviewer.goto(`/disclosure/proactive?focus=${focused}`);
      await reviewer.getByTestId('item-approve').click();
      await openModal(reviewer)
        .getByTestId('prompt-text')
        .fill('不涉及国家秘密、商业秘密和个人隐私，同意公开');
      await submitModal(reviewer);
      await statusIs(reviewer, 'item-status', '已公开');

      const visitor = await browser.page();
      await visitor.goto('/portal/disclosure');
      await visitor.getByTestId('portal-search').locator('input').fill('污水治理实施方案');
      await visitor.getByTestId('portal-search').locator('input').press('Enter');
      const link = visitor.getByTestId('portal-catalogue').getByRole('link', { name: title });
      await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
      await link.click();
      await expect
        .poll(() => visitor.getByTestId('portal-item-title').innerText())
        .toContain(title);
      expect(await visitor.locator('body').innerText()).toContain(
        '全镇行政村生活污水治理设施运维全覆盖',
      );
    });

    it('publishes a village finance item after the supervision committee approves it, on the village page', async () => {
      const title = unique('上林湖村2026年10月财务收支明细');
      const cadre = await browser.page();
      await signIn(cadre, 'cadre');
      await cadre.goto('/disclosure/village');
      await cadre.getByTestId('village-item-create').click();
      await pickFirstOption(cadre, 'village-item-subject');
      await cadre.getByTestId('village-item-period').fill('2026-10');
      await cadre.getByTestId('village-item-title').fill(title);
      await cadre
        .getByTestId('village-item-body')
        .fill('本月收入：村级房屋租金12.6万元；支出：道路保洁费3.2万元。');
      await submitModal(cadre);
      await statusIs(cadre, 'village-item-status', '起草中');
      await cadre.getByTestId('village-item-submit').click();
      await confirmPopover(cadre);
      await statusIs(cadre, 'village-item-status', '待监委会审查');
      expect(await cadre.getByTestId('village-item-approve').count()).toBe(0);
      const focused = new URL(cadre.url()).searchParams.get('focus');
      expect(focused).toBeTruthy();

      const supervisor = await browser.page();
      await signIn(supervisor, 'supervisor');
      await supervisor.goto(`/disclosure/village?focus=${focused}`);
      await supervisor.getByTestId('village-item-approve').click();
      await submitModal(supervisor);
      await statusIs(supervisor, 'village-item-status', '已公开');

      const villager = await browser.page();
      await villager.goto('/portal/disclosure/villages');
      await villager.getByTestId('portal-villages').getByRole('link', { name: '上林湖村' }).click();
      const link = villager.getByTestId('portal-village-items').getByRole('link', { name: title });
      await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
      await link.click();
      await expect
        .poll(() => villager.getByTestId('portal-village-item-title').innerText())
        .toBe(title);
      expect(await villager.locator('body').innerText()).toContain('道路保洁费3.2万元');
    });
  },
);
