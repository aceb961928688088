import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { leaseContract } from './demo/review-demo.texts.js';

const HEADERS = [
  '村（社区）',
  '合同名称',
  '合同相对方',
  '合同金额（元）',
  '起始日期',
  '终止日期',
  '是否示范文本',
  '合同主要条款',
  '审查日期',
  '审查结论',
  '主要问题及建议',
  '审查人',
];
const text = (defects: ('no_dispute_clause' | 'arbitration_and_court')[] = []) =>
  leaseContract({
    lessor: '慈溪市桥头镇五丰村股份经济合作社',
    lessee: '慈溪市永兴五金制品厂',
    premises: '五丰村仓库',
    purpose: '物品仓储',
    years: 3,
    startDate: '2022-01-01',
    endDate: '2024-12-31',
    annualRentYuan: 16_000,
    defects,
  });

async function workbook(rows: unknown[][]): Promise<FormData> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('线下村级合同审查');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  const fd = new FormData();
  fd.append('file', new Blob([Buffer.from(await wb.xlsx.writeBuffer())]), '三清一促.xlsx');
  return fd;
}

async function readXlsx(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    out.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) => (v === null || v === undefined ? '' : String(v))),
    ),
  );
  return out;
}

describe.skipIf(pgMissing())(
  'legality review: ledgers, the offline import and the clean-up ledger',
  () => {
    let s: TestServer;
    let reviewer: TestClient;
    let clerk: TestClient;
    const count = async () =>
      Number(
        (
          await s.deps.db.kysely
            .selectFrom('reviewItems')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      s = await startTestServer();
      [reviewer, clerk] = await Promise.all([s.as('reviewer'), s.as('clerk')]);
    });
    afterAll(() => s?.close());

    it('imports offline contracts all or nothing, with row-level problems, and pre-reviews each one', async () => {
      const template = await reviewer.get('/api/v1/review/import/template');
      expect((await readXlsx(template.body))[0]).toEqual(
        HEADERS.map((h) =>
          [
            '村（社区）',
            '合同名称',
            '合同相对方',
            '合同主要条款',
            '审查日期',
            '审查结论',
            '审查人',
          ].includes(h)
            ? `${h}*`
            : h,
        ),
      );

      const bad = await reviewer.post(
        '/api/v1/review/import',
        await workbook([
          [
            '五丰村',
            '五丰村仓库租赁合同',
            '慈溪市永兴五金制品厂',
            48000,
            '2022-01-01',
            '2024-12-31',
            '否',
            text(),
            '2024-05-20',
            '合法',
            '',
            '李法审',
          ],
          [
            '长河镇某村',
            '某村合同',
            '某公司',
            1000,
            '',
            '',
            '否',
            text(),
            '2024-05-20',
            '合法',
            '',
            '李法审',
          ],
          [
            '五丰村',
            '五丰村鱼塘承包合同',
            '王某某',
            'abc',
            '',
            '',
            '否',
            text(),
            '2024-13-01',
            '差不多',
            '',
            '李法审',
          ],
        ]),
      );
      expect(bad.status).toBe(400);
      expect(bad.json.error.code).toBe('IMPORT_INVALID');
      const rows = bad.json.error.details.errors.map(
        (e: { row: number; column: string }) => `${e.row}:${e.column}`,
      );
      expect(rows).toEqual(
        expect.arrayContaining(['3:村（社区）', '4:合同金额（元）', '4:审查日期', '4:审查结论']),
      );
      expect(await count()).toBe(0);
      expect((await clerk.post('/api/v1/review/import', await workbook([]))).status).toBe(403);

      const good = await reviewer.post(
        '/api/v1/review/import',
        await workbook([
          [
            '五丰村',
            '五丰村仓库租赁合同',
            '慈溪市永兴五金制品厂',
            48000,
            '2022-01-01',
            '2024-12-31',
            '否',
            text(['no_dispute_clause']),
            '2024-05-20',
            '原则同意，建议修改',
            '建议补充争议解决条款',
            '李法审',
          ],
          [
            '330282109202',
            '上林湖村店面房租赁合同',
            '慈溪市新亚商贸有限公司',
            36000,
            '2021-03-01',
            '2024-02-29',
            '是',
            text(),
            '2024-06-03',
            '合法',
            '',
            '周律师',
          ],
          [
            '丰潭村',
            '丰潭村鱼塘承包合同',
            '潘某某',
            15000,
            '2016-01-01',
            '2040-12-31',
            '否',
            text(['arbitration_and_court']),
            '2024-07-08',
            '修改完善后重新报审',
            '期限过长',
            '李法审',
          ],
        ]),
      );
      expect(good.status).toBe(201);
      expect(good.json.imported).toBe(3);
      expect(good.json.hits).toBeGreaterThanOrEqual(2);
      expect(good.json.withHits).toBeGreaterThanOrEqual(2);
      const [event] = await s.deps.db.kysely
        .selectFrom('auditEvents')
        .selectAll()
        .where('action', '=', 'review.offline.imported')
        .execute();
      expect(JSON.parse(event!.meta!)).toMatchObject({
        imported: 3,
        campaign: '三清一促专项行动线下村级合同审查',
      });

      const list = await reviewer.get('/api/v1/review/items?channel=offline');
      expect(list.json.total).toBe(3);
      const one = await reviewer.get(
        `/api/v1/review/items/${list.json.items.find((i: { title: string }) => i.title === '五丰村仓库租赁合同').id}`,
      );
      expect(one.json).toMatchObject({
        state: 'archived',
        channel: 'offline',
        conclusion: 'lawful_with_suggestions',
        opinions: [{ issuedOn: '2024-05-20', docNumber: null, reviewerName: '李法审' }],
      });
      expect(one.json.hits.map((h: { ruleId: string }) => h.ruleId)).toContain('C12');
      expect(Object.values(one.json.abilities).every((v) => v === false)).toBe(true);
      const stats = await reviewer.get('/api/v1/review/stats?year=2024');
      expect(stats.json.report.offlineVillageContracts).toBe(3);
      expect(stats.json.report.contracts).toBe(0);
      expect(stats.json.rules.find((r: { ruleId: string }) => r.ruleId === 'C12')).toMatchObject({
        hits: 2,
        pending: 2,
        precision: null,
      });
    });

    it('exports the ledger with the list’s filters as XLSX that reads back', async () => {
      const res = await reviewer.get('/api/v1/review/items?format=xlsx&channel=offline&year=2024');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain('.xlsx');
      const rows = await readXlsx(res.body);
      expect(rows[0]!.slice(0, 4)).toEqual(['事项名称', '类型', '送审单位', '审查方式']);
      expect(rows).toHaveLength(4);
      const warehouse = rows.find((r) => r[0] === '五丰村仓库租赁合同')!;
      expect(warehouse).toEqual(
        expect.arrayContaining([
          '村级合同',
          '五丰村',
          '线下审查（补录）',
          '原则同意，建议修改',
          '慈溪市永兴五金制品厂',
          '48000',
        ]),
      );
      const none = await readXlsx(
        (await reviewer.get('/api/v1/review/items?format=xlsx&type=village_rules')).body,
      );
      expect(none).toHaveLength(1);
    });

    it('keeps the 存量清理 ledger of existing documents (kept, revised, abolished)', async () => {
      const add = (outcome: string, docTitle: string) =>
        clerk.post('/api/v1/review/fcr-cleanups', {
          docTitle,
          docNumber: '桥政发〔2021〕17号',
          issuedOn: '2021-06-08',
          outcome,
          reason: '对照公平竞争审查标准逐条清理',
          reviewedOn: '2024-10-10',
          campaign: '2024年涉企文件清查',
        });
      expect((await add('abolished', '镇级工程本地企业优先承接的规定')).status).toBe(201);
      expect((await add('revised', '小微企业园入园管理办法')).status).toBe(201);
      expect((await add('kept', '企业上市挂牌奖励办法')).status).toBe(201);
      expect((await add('cancelled', '某办法')).status).toBe(400);
      expect(
        (
          await (
            await s.as('cadre')
          ).post('/api/v1/review/fcr-cleanups', {
            docTitle: '某某办法',
            outcome: 'kept',
            reason: '未发现限制竞争内容',
            reviewedOn: '2024-10-10',
          })
        ).status,
      ).toBe(403);
      const list = await clerk.get('/api/v1/review/fcr-cleanups?year=2024');
      expect(list.json.counts).toEqual({ kept: 1, revised: 1, abolished: 1 });
      const sheet = await readXlsx(
        (await clerk.get('/api/v1/review/fcr-cleanups?format=xlsx')).body,
      );
      expect(sheet.map((r) => r[3])).toEqual(['清理结果', '继续有效', '修订', '废止']);
      const settings = await clerk.get('/api/v1/review/settings');
      expect(
        settings.json.periods.find((p: { type: string }) => p.type === 'major_decision'),
      ).toMatchObject({ days: 7, confirmed: false });
      expect(settings.json.abilities.manage).toBe(false);
    });
  },
);
