import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/**
 * 案件台账导入: a town brings its concluded past cases from its own XLSX ledger — every row checked
 * against the town's entrustments and case numbers, nothing written if any row is wrong, each case
 * recorded with its audit event and counted in the year's statistics.
 */
describe.skipIf(pgMissing())('enforcement: importing the case ledger', () => {
  let s: TestServer;
  let officer: TestClient;
  let headers: string[] = [];

  const ledger = async (rows: Record<string, string | number>[]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('行政处罚案件台账');
    ws.addRow(headers);
    for (const r of rows) ws.addRow(headers.map((h) => r[h.replace(/\*$/, '')] ?? null));
    const fd = new FormData();
    fd.append('file', new Blob([Buffer.from(await wb.xlsx.writeBuffer())]), '台账.xlsx');
    return fd;
  };
  const entrusted = (n: number, over: Record<string, string | number> = {}) => ({
    案号: `综执案〔2023〕导${n}号`,
    案由: '占用、堵塞疏散通道',
    执法领域: '安全生产和消防',
    权力来源: '委托',
    委托机关: '慈溪市应急管理局',
    当事人: `慈溪市导入${n}有限公司`,
    当事人类型: '法人或者其他组织',
    违法事实: '在生产车间内占用疏散通道堆放货物。',
    立案日期: '2023-03-01',
    处罚决定书文号: `慈应急罚决〔2023〕导${n}号`,
    处罚种类: '罚款',
    '罚款（元）': 8000,
    决定日期: '2023-04-10',
    缴款日期: '2023-04-20',
    结案日期: '2023-04-28',
    ...over,
  });

  beforeAll(async () => {
    s = await startTestServer();
    officer = await s.as('officer');
    const e = await officer.post('/api/v1/enforcement/entrustments', {
      entrustingBody: '慈溪市应急管理局',
      fields: ['safety_fire'],
      powers: '监督检查、调查取证、行政处罚',
      startsOn: '2022-01-01',
      endsOn: '2026-12-31',
    });
    expect(e.status, JSON.stringify(e.json)).toBe(201);
    const template = await officer.get('/api/v1/enforcement/cases/import/template');
    expect(template.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.body as unknown as ExcelJS.Buffer);
    headers = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1).map((v) => String(v));
  });
  afterAll(() => s?.close());

  it('refuses the whole file with every row’s problem, and writes nothing', async () => {
    expect(headers).toContain('案号*');
    expect(headers).toContain('委托机关');
    const res = await officer.post(
      '/api/v1/enforcement/cases/import',
      await ledger([
        entrusted(1),
        entrusted(2, { 委托机关: '慈溪市不存在局' }),
        entrusted(3, { 执法领域: '交通运输', 决定日期: '2023-02-01' }),
        entrusted(4, { 结案日期: '2023-04-01' }),
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('IMPORT_INVALID');
    const problems = res.json.error.details.errors.map(
      (e: { row: number; column: string | null }) => `${e.row}:${e.column}`,
    );
    expect(problems).toEqual(['3:委托机关', '4:执法领域', '5:结案日期']);
    const list = await officer.get('/api/v1/enforcement/cases?q=导1号');
    expect(list.json.total).toBe(0);
  });

  it('records every row as a concluded case, audited, counted and checked like any other', async () => {
    const res = await officer.post(
      '/api/v1/enforcement/cases/import',
      await ledger([
        entrusted(1),
        entrusted(2, {
          权力来源: '赋权',
          委托机关: '',
          执法领域: '食品安全',
          '罚款（元）': 2000,
          当事人: '王某',
          当事人类型: '公民',
          具有社会影响应公开: '否',
        }),
      ]),
    );
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toEqual({ imported: 2 });

    const stats = await officer.get('/api/v1/enforcement/stats?year=2023');
    expect(stats.json).toMatchObject({ decisions: 2, fines: 10_000 });
    const list = await officer.get('/api/v1/enforcement/cases?q=导1号');
    expect(list.json.items[0]).toMatchObject({
      status: 'closed',
      entrustingBody: '慈溪市应急管理局',
      decisionDocNo: '慈应急罚决〔2023〕导1号',
    });
    const detail = await officer.get(`/api/v1/enforcement/cases/${list.json.items[0].id}`);
    const missing = detail.json.fileReview.items
      .filter((i: { present: boolean }) => !i.present)
      .map((i: { item: string }) => i.item);
    expect(missing).toContain('送达回证');
    // A blank 具有社会影响应公开 counts as 是 (行政处罚法 第四十八条第一款); 否 leaves nothing to publish.
    expect(detail.json.publishable).toBe(true);
    expect(detail.json.abilities).toContain('publish');
    const food = await officer.get('/api/v1/enforcement/cases?q=导2号');
    const spared = await officer.get(`/api/v1/enforcement/cases/${food.json.items[0].id}`);
    expect(spared.json).toMatchObject({ publishable: false, publishDue: null });
    expect(spared.json.abilities).not.toContain('publish');
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('action', '=', 'enforcement.case.imported')
      .execute();
    expect(events).toHaveLength(2);

    const again = await officer.post(
      '/api/v1/enforcement/cases/import',
      await ledger([entrusted(1)]),
    );
    expect(again.status).toBe(400);
    expect(again.json.error.details.errors[0]).toMatchObject({ row: 2, column: '案号' });
  });

  it('is the town team’s: the county cannot import into a town', async () => {
    const county = await s.as('county');
    const res = await county.post('/api/v1/enforcement/cases/import', await ledger([entrusted(9)]));
    expect(res.status).toBe(403);
  });
});
