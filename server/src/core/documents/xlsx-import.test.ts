import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseXlsx, xlsxTemplate, type ImportColumn } from './xlsx-import.js';
import { zipBomb } from './zip-bomb.fixture.js';

z.config(z.locales.zhCN());

const columns: ImportColumn[] = [
  { header: '姓名', key: 'name', required: true, example: '张三' },
  { header: '联系电话', key: 'phone', required: true, example: '13800000000' },
  { header: '所在村', key: 'village', example: '上林湖村' },
  { header: '登记日期', key: 'date', required: true, example: '2024-11-20' },
];
const schema = z
  .object({
    name: z.string().min(2, '姓名至少 2 个字'),
    phone: z.coerce.string().regex(/^1\d{10}$/, '手机号应为 11 位数字'),
    village: z.string().optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'),
  })
  .strict();

async function workbook(header: string[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('XLSX import', () => {
  it('maps Chinese headers to keys in any order and validates each row', async () => {
    const file = await workbook(
      ['登记日期', ' 姓名 ', '联系电话*', '备注'],
      [
        [new Date('2024-11-20T00:00:00Z'), '李四', 13900000000, '不导入'],
        ['2024-11-21', { richText: [{ text: '王' }, { text: '五' }] }, '13700000000'],
      ],
    );
    const res = await parseXlsx(file, { columns, schema });
    expect(res.errors).toEqual([]);
    expect(res.rows).toEqual([
      { row: 2, value: { name: '李四', phone: '13900000000', date: '2024-11-20' } },
      { row: 3, value: { name: '王五', phone: '13700000000', date: '2024-11-21' } },
    ]);
  });

  it('reports every bad cell with its row and column, and returns no rows then', async () => {
    const file = await workbook(
      ['姓名', '联系电话', '登记日期'],
      [
        ['李四', '13900000000', '2024-11-20'],
        ['王', '12345', '2024/11/21'],
        [],
        ['赵六', '13600000000', '2024-11-22'],
        ['钱七', '13500000000'],
      ],
    );
    const res = await parseXlsx(file, { columns, schema });
    expect(res.rows).toEqual([]);
    expect(res.errors).toEqual([
      { row: 3, column: '姓名', message: '姓名至少 2 个字' },
      { row: 3, column: '联系电话', message: '手机号应为 11 位数字' },
      { row: 3, column: '登记日期', message: '日期格式应为 YYYY-MM-DD' },
      { row: 6, column: '登记日期', message: expect.stringContaining('无效输入') },
    ]);
  });

  it('names missing required columns and refuses files that are not workbooks', async () => {
    const res = await parseXlsx(await workbook(['姓名'], [['李四']]), { columns, schema });
    expect(res.errors.map((e) => e.message)).toEqual([
      '缺少必填列“联系电话”',
      '缺少必填列“登记日期”',
    ]);
    await expect(parseXlsx(Buffer.from('not a zip'), { columns, schema })).rejects.toMatchObject({
      status: 400,
    });
  });

  it('refuses a zip bomb with a 422 and never inflates it in full (issue #8)', async () => {
    await expect(
      parseXlsx(zipBomb('xl/worksheets/sheet1.xml', 300), { columns, schema }),
    ).rejects.toMatchObject({ status: 422, code: 'ARCHIVE_LIMIT_EXCEEDED' });
  });

  it('limits the number of rows', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => [`人员${i}`, '13900000000', '2024-11-20']);
    const res = await parseXlsx(await workbook(['姓名', '联系电话', '登记日期'], rows), {
      columns,
      schema,
      maxRows: 5,
    });
    expect(res.errors).toEqual([
      { row: 1, column: null, message: '一次最多导入 5 行，本文件有 6 行' },
    ]);
  });

  it('generates a template whose example row imports cleanly', async () => {
    const file = await xlsxTemplate('名单', columns, ['电话填写手机号。']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['名单', '填写说明']);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual([
      undefined,
      '姓名*',
      '联系电话*',
      '所在村',
      '登记日期*',
    ]);
    expect(wb.worksheets[1]!.getCell('A3').value).toBe('电话填写手机号。');
    const res = await parseXlsx(file, { columns, schema });
    expect(res.errors).toEqual([]);
    expect(res.rows).toEqual([
      {
        row: 2,
        value: { name: '张三', phone: '13800000000', village: '上林湖村', date: '2024-11-20' },
      },
    ]);
  });
});
