import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin } from '../../test/admin-login.js';
import type { TestClient } from '../../test/test-client.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../test/test-env.js';

/**
 * Every export that holds personal data leaves one audit event — who, what, with which filter, how
 * many rows — written before the download ends, so the row count is the one in the file.
 */
describe.skipIf(pgMissing())('exports of personal data are traced', () => {
  let s: TestServer;
  let clients: Record<string, TestClient>;

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full' });
    clients = {
      clerk: await s.as('clerk'),
      reviewer: await s.as('reviewer'),
      sysadmin: (await asAdmin(s, 'sysadmin')).client,
      auditadmin: (await asAdmin(s, 'auditadmin')).client,
    };
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  async function rowsOf(body: Buffer): Promise<number> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    return wb.worksheets[0]!.actualRowCount - 1;
  }

  it.each([
    [
      'clerk',
      '/api/v1/disclosure/requests?format=xlsx&state=replied',
      'disclosure.request.ledger_exported',
      '政府信息公开申请登记台账',
      { state: 'replied' },
    ],
    [
      'clerk',
      '/api/v1/disclosure/requests?format=xlsx',
      'disclosure.request.ledger_exported',
      '政府信息公开申请登记台账',
      {},
    ],
    [
      'reviewer',
      '/api/v1/review/items?format=xlsx&type=village_contract',
      'review.ledger.exported',
      '合法性审查台账',
      { type: 'village_contract' },
    ],
    [
      'sysadmin',
      '/api/v1/users?format=xlsx&q=%E6%9D%8E',
      'user.list.exported',
      '账号列表',
      { q: '李' },
    ],
    [
      'auditadmin',
      '/api/v1/audit/events?format=xlsx&action=auth.',
      'audit.events.exported',
      '审计日志',
      { action: 'auth.' },
    ],
    [
      'clerk',
      '/api/v1/numbering/register?format=xlsx&year=2024',
      'numbering.register.exported',
      '发文登记簿',
      { year: 2024 },
    ],
  ] as const)('%s: %s', async (who, url, action, what, filter) => {
    const q = s.deps.db.kysely;
    const before = new Set(
      (await q.selectFrom('auditEvents').select('id').where('action', '=', action).execute()).map(
        (e) => e.id,
      ),
    );
    const res = await clients[who]!.get(url);
    expect(res.status).toBe(200);
    const rows = await rowsOf(res.body);
    const events = (
      await q
        .selectFrom('auditEvents')
        .select(['id', 'actorName', 'targetType', 'meta'])
        .where('action', '=', action)
        .execute()
    ).filter((e) => !before.has(e.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorName: who, targetType: 'export' });
    const meta = JSON.parse(events[0]!.meta!);
    expect(meta).toMatchObject({ what, rows, filter });
    expect(Object.keys(meta.filter).sort()).toEqual(Object.keys(filter).sort());
  });

  it('writes no event when the export is refused', async () => {
    const q = s.deps.db.kysely;
    const count = async () =>
      (
        await q
          .selectFrom('auditEvents')
          .select('id')
          .where('action', '=', 'audit.events.exported')
          .execute()
      ).length;
    const n = await count();
    expect((await clients.clerk!.get('/api/v1/audit/events?format=xlsx')).status).toBe(403);
    expect(await count()).toBe(n);
  });
});
