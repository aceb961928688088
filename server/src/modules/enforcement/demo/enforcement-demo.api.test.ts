import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../../test/test-env.js';

/** The 2024 report's enforcement figures, counted from the case records the demo drove through the services. */
describe.skipIf(pgMissing())('enforcement demo', () => {
  let s: TestServer;
  let officer: TestClient;

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full' });
    officer = await s.as('officer');
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  it('reproduces 43 entrusted decisions (¥460,500) and 9 food-safety cases (¥16,000) for 2024', async () => {
    const res = await officer.get('/api/v1/enforcement/stats?year=2024');
    expect(res.status).toBe(200);
    const group = (field: string) =>
      res.json.groups.find((g: { field: string }) => g.field === field);
    expect(group('safety_fire')).toMatchObject({
      authorityBasis: 'entrusted',
      decisions: 43,
      fines: 460_500,
    });
    expect(group('food_safety')).toMatchObject({ decisions: 9, fines: 16_000 });
    expect(res.json.decisions).toBe(52);
  });

  it('publishes the 2024 decisions on the portal, each with its 文号 (art 48)', async () => {
    const res = await s.client().get('/api/v1/public/enforcement/decisions?pageSize=100');
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(52);
    expect(res.json.items[0].decisionDocNo).toMatch(/〔2024〕\d+号$/);
    const entrusted = res.json.items.filter((d: { decisionDocNo: string }) =>
      d.decisionDocNo.startsWith('慈应急罚'),
    );
    expect(entrusted).toHaveLength(43);
    expect(entrusted[0].decidingBody).toBe('慈溪市应急管理局');
  });

  it('has open cases today, and the county reads the town’s statistics', async () => {
    const open = await officer.get('/api/v1/enforcement/cases?year=2024&status=closed&pageSize=1');
    expect(open.json.total).toBe(52);
    const current = await officer.get('/api/v1/enforcement/cases?status=deciding');
    expect(current.json.total).toBeGreaterThanOrEqual(1);
    // Today's filed cases got their decision clock through the services (行政处罚法 第六十条).
    const major = await officer.get(`/api/v1/enforcement/cases/${current.json.items[0].id}`);
    expect(major.json.clocks).toMatchObject([
      { purpose: '作出处罚决定期限', state: 'running', dueDate: major.json.decisionDue },
    ]);
    // … and put it in the officers' 我的待办; the closed 2024 cases left no task open.
    const inbox = await officer.get('/api/v1/inbox?pageSize=100');
    expect(inbox.json.items).toContainEqual(
      expect.objectContaining({
        kind: 'enforcement.decision',
        link: `/enforcement/cases/${major.json.id}`,
        dueDate: major.json.decisionDue,
      }),
    );
    const leftOpen = await s.deps.db.kysely
      .selectFrom('tasks')
      .innerJoin('enforcementCases as c', 'c.id', 'tasks.subjectId')
      .select('tasks.id')
      .where('tasks.status', '=', 'open')
      .where('c.status', '=', 'closed')
      .execute();
    expect(leftOpen).toEqual([]);
    const county = await s.as('county');
    const town = await s.deps.db.kysely
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', '330282109000')
      .executeTakeFirstOrThrow();
    const stats = await county.get(`/api/v1/enforcement/stats?year=2024&orgId=${town.id}`);
    expect(stats.json.fines).toBe(476_500);
  });

  it('draws and publishes the 2024 双随机 plan, and keeps a draft for the next quarter (条例 第二十一条)', async () => {
    const res = await officer.get('/api/v1/enforcement/plans?year=2024');
    expect(res.status).toBe(200);
    expect(res.json.items).toHaveLength(1);
    const [plan] = res.json.items;
    expect(plan).toMatchObject({ status: 'published', publishedOn: '2024-03-29', drawCount: 4 });
    expect(plan.draw.reproducible).toBe(true);
    expect(plan.draw.candidates).toHaveLength(3);
    expect(plan.draw.inspections).toHaveLength(4);
    for (const inspection of plan.draw.inspections) expect(inspection.officers).toHaveLength(2);
    const drafts = await officer.get('/api/v1/enforcement/plans?status=draft');
    expect(drafts.json.items.map((p: { year: number }) => p.year)).toContain(2025);
    const portal = await s.client().get('/api/v1/public/enforcement/plans');
    expect(portal.json.items.map((p: { name: string }) => p.name)).toEqual([plan.name]);
  });

  it('records the officers’ 2024 学时: two reach 60, one is flagged below (条例 第三十一条)', async () => {
    const res = await officer.get('/api/v1/enforcement/trainings?year=2024');
    expect(res.status).toBe(200);
    expect(res.json.items).toHaveLength(8);
    const { status } = res.json;
    expect(status.required).toBe(60);
    const hours = Object.fromEntries(
      status.officers.map((o: { name: string; hours: number }) => [o.name, o.hours]),
    );
    expect(hours).toEqual({ 孙执法: 64, 周执法: 64, 林执法: 48 });
    expect(status.below).toBe(1);
  });
});
