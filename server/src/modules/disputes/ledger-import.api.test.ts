import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** The 调解台账 import: the server's own template filled in, previewed, imported all or nothing. */
describe.skipIf(pgMissing())('importing an existing 调解台账', () => {
  let s: TestServer;
  let mediator: TestClient;
  let head: TestClient;

  const count = async () =>
    Number(
      (
        await s.deps.db.kysely
          .selectFrom('disputes')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** The downloaded template with its example row replaced by `rows` (cells by header). */
  async function filled(rows: Record<string, ExcelJS.CellValue>[]) {
    const template = await mediator.get('/api/v1/disputes/import/template');
    expect(template.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.body as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const headers = (ws.getRow(1).values as string[]).map((h) => h?.replace(/\*$/, ''));
    ws.spliceRows(2, 1);
    for (const r of rows) ws.addRow(headers.map((h) => (h ? (r[h] ?? null) : null)));
    const fd = new FormData();
    fd.append('file', new Blob([Buffer.from(await wb.xlsx.writeBuffer())]), '调解台账.xlsx');
    return fd;
  }

  const row = (over: Record<string, ExcelJS.CellValue>) => ({
    受理日期: '2024-05-06',
    受理渠道: '村调委会移送',
    纠纷类型: '邻里纠纷',
    纠纷事项: '宅前排水沟堵塞纠纷',
    主要事实和争议事项: '申请人称被申请人堆放杂物堵塞排水沟。',
    申请人: '李某甲',
    申请人住址: '上林湖村',
    被申请人: '王某乙',
    被申请人联系电话: 13805741234,
    ...over,
  });

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-06-01T01:00:00Z' });
    [mediator, head] = await Promise.all([s.as('mediator'), s.as('head')]);
  });
  afterAll(() => s?.close());

  it('lists every problem row by row in Chinese and imports nothing from an invalid file', async () => {
    const bad = () =>
      filled([
        row({}),
        row({ 受理渠道: '微信群', 纠纷事项: '渠道不明' }),
        row({ 受理日期: '2024-07-01', 被申请人: null, 纠纷事项: '日期和当事人有误' }),
      ]);
    const preview = await mediator.post('/api/v1/disputes/import/preview', await bad());
    expect(preview.status, JSON.stringify(preview.json)).toBe(200);
    expect(preview.json.valid).toBe(false);
    const problems = preview.json.errors.map(
      (e: { row: number; column: string | null; message: string }) =>
        `${e.row}:${e.column}:${e.message}`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3:受理渠道:受理渠道“微信群”无法识别/),
        '4:被申请人:请填写被申请人',
      ]),
    );
    expect(preview.json.rows.map((r: { row: number }) => r.row)).toEqual([2]);
    expect(await count()).toBe(0);

    const refused = await mediator.post('/api/v1/disputes/import', await bad());
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('IMPORT_INVALID');
    expect(refused.json.error.message).toContain('未导入任何纠纷');
    expect(await count()).toBe(0);

    // A future date alone (the row is otherwise well formed) is caught after the schema, too.
    const future = await mediator.post(
      '/api/v1/disputes/import/preview',
      await filled([row({ 受理日期: '2024-07-01' })]),
    );
    expect(future.json.rows[0].errors).toEqual(['受理日期不能晚于今天']);

    const notTheirs = await head.post('/api/v1/disputes/import', await bad());
    expect(notTheirs.status).toBe(403);
  });

  it('imports every row with its code and audit event, in one go, and reads them back', async () => {
    const file = () =>
      filled([
        row({ 受理日期: new Date(Date.UTC(2024, 4, 6)) }),
        row({
          受理日期: '2024-05-20',
          受理渠道: '信访（来信）',
          渠道编号: '慈信〔2024〕8号',
          纠纷事项: '排水沟再次堵塞（信访）',
        }),
        row({
          受理日期: '2024-05-21',
          受理渠道: 'court',
          纠纷类型: '合同纠纷',
          纠纷事项: '货款纠纷',
          申请人: '慈溪市某鞋材厂',
          申请人证件号码: '91330282MA2AB1234X',
          被申请人: '张某丙',
        }),
      ]);
    const preview = await mediator.post('/api/v1/disputes/import/preview', await file());
    expect(preview.json.valid).toBe(true);
    expect(preview.json.rows[1]).toMatchObject({
      row: 3,
      channelLabel: '信访（来信）',
      parties: '李某甲、王某乙',
      duplicateOf: { row: 2 },
      errors: [],
    });
    expect(await count()).toBe(0);

    const res = await mediator.post('/api/v1/disputes/import', await file());
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json.imported).toBe(3);
    const codes = res.json.disputes.map((d: { code: string }) => d.code);
    expect(codes).toEqual(['矛调〔2024〕0001号', '矛调〔2024〕0002号', '矛调〔2024〕0003号']);
    expect(await count()).toBe(3);

    const [first, petition, court] = await Promise.all(
      res.json.disputes.map(
        async (d: { id: string }) => (await mediator.get(`/api/v1/disputes/${d.id}`)).json,
      ),
    );
    expect(first).toMatchObject({
      status: 'registered',
      receivedOn: '2024-05-06',
      channelLabel: '村调委会移送',
    });
    expect(first.parties[1]).toMatchObject({ name: '王某乙', phone: '13805741234' });
    expect(petition.duplicateOf).toEqual({ id: first.id, code: first.code });
    expect(petition.channelRef).toBe('慈信〔2024〕8号');
    expect(petition.clocks[0]).toMatchObject({
      purpose: '信访受理告知期限',
      startDate: '2024-05-20',
    });
    expect(court).toMatchObject({ channel: 'court', categoryLabel: '合同纠纷' });
    expect(court.parties[0].idNumber).toBe('91330282MA2AB1234X');

    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['targetId', 'meta'])
      .where('action', '=', 'disputes.dispute.registered')
      .execute();
    expect(events).toHaveLength(3);
    expect(events.map((e) => JSON.parse(e.meta!).importedRow).sort()).toEqual([2, 3, 4]);
  });
});
