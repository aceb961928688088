import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../../test/test-env.js';
import type { TestClient } from '../../../test/test-client.js';

const API = '/api/v1/disclosure/requests';

async function firstColumn(body: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  const out: string[] = [];
  wb.worksheets[0]!.eachRow((row) => out.push(String((row.values as unknown[])[1])));
  return out;
}

describe.skipIf(pgMissing())('依申请公开: 导出所选 (the ledger of the ticked rows only)', () => {
  let s: TestServer;
  let clerk: TestClient;
  let rows: { id: string; trackingCode: string; state: string }[];

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full' });
    clerk = await s.as('clerk');
    rows = (await clerk.get(`${API}?pageSize=200`)).json.items;
    // The full demo takes a while on PostgreSQL when the two cores are shared.
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  it('exports exactly the selected applications, and records which in the trail', async () => {
    expect(rows.length).toBeGreaterThan(3);
    const picked = [rows[0]!, rows[2]!];
    const res = await clerk.get(`${API}?format=xlsx&ids=${picked.map((r) => r.id).join(',')}`);
    expect(res.status).toBe(200);
    const codes = await firstColumn(res.body);
    expect(codes[0]).toBe('查询码');
    expect(codes.slice(1).sort()).toEqual(picked.map((r) => r.trackingCode).sort());

    const ev = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'disclosure.request.ledger_exported')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(ev.meta!)).toMatchObject({
      rows: 2,
      filter: { ids: picked.map((r) => r.id) },
    });
  });

  it('keeps the other filters: a selected row they exclude is not exported', async () => {
    const replied = rows.find((r) => r.state === 'replied')!;
    const open = rows.find((r) => r.state !== 'replied')!;
    const res = await clerk.get(`${API}?format=xlsx&state=replied&ids=${replied.id},${open.id}`);
    expect((await firstColumn(res.body)).slice(1)).toEqual([replied.trackingCode]);
  });

  it('filters the list the same way, and ignores ids it cannot see', async () => {
    const unknown = '01900000-0000-7000-8000-000000000000';
    const list = await clerk.get(`${API}?ids=${rows[1]!.id},${unknown}`);
    expect(list.json.items.map((r: { id: string }) => r.id)).toEqual([rows[1]!.id]);
    expect(list.json.total).toBe(1);
  });

  it('refuses a malformed selection with a Chinese message', async () => {
    const res = await clerk.get(`${API}?format=xlsx&ids=${rows[0]!.id},not-an-id`);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain('所选记录编号格式有误');
  });
});
