import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { openModal, signIn } from './ui.js';

const HEADERS = [
  '受理日期',
  '受理渠道',
  '纠纷类型',
  '纠纷事项',
  '主要事实和争议事项',
  '申请人',
  '申请人住址',
  '被申请人',
  '被申请人住址',
];

/** An existing 调解台账 as the town keeps it: a header row and one row per dispute. */
async function ledger(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('调解台账');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The mediator imports the village's paper ledger: problems shown row by row, then all rows at once. */
describe.skipIf(e2eSkipped())('调解台账 import', () => {
  const browser = useBrowser();

  it('previews a ledger with its problems, then imports a corrected one', async () => {
    const page = await browser.page();
    await signIn(page, 'mediator');
    await page.goto('/disputes');
    const tag = Date.now().toString(36);
    const row = (title: string, channel = '村调委会移送') => [
      '2026-01-05',
      channel,
      '邻里纠纷',
      `${title}${tag}`,
      '宅前排水沟被杂物堵塞。',
      `李${tag}`,
      '上林湖村',
      `王${tag}`,
      '上林湖村',
    ];
    const choose = async (name: string, buffer: Buffer) =>
      openModal(page).locator('input[type=file]').setInputFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      });

    await page.getByTestId('disputes-import').click();
    await choose('有误.xlsx', await ledger([row('排水沟纠纷'), row('渠道不明', '微信群')]));
    const summary = page.getByTestId('ledger-import-summary');
    await expect.poll(() => summary.innerText()).toContain('有 1 处问题');
    expect(await page.getByTestId('ledger-import-rows').innerText()).toContain('排水沟纠纷');
    expect(await page.getByTestId('ledger-import-errors').innerText()).toContain(
      '第 3 行“受理渠道”：受理渠道“微信群”无法识别',
    );
    expect(await page.getByTestId('ledger-import-confirm').isDisabled()).toBe(true);

    await choose(
      '已改正.xlsx',
      await ledger([row('排水沟纠纷'), row('排水沟再次堵塞', '网格员上报')]),
    );
    await expect.poll(() => summary.innerText()).toContain('共 2 件纠纷可以导入');
    expect(await page.getByTestId('ledger-import-rows').innerText()).toContain('可能重复：第 2 行');
    await page.getByTestId('ledger-import-confirm').click();
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain('已导入 2 件纠纷');

    const list = page.getByTestId('disputes-table');
    await expect
      .poll(() => list.innerText(), { timeout: 15_000 })
      .toContain(`排水沟再次堵塞${tag}`);
    expect(await list.innerText()).toContain(`排水沟纠纷${tag}`);
  });
});
