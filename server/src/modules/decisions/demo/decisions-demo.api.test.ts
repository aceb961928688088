import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../../test/test-env.js';

/** The 2024 report's figures (制定镇重大行政决策事项1项, 重大行政决策备案审查1个), counted from the demo's records. */
describe.skipIf(pgMissing())('decisions demo', () => {
  let s: TestServer;
  let clerk: TestClient;

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full', now: '2025-02-10T02:00:00Z' });
    clerk = await s.as('clerk');
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  it('counts 1 decision made and 1 filed in 2024 from the records', async () => {
    const res = await clerk.get('/api/v1/decisions/stats?year=2024');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      made: { count: 1 },
      filed: { count: 1 },
      published: { count: 1 },
      catalogue: { entries: 2, publishedOn: '2024-03-13' },
    });
    const list = await clerk.get('/api/v1/decisions?year=2024');
    expect(list.json.items).toHaveLength(1);
    expect(list.json.items[0]).toMatchObject({ status: 'implementing', decidedOn: '2024-05-28' });
  });

  it('shows the published catalogue, its October addition and the decision with its 采纳情况 on the portal', async () => {
    const anon = s.client();
    const cat = await anon.get('/api/v1/public/decisions/catalogues/2024');
    expect(cat.status).toBe(200);
    expect(cat.json.entries).toHaveLength(2);
    expect(cat.json.changes).toMatchObject([{ kindLabel: '新增', changedOn: '2024-10-23' }]);
    const d = cat.json.entries[0].decision;
    expect(d).toMatchObject({ statusLabel: '执行中', publishedOn: '2024-06-03' });
    const list = await anon.get('/api/v1/public/decisions');
    const page = await anon.get(`/api/v1/public/decisions/${list.json.items[0].id}`);
    expect(page.json.comments).toHaveLength(3);
    expect(page.json.decision.adoption).toMatchObject({
      total: 3,
      adopted: 1,
      partly: 1,
      not_adopted: 1,
    });
  });

  it('reads the legality opinion from the linked review item', async () => {
    const list = await clerk.get('/api/v1/decisions?year=2024');
    const detail = await clerk.get(`/api/v1/decisions/${list.json.items[0].id}`);
    expect(detail.json.legality).toMatchObject({
      passed: true,
      opinionIssuedOn: '2024-05-14',
      filedOn: '2024-06-04',
    });
    expect(detail.json.commentClosesOn).toBe('2024-04-23');
  });

  it('records the experts chosen from the pool, their signed opinions and the risk report', async () => {
    const list = await clerk.get('/api/v1/decisions?year=2024');
    const res = await clerk.get(`/api/v1/decisions/${list.json.items[0].id}/procedures`);
    expect(res.status).toBe(200);
    expect(res.json.required).toEqual({ hearing: false, experts: true, risk: true });
    expect(res.json.experts).toHaveLength(3);
    expect(res.json.experts.every((e: { signedOn: string }) => e.signedOn === '2024-04-26')).toBe(
      true,
    );
    const excluded = Object.fromEntries(
      res.json.candidates.map((c: { name: string; conflict: string }) => [c.name, c.conflict]),
    );
    expect(excluded).toEqual({ 沈立军: 'declared', 胡志强: 'same_employer' });
    expect(res.json.riskReport).toMatchObject({ conclusion: 'controllable', grade: 'low' });
  });
});
