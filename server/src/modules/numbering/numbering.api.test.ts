import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueNumber } from '../../core/documents/numbering.js';
import { mutation } from '../../core/mutation.js';
import { asAdmin } from '../../test/admin-login.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

const SYSTEM = { actor: null, ip: null, userAgent: null, requestId: 'test' };

describe.skipIf(pgMissing())('文号 and the 发文登记', () => {
  let s: TestServer;
  let clerk: TestClient;
  let head: TestClient;
  const auditCount = async (action: string) =>
    Number(
      (
        await s.deps.db.kysely
          .selectFrom('auditEvents')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('action', '=', action)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    s = await startTestServer();
    clerk = await s.as('clerk'); // 党建综合办公室, an office of the town
    head = await s.as('head'); // the town itself
  });
  afterAll(() => s?.close());

  it('hands out 1..50 to 50 concurrent requests from two orgs of one town: unique, gap-free, each audited', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 ? clerk : head).post('/api/v1/numbering/issue', {
          kind: 'legality_opinion',
          title: `第${i}号测试文件`,
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const seqs = results.map((r) => r.json.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.json.text)).size).toBe(50);
    expect(results.map((r) => r.json.text)).toContain('桥法审〔2024〕50号');
    // The office and the town share the town's sequence.
    expect(new Set(results.map((r) => r.json.orgId)).size).toBe(1);
    expect(await auditCount('numbering.number.issued')).toBe(50);
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['meta', 'targetId'])
      .where('action', '=', 'numbering.number.issued')
      .execute();
    expect(events.map((e) => JSON.parse(e.meta!).number).sort()).toEqual(
      results.map((r) => r.json.text).sort(),
    );
  });

  it('gives a rolled-back number back, so the register has no gap', async () => {
    const town = (
      await s.deps.db.kysely
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
    await expect(
      mutation(s.deps, SYSTEM, async (m) => {
        const n = await issueNumber(m, {
          orgId: town,
          kind: 'legality_opinion',
          year: 2024,
          title: '将被撤销的文件',
        });
        expect(n.seq).toBe(51);
        throw new Error('document rejected');
      }),
    ).rejects.toThrow('document rejected');
    const next = await clerk.post('/api/v1/numbering/issue', {
      kind: 'legality_opinion',
      title: '撤销之后的文件',
    });
    expect(next.json.text).toBe('桥法审〔2024〕51号');
    expect(await auditCount('numbering.number.issued')).toBe(51);
    const orphan = await s.deps.db.kysely
      .selectFrom('docNumbers')
      .select('id')
      .where('title', '=', '将被撤销的文件')
      .execute();
    expect(orphan).toEqual([]);
  });

  it('starts each year and each kind at 1, and refuses kinds without a template', async () => {
    const other = await clerk.post('/api/v1/numbering/issue', {
      kind: 'town_document',
      title: '关于开展法治宣传的通知',
    });
    expect(other.json.text).toBe('桥政发〔2024〕1号');
    s.time.set('2025-01-01T00:30:00+08:00');
    // A fresh sign-in: jumping the clock a month ahead idles out the other sessions.
    const newYear = await (
      await s.as('head')
    ).post('/api/v1/numbering/issue', { kind: 'legality_opinion', title: '新年第一份' });
    expect(newYear.json.text).toBe('桥法审〔2025〕1号');
    s.time.set('2024-11-20T02:00:00Z');
    const none = await clerk.post('/api/v1/numbering/issue', {
      kind: 'no_such_kind',
      title: '无模板',
    });
    expect(none.status).toBe(422);
    expect(none.json.error.code).toBe('NO_NUMBER_TEMPLATE');
    expect(none.json.error.message).toContain('文号模板');
  });

  it('lists, filters and pages the register in scope, and hides it from other roles', async () => {
    const page = await clerk.get(
      `/api/v1/numbering/register?kind=legality_opinion&year=2024&q=${encodeURIComponent('测试文件')}&pageSize=10&page=2`,
    );
    expect(page.status).toBe(200);
    expect(page.json.total).toBe(50);
    expect(page.json.items).toHaveLength(10);
    expect(page.json.items[0]).toMatchObject({
      kind: 'legality_opinion',
      kindName: '合法性审查意见书',
      orgName: '桥头镇',
      year: 2024,
      attachments: [],
    });
    expect(page.json.abilities).toEqual({ issue: true, attach: true, manageTemplates: false });
    expect((await clerk.get('/api/v1/numbering/register?q=桥政发')).json.total).toBe(1);
    const cadre = await s.as('cadre');
    expect((await cadre.get('/api/v1/numbering/register')).status).toBe(403);
    expect(
      (await cadre.post('/api/v1/numbering/issue', { kind: 'legality_opinion', title: '村里发文' }))
        .status,
    ).toBe(403);
  });

  it('exports the register with the current filters as XLSX, and records the export', async () => {
    const res = await clerk.get(
      '/api/v1/numbering/register?kind=legality_opinion&year=2024&format=xlsx',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    expect(decodeURIComponent(res.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe(
      '发文登记（2024年）-2024-11-20.xlsx',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('发文登记')!;
    expect(ws.getRow(1).getCell(1).value).toBe('文号');
    expect(ws.rowCount).toBe(1 + 51);
    const numbers = ws.getColumn(1).values.slice(2) as string[];
    expect(numbers).toContain('桥法审〔2024〕51号');
    expect(numbers.every((n) => n.startsWith('桥法审〔2024〕'))).toBe(true);
    expect(ws.getRow(2).getCell(8).value).toBe('2024-11-20 10:00');
    expect(await auditCount('numbering.register.exported')).toBe(1);
  });

  it('lets the system administrator set templates, validated with Chinese messages', async () => {
    expect(
      (
        await clerk.put('/api/v1/numbering/templates/town_document', {
          name: '镇政府发文',
          template: '桥政〔{year}〕{n}号',
        })
      ).status,
    ).toBe(403);
    const { client: admin } = await asAdmin(s, 'sysadmin');
    const noN = await admin.put('/api/v1/numbering/templates/town_document', {
      name: '镇政府发文',
      template: '桥政发〔{year}〕号',
    });
    expect(noN.status).toBe(400);
    expect(noN.json.error.code).toBe('INVALID_TEMPLATE');
    expect(noN.json.error.message).toContain('{n}');
    const brackets = await admin.put('/api/v1/numbering/templates/town_document', {
      name: '镇政府发文',
      template: '桥政发[{year}]{n}号',
    });
    expect(brackets.status).toBe(400);
    expect(brackets.json.error.message).toContain('六角括号');
    expect(brackets.json.error.message).toContain('GB/T 9704-2012');
    const badKind = await admin.put('/api/v1/numbering/templates/Bad-Kind', {
      name: '镇政府发文',
      template: '桥政发〔{year}〕{n}号',
    });
    expect(badKind.status).toBe(400);

    const ok = await admin.put('/api/v1/numbering/templates/town_document', {
      name: '镇政府文件',
      template: '桥政〔{year}〕{n}号',
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({
      orgName: '桥头镇',
      kind: 'town_document',
      template: '桥政〔{year}〕{n}号',
      lastSeq: 1,
      next: '桥政〔2024〕2号',
    });
    const created = await admin.put('/api/v1/numbering/templates/mediation_letter', {
      name: '调解告知书',
      template: '桥调告〔{year}〕{n}号',
    });
    expect(created.json.next).toBe('桥调告〔2024〕1号');
    expect(await auditCount('numbering.template.updated')).toBe(1);
    expect(await auditCount('numbering.template.created')).toBe(1);
    // The count continues under the new wording.
    expect(
      (await clerk.post('/api/v1/numbering/issue', { kind: 'town_document', title: '改版后' })).json
        .text,
    ).toBe('桥政〔2024〕2号');
    const list = await clerk.get('/api/v1/numbering/templates');
    expect(list.json.items.map((t: { kind: string }) => t.kind).sort()).toEqual([
      'disclosure_reply',
      'enforcement_decision',
      'enforcement_notice',
      'enforcement_urge',
      'legality_opinion',
      'mediation_letter',
      'town_document',
    ]);
  });
});
