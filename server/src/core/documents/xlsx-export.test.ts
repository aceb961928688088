import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { inPages } from './row-pages.js';
import { sendXlsx, writeXlsx, XLSX_MIME, type XlsxColumn } from './xlsx-export.js';

interface Item {
  id: number;
  number: string;
  title: string;
  issuedOn: string;
  urgent: 0 | 1;
}

const columns: XlsxColumn<Item>[] = [
  { header: '序号', key: 'id', width: 8 },
  { header: '文号', key: 'number', width: 24 },
  { header: '标题', key: 'title', width: 50 },
  {
    header: '登记日期',
    key: 'issuedOn',
    format: (r) => new Date(`${r.issuedOn}T00:00:00Z`),
    numFmt: 'yyyy-mm-dd',
  },
  { header: '是否紧急', key: 'urgent', format: (r) => (r.urgent ? '是' : '否') },
];

const item = (i: number): Item => ({
  id: i,
  number: `桥法审〔2024〕${i}号`,
  title: `关于第${i}件事项的审查意见`,
  issuedOn: '2024-11-20',
  urgent: (i % 2) as 0 | 1,
});

/** A fake paged query over `total` rows, counting how many rows were ever held at once. */
function pagedSource(total: number) {
  const stats = { pages: 0 };
  const rows = inPages(async (offset, limit) => {
    stats.pages += 1;
    return Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, k) =>
      item(offset + k + 1),
    );
  });
  return { rows, stats };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('streaming XLSX export', () => {
  it('writes the header, formatted cells and every row, readable by exceljs', async () => {
    const file = path.join(dir, 'small.xlsx');
    const { rows, stats } = pagedSource(4500);
    const n = await writeXlsx(fs.createWriteStream(file), { sheetName: '发文登记', columns, rows });
    expect(n).toBe(4500);
    expect(stats.pages).toBe(3);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('发文登记')!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '序号',
      '文号',
      '标题',
      '登记日期',
      '是否紧急',
    ]);
    expect(ws.rowCount).toBe(4501);
    const r2 = ws.getRow(2);
    expect(r2.getCell(1).value).toBe(1);
    expect(r2.getCell(2).value).toBe('桥法审〔2024〕1号');
    expect((r2.getCell(4).value as Date).toISOString()).toBe('2024-11-20T00:00:00.000Z');
    expect(r2.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect(r2.getCell(5).value).toBe('是');
    expect(ws.getRow(4501).getCell(2).value).toBe('桥法审〔2024〕4500号');
  });

  it('streams 100 000 rows in pages with bounded memory (speed is measured in bench/, not here)', async () => {
    const file = path.join(dir, 'big.xlsx');
    const { rows, stats } = pagedSource(100_000);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const timer = setInterval(
      () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)),
      20,
    );
    const n = await writeXlsx(fs.createWriteStream(file), { sheetName: '大表', columns, rows });
    clearInterval(timer);
    expect(n).toBe(100_000);
    expect(stats.pages).toBe(51);
    // The whole sheet as exceljs objects would take several hundred MB; streaming stays far below.
    expect(heapPeak - heapBefore).toBeLessThan(150 * 1024 * 1024);

    let last: unknown = null;
    let count = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {});
    for await (const sheet of reader) {
      for await (const row of sheet) {
        count += 1;
        last = row.getCell(2).value;
      }
    }
    expect(count).toBe(100_001);
    expect(last).toBe('桥法审〔2024〕100000号');
  }, 90_000);

  it('sends the workbook over HTTP with a Chinese file name', async () => {
    const app = Fastify();
    app.get('/export', (_req, reply) =>
      sendXlsx(reply, {
        filename: '发文登记（2024年）',
        sheetName: '发文登记',
        columns,
        rows: [item(1), item(2)],
      }),
    );
    const res = await app.inject({ method: 'GET', url: '/export' });
    await app.close();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_MIME);
    const cd = String(res.headers['content-disposition']);
    expect(cd).toMatch(/^attachment; filename="[\x20-\x7e]+\.xlsx"; filename\*=UTF-8''%E5%8F%91/);
    expect(decodeURIComponent(cd.split("UTF-8''")[1]!)).toBe('发文登记（2024年）.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('发文登记')!.getRow(3).getCell(3).value).toBe('关于第2件事项的审查意见');
  });
});
