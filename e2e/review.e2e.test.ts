import fs from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { apiAs } from './api.js';
import { e2eSkipped } from './context.js';
import { confirmPopover, signIn } from './ui.js';

/** A village's draft rules with two of the unlawful clauses the 2024 clean-up found. */
const DRAFT = `上林湖村村规民约（修订草案）
第一条 为推进本村自治、法治、德治建设，制定本村规民约。
第二条 村民应当遵纪守法，邻里和睦。
第三条 禁止在河道倾倒垃圾，乱倒垃圾者罚款200元。
第四条 本村女子外嫁后户口未迁出的，不享受集体收益分配。
第五条 本村规民约经村民会议表决通过后报镇人民政府备案。`;

/**
 * The reviewer's side of 合法性审查 in a browser: a village's draft rules arrive with a 外嫁女 clause and
 * a fine; both are flagged by the pre-review, accepted as findings, and the opinion letter is issued and
 * downloaded with its 文号.
 */
describe.skipIf(e2eSkipped())(
  '合法性审查: village rules flagged, opinion issued, letter downloaded',
  () => {
    const browser = useBrowser();

    it('flags the 外嫁女 clause and the fine, issues the opinion and downloads the letter', async () => {
      const cadre = await apiAs('cadre');
      const item = await cadre.post('/review/items', {
        type: 'village_rules',
        title: '上林湖村村规民约（修订草案）',
        text: DRAFT,
      });
      await cadre.post(`/review/items/${item.id}/materials`, {
        key: 'assembly_minutes',
        note: '纸质原件已核对',
      });
      await cadre.post(`/review/items/${item.id}/submit`);
      expect((await (await apiAs('clerk')).post(`/review/items/${item.id}/accept`)).state).toBe(
        'accepted',
      );

      const page = await browser.page();
      await signIn(page, 'reviewer');
      await page.goto(`/review/items/${item.id}`);
      await page.getByTestId('review-action-start-review').click();
      await confirmPopover(page);
      await expect.poll(() => page.getByTestId('review-state').innerText()).toBe('审查中');

      await expect.poll(() => page.getByTestId('hit-R4').isVisible()).toBe(true);
      expect(await page.getByTestId('hit-R1').isVisible()).toBe(true);
      expect(await page.getByTestId('hit-mark-R4').innerText()).toContain('外嫁');
      for (const hit of await page.locator('[data-testid^="hit-accept-"]').all()) {
        await hit.click();
        await page.waitForTimeout(300);
      }
      await expect.poll(() => page.getByTestId('review-findings').innerText()).toContain('外嫁女');

      await page.getByTestId('opinion-conclusion').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option[title="修改完善后重新报审"]')
        .click();
      await page
        .getByTestId('opinion-summary')
        .fill(
          '村规民约第三条设定罚款、第四条剥夺外嫁女集体收益分配权益，均违反法律规定，请删除后重新报审。',
        );
      await page.getByTestId('opinion-issue').click();
      await confirmPopover(page);
      await expect
        .poll(() => page.getByTestId('review-state').innerText(), { timeout: 15_000 })
        .toBe('已出具审查意见');
      await page.getByRole('tab', { name: '审查意见与备案' }).click();
      const download = page.getByTestId('opinion-download-1');
      await expect.poll(() => download.isVisible(), { timeout: 15_000 }).toBe(true);

      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      const xml = await (
        await JSZip.loadAsync(fs.readFileSync((await file.path())!))
      )
        .file('word/document.xml')!
        .async('string');
      const text = xml.replace(/<[^>]+>/g, '');
      expect(text).toMatch(/桥法审〔\d{4}〕\d+号/);
      expect(text).toContain('修改完善后重新报审');
      expect(text).toContain('外嫁');
      expect(text).toContain('罚款');
    });
  },
);
