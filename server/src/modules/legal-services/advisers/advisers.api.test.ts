import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

/** 一村一法律顾问 and 司法协助: the published adviser, the adviser's log, free-form assistance records. */
describe.skipIf(pgMissing())('village advisers and judicial assistance', () => {
  let s: TestServer;
  let window: TestClient;
  let cadre: TestClient;
  let villages: { id: string; code: string }[];

  beforeAll(async () => {
    s = await startTestServer();
    s.time.set('2025-03-05T02:00:00Z');
    [window, cadre] = [await s.as('window'), await s.as('cadre')];
    villages = await s.deps.db.kysely
      .selectFrom('orgs')
      .select(['id', 'code'])
      .where('code', 'in', ['330282109202', '330282109203'])
      .orderBy('code')
      .execute();
  });
  afterAll(() => s?.close());

  const appoint = (villageId: string, name: string, since: string) =>
    window.post('/api/v1/legal-services/advisers', {
      villageId,
      name,
      firm: '浙江上林律师事务所',
      phone: '0574-63211234',
      hours: '每周三上午 9:00–11:30',
      place: '村便民服务中心',
      since,
    });

  it('publishes each village current adviser and ends the previous one', async () => {
    const [mine, other] = villages;
    expect((await appoint(mine!.id, '沈明', '2025-01-02')).status).toBe(201);
    const next = await appoint(mine!.id, '韩晓', '2025-03-01');
    expect(next.status).toBe(201);
    expect((await appoint(other!.id, '陆文', '2025-01-02')).status).toBe(201);
    const town = s.deps.db.kysely
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', '330282109000');
    expect(
      (
        await window.post('/api/v1/legal-services/advisers', {
          villageId: (await town.executeTakeFirstOrThrow()).id,
          name: '某律师',
          firm: '某所',
          phone: '0574-63211234',
          hours: '每周三',
          place: '镇政府',
          since: '2025-01-02',
        })
      ).json.error.message,
    ).toContain('按村（社区）聘任');
    const portal = (await s.client().get('/api/v1/public/legal-services/advisers')).json;
    expect(portal.items.map((a: { name: string }) => a.name)).toEqual(['韩晓', '陆文']);
    expect(portal.items[0]).toMatchObject({
      phone: '0574-63211234',
      hours: '每周三上午 9:00–11:30',
    });
    expect(portal.basis).toBe('《宁波市法治乡村建设促进条例》第二十三条');
  });

  it('lets the village cadre log its own adviser’s service and no other village’s', async () => {
    const list = (await cadre.get('/api/v1/legal-services/advisers')).json.items;
    expect(list).toHaveLength(1);
    const own = list[0];
    const early = await cadre.post(`/api/v1/legal-services/advisers/${own.id}/logs`, {
      kind: 'meeting',
      onDate: '2025-02-20',
      subject: '村民代表会议',
      summary: '列席并提出意见',
    });
    expect(early.status).toBe(400);
    const logged = await cadre.post(`/api/v1/legal-services/advisers/${own.id}/logs`, {
      kind: 'meeting',
      onDate: '2025-03-04',
      subject: '村民代表会议（宅基地分配方案）',
      summary: '列席会议，就表决程序提出意见',
    });
    expect(logged.status).toBe(201);
    const all = (await window.get('/api/v1/legal-services/advisers')).json.items;
    const other = all.find((a: { name: string }) => a.name === '陆文');
    expect(
      (
        await cadre.post(`/api/v1/legal-services/advisers/${other.id}/logs`, {
          kind: 'opinion',
          onDate: '2025-03-04',
          subject: '合同',
          summary: '意见',
        })
      ).status,
    ).toBe(404);
    expect(all.find((a: { name: string }) => a.name === '韩晓').logs).toEqual({ meeting: 1 });
  });

  it('records one yearly evaluation per adviser and year, read-only above the town and for villages', async () => {
    const county = await s.as('county');
    const all = (await window.get('/api/v1/legal-services/advisers')).json.items;
    const mine = all.find((a: { name: string }) => a.name === '韩晓');
    const other = all.find((a: { name: string }) => a.name === '陆文');
    const review = {
      year: 2025,
      score: 92,
      grade: 'excellent',
      evaluator: '镇司法所',
      comments: '按时驻村接待，列席村级会议并出具意见',
      evaluatedOn: '2025-03-04',
    };
    const url = (id: string) => `/api/v1/legal-services/advisers/${id}/evaluations`;
    expect((await window.post(url(mine.id), { ...review, year: 2024 })).status).toBe(400);
    const future = await window.post(url(mine.id), { ...review, evaluatedOn: '2025-03-06' });
    expect(future.json.error.details).toMatchObject({ field: 'evaluatedOn' });
    expect((await window.post(url(mine.id), { ...review, score: 101 })).status).toBe(400);
    expect((await window.post(url(mine.id), { ...review, grade: 'good' })).status).toBe(400);
    expect((await county.post(url(mine.id), review)).status).toBe(403);
    expect((await cadre.post(url(mine.id), review)).status).toBe(403);
    const made = await window.post(url(mine.id), review);
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    expect(made.json).toMatchObject({ year: 2025, score: 92, gradeLabel: '优秀' });
    const twice = await Promise.all([
      window.post(url(mine.id), { ...review, grade: 'competent', score: 80 }),
      window.post(url(mine.id), review),
    ]);
    expect(twice.map((r) => r.status)).toEqual([409, 409]);
    expect(twice[0]!.json.error.code).toBe('EVALUATION_EXISTS');
    const racing = await Promise.all(
      [...Array(3)].map(() =>
        window.post(url(other.id), { ...review, grade: 'competent', score: 78 }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const seen = await county.get(url(mine.id));
    expect(seen.json.items).toEqual([expect.objectContaining({ year: 2025, grade: 'excellent' })]);
    expect(seen.json.basis).toContain('第二十三条');
    expect((await cadre.get(url(mine.id))).json.items).toHaveLength(1);
    expect((await cadre.get(url(other.id))).status).toBe(404);
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', mine.id)
      .where('action', '=', 'legal_services.adviser.evaluated')
      .execute();
    expect(events).toHaveLength(1);
    const stats = (await window.get('/api/v1/legal-services/stats?year=2025')).json;
    expect(stats.adviserEvaluations).toEqual({
      evaluated: 2,
      byGrade: { excellent: 1, competent: 1, basically_competent: 0, incompetent: 0 },
    });
  });

  it('records 司法协助 of any subtype, done no earlier than received', async () => {
    const bad = await window.post('/api/v1/legal-services/assistance', {
      subtype: '协助送达',
      requester: '慈溪市人民法院',
      receivedOn: '2025-03-03',
      doneOn: '2025-03-01',
      handlerName: '郑窗口',
      summary: '送达判决书',
    });
    expect(bad.status).toBe(400);
    const free = await window.post('/api/v1/legal-services/assistance', {
      subtype: '协助查找当事人',
      requester: '慈溪市人民检察院',
      receivedOn: '2025-03-03',
      handlerName: '郑窗口',
      summary: '协助查找证人下落',
    });
    expect(free.status).toBe(201);
    const list = (await window.get('/api/v1/legal-services/assistance?year=2025')).json;
    expect(list.total).toBe(1);
    expect(list.subtypes).toContain('社区矫正调查评估');
    const stats = (await window.get('/api/v1/legal-services/stats?year=2025')).json;
    expect(stats.judicialAssistance).toBe(1);
  });
});
