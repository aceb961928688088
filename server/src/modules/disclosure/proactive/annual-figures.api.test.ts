import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import { proactiveTableFigures } from './annual-figures.js';

/** 表二 of the annual report: block (一) counted from the catalogue, the others from entered statistics. */
describe.skipIf(pgMissing())('proactive figures for the annual report (表二)', () => {
  let s: TestServer;
  let clerk: TestClient;
  let reviewer: TestClient;
  let townId: string;

  const normative = async (title: string, issuedOn: string, createdOn = '2024-11-18') => {
    const { json } = await clerk.post('/api/v1/disclosure/items', {
      category: 'regulations',
      normativeKind: 'normative_document',
      issuedOn,
      title,
      summary: title,
      createdOn,
    });
    await clerk.post(`/api/v1/disclosure/items/${json.id}/submit`);
    await reviewer.post(`/api/v1/disclosure/items/${json.id}/approve`, {});
    return json.id as string;
  };

  beforeAll(async () => {
    s = await startTestServer();
    clerk = await s.as('clerk');
    reviewer = await s.as('reviewer');
    townId = (
      await s.deps.db.kysely
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => s?.close());

  it('counts 行政规范性文件 issued, abolished and in force at the end of the year', async () => {
    const old = await normative('2022年制发的办法', '2022-04-01');
    await normative('2024年制发的办法一', '2024-03-15');
    await normative('2024年制发的办法二', '2024-06-20');
    const { json: draft } = await clerk.post('/api/v1/disclosure/items', {
      category: 'regulations',
      normativeKind: 'normative_document',
      issuedOn: '2024-10-10',
      title: '未公开的草稿不计',
      summary: 'x',
      createdOn: '2024-11-18',
    });
    expect(draft.status).toBe('draft');
    const abolished = await clerk.post(`/api/v1/disclosure/items/${old}/abolish`, {
      abolishedOn: '2024-09-30',
    });
    expect(abolished.json.abolishedOn).toBe('2024-09-30');
    expect(
      (await clerk.post(`/api/v1/disclosure/items/${old}/abolish`, { abolishedOn: '2021-01-01' }))
        .status,
    ).toBe(400);
    const f = await proactiveTableFigures(s.deps.db.kysely, townId, 2024);
    expect(f.article20Item1.normativeDocuments).toEqual({ issued: 2, abolished: 1, inForce: 2 });
    expect(
      (await proactiveTableFigures(s.deps.db.kysely, townId, 2023)).article20Item1
        .normativeDocuments,
    ).toEqual({ issued: 0, abolished: 0, inForce: 1 });
    expect(f.article20Item1.rules).toEqual({ issued: 0, abolished: 0, inForce: 0 });
    const pub = await s.client().get(`/api/v1/public/disclosure/items/${old}`);
    expect(pub.json.abolishedOn).toBe('2024-09-30');
  });

  it('takes licensing, penalty, coercion and fee figures from statistics entered with their source', async () => {
    const body = {
      licensingDecisions: 12,
      licensingSource: '审批台账',
      penaltyDecisions: 5,
      penaltySource: '执法台账',
      coercionDecisions: 1,
      coercionSource: '执法台账',
      feesFen: 46_050_000,
      feesSource: '财政所',
    };
    expect((await reviewer.put('/api/v1/disclosure/annual-stats/2024', body)).status).toBe(403);
    const bad = await clerk.put('/api/v1/disclosure/annual-stats/2024', {
      ...body,
      penaltyDecisions: -1,
      feesSource: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('不能为负数');
    const res = await clerk.put('/api/v1/disclosure/annual-stats/2024', body);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      article20Item5: { licensingDecisions: 12 },
      article20Item6: { penaltyDecisions: 5, coercionDecisions: 1 },
      article20Item8: { feesWan: 46.05, feesFen: 46_050_000 },
      sources: { fees: '财政所' },
    });
    await clerk.put('/api/v1/disclosure/annual-stats/2024', { ...body, penaltyDecisions: 6 });
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('changes')
      .where('action', '=', 'disclosure.annual_stats.saved')
      .orderBy('seq')
      .execute();
    expect(JSON.parse(events[1]!.changes!)).toEqual({ penaltyDecisions: { before: 5, after: 6 } });
    expect(
      (await reviewer.get('/api/v1/disclosure/proactive-figures/2024')).json.article20Item6
        .penaltyDecisions,
    ).toBe(6);
    expect(
      (await (await s.as('cadre')).get('/api/v1/disclosure/proactive-figures/2024')).status,
    ).toBe(403);
  });
});
