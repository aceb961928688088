import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../../test/test-env.js';
import { RECORDED_TABLE4 } from '../litigation.public.js';

/** The 2024 report's figures (行政诉讼发案量 0, 复议纠错 0) and 表四, counted from the demo's register. */
describe.skipIf(pgMissing())('litigation demo', () => {
  let s: TestServer;
  let clerk: TestClient;

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full', now: '2025-02-10T02:00:00Z' });
    clerk = await s.as('clerk');
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  it('reproduces 0 suits and 0 corrections to 30 November 2024, every case discussed and evaluated', async () => {
    const res = await clerk.get('/api/v1/litigation/stats?year=2024&asOf=2024-11-30');
    expect(res.status).toBe(200);
    expect(res.json.filed).toMatchObject({ lawsuits: 0, reconsiderations: 2 });
    expect(res.json.corrections.count).toBe(0);
    expect(res.json.correctionRate).toMatchObject({ numerator: 0, denominator: 2, rate: 0 });
    expect(res.json.lossRate).toMatchObject({ numerator: 0, denominator: 0, rate: null });
    expect(res.json.asOf).toBe('2024-11-30');
    const closed = await clerk.get('/api/v1/litigation/cases?year=2024&status=closed');
    expect(closed.json.total).toBe(2);
    for (const c of closed.json.items) {
      expect(c.consultedOn <= c.answeredOn).toBe(true);
      expect(c.rectificationResult).toBeTruthy();
    }
  });

  it('computes 表四 from the disclosure-related review, equal to the figures shown so far', async () => {
    const report = await clerk.get('/api/v1/disclosure/annual-reports/2024');
    expect(report.status).toBe(200);
    expect(report.json.sectionFour.review).toEqual({
      upheld: 1,
      corrected: 0,
      other: 0,
      pending: 0,
      total: 1,
    });
    expect(report.json.sectionFour.direct.total).toBe(0);
    expect(report.json.sectionFour.after.total).toBe(0);
    expect(report.json.sectionFourSource).toBe(RECORDED_TABLE4);
  });

  it('has a lawsuit open today awaiting its 答辩, and the county reads the town’s indicators', async () => {
    const open = await clerk.get('/api/v1/litigation/cases?kind=litigation&status=consulted');
    expect(open.json.total).toBe(1);
    expect(open.json.items[0]).toMatchObject({ appearanceMandatory: true });
    expect(open.json.items[0].answerClock.state).toBe('running');
    const county = await s.as('county');
    const town = await s.deps.db.kysely
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', '330282109000')
      .executeTakeFirstOrThrow();
    const stats = await county.get(`/api/v1/litigation/stats?year=2024&orgId=${town.id}`);
    expect(stats.status).toBe(200);
    expect(stats.json.filed.reconsiderations).toBe(2);
  });
});
