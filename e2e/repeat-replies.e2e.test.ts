import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { apiAs, shanghaiDay } from './api.js';
import { e2eSkipped } from './context.js';
import { signIn, submitModal } from './ui.js';

/** Two applications received at the window today, registered by the clerk over the API. */
async function twoApplications(topic: string): Promise<void> {
  const clerk = await apiAs('clerk');
  for (const name of ['陈重复', '陈重复'])
    await clerk.post('/disclosure/requests', {
      applicantKind: 'natural_person',
      applicantName: name,
      idType: 'resident_id',
      idNumber: '330282199001011231',
      phone: '13957412345',
      address: '浙江省慈溪市桥头镇上林湖村8号',
      description: topic,
      formWanted: 'paper',
      delivery: 'post',
      channel: 'in_person',
      submittedOn: shanghaiDay(),
    });
}

/** 合并重复申请 (《政府信息公开条例》第三十六条第（六）项) from the list, by ticking rows. */
describe.skipIf(e2eSkipped())('repeated applications answered together', () => {
  const browser = useBrowser();

  it('answers both ticked applications 不予重复处理 (their letters: repeat-batch.api.test.ts)', async () => {
    const topic = `上林湖村道路拓宽补偿花名册（重复申请${Date.now().toString(36)}）`;
    await twoApplications(topic);
    const page = await browser.page();
    await signIn(page, 'clerk');
    await page.goto('/disclosure/requests');
    const search = page.getByTestId('requests-filter-q').locator('input');
    await search.fill(topic);
    await search.press('Enter');
    const rows = page.locator('[data-testid=requests-table] tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    await rows.nth(0).locator('.ant-table-selection-column input').check();
    await rows.nth(1).locator('.ant-table-selection-column input').check();
    await page.getByTestId('requests-repeat').click();
    await page.getByTestId('repeat-details').fill('桥政信复〔2026〕3号');
    await submitModal(page);
    await expect
      .poll(() => rows.allInnerTexts(), { timeout: 15_000 })
      .toEqual([expect.stringContaining('已答复'), expect.stringContaining('已答复')]);
  });
});
