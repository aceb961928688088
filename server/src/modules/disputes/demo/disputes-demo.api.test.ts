import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../../test/test-env.js';

/** The 2024 report's dispute figures, counted from the records the demo drove through the services. */
describe.skipIf(pgMissing())('disputes demo', () => {
  let s: TestServer;
  let mediator: TestClient;

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full' });
    mediator = await s.as('mediator');
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  it('reproduces 40 %, 100 % on time, 708 agreements and 56 of 134 诉前调解 (41.8 %) for 2024', async () => {
    const res = await mediator.get('/api/v1/disputes/stats?year=2024');
    expect(res.status).toBe(200);
    const ind = Object.fromEntries(res.json.indicators.map((i: { key: string }) => [i.key, i]));
    expect(ind.townShare).toMatchObject({ numerator: 100, denominator: 250, percent: 40 });
    expect(ind.onTime.percent).toBe(100);
    expect(ind.onTime.numerator).toBe(ind.onTime.denominator);
    expect(ind.closure.percent).toBe(100);
    expect(ind.agreements).toMatchObject({ numerator: 708, denominator: null });
    expect(ind.precourtSuccess).toMatchObject({ numerator: 56, denominator: 134, percent: 41.8 });
    for (const i of res.json.indicators) expect(i.definition.length).toBeGreaterThan(10);
    // Every source is fed every month from January to October.
    for (const src of res.json.sources)
      expect(
        src.byMonth.slice(0, 10).every((n: number) => n > 0),
        `${src.label} ${src.byMonth.join(',')}`,
      ).toBe(true);
  });

  it('has open disputes today: a court referral in mediation with its clock and a session', async () => {
    const open = await mediator.get('/api/v1/disputes?status=mediating');
    expect(open.json.total).toBe(1);
    const d = (await mediator.get(`/api/v1/disputes/${open.json.items[0].id}`)).json;
    expect(d.channel).toBe('court');
    expect(d.clocks[0]).toMatchObject({ purpose: '诉前调解期限', state: 'running' });
    expect(d.sessions).toHaveLength(1);
    expect(d.abilities).toEqual(expect.arrayContaining(['session', 'agree', 'fail']));
    expect((await mediator.get('/api/v1/disputes?status=registered')).json.total).toBe(1);
  });
});
