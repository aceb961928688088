import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../../test/test-env.js';
import type { TestClient } from '../../../test/test-client.js';

const API = '/api/v1/review/items';

async function titles(body: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  const out: string[] = [];
  wb.worksheets[0]!.eachRow((row) => out.push(String((row.values as unknown[])[1])));
  return out;
}

describe.skipIf(pgMissing())('合法性审查台账: 导出所选 (the ticked rows only)', () => {
  let s: TestServer;
  let reviewer: TestClient;
  let rows: { id: string; title: string; type: string }[];

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full' });
    reviewer = await s.as('reviewer');
    rows = (await reviewer.get(`${API}?pageSize=200`)).json.items;
    // The full demo takes a while on PostgreSQL when the two cores are shared.
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  it('exports exactly the selected items, and records which in the trail', async () => {
    expect(rows.length).toBeGreaterThan(3);
    const picked = [rows[1]!, rows[3]!];
    const res = await reviewer.get(`${API}?format=xlsx&ids=${picked.map((r) => r.id).join(',')}`);
    expect(res.status).toBe(200);
    const got = await titles(res.body);
    expect(got[0]).toBe('事项名称');
    expect(got.slice(1).sort()).toEqual(picked.map((r) => r.title).sort());
    const ev = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'review.ledger.exported')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(ev.meta!)).toMatchObject({ rows: 2 });
  });

  it('keeps the other filters and the caller’s scope', async () => {
    const a = rows[0]!;
    const other = rows.find((r) => r.type !== a.type)!;
    const list = await reviewer.get(`${API}?type=${a.type}&ids=${a.id},${other.id}`);
    expect(list.json.items.map((r: { id: string }) => r.id)).toEqual([a.id]);
    // A village cadre sees only the village's own items, whatever ids are asked for.
    const cadre = await s.as('cadre');
    const theirs = await cadre.get(`${API}?ids=${rows.map((r) => r.id).join(',')}`);
    const visible = await cadre.get(`${API}?pageSize=200`);
    expect(theirs.json.total).toBe(
      visible.json.items.filter((r: { id: string }) => rows.some((x) => x.id === r.id)).length,
    );
    expect(theirs.json.total).toBeLessThan(rows.length);
  });

  it('refuses a malformed selection with a Chinese message', async () => {
    const res = await reviewer.get(`${API}?ids=${rows[0]!.id};drop`);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain('所选记录编号格式有误');
  });
});
