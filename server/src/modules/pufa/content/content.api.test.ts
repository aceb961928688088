import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

/** 普法 content: written, published under 桥尚法, read on the portal and counted. */
describe.skipIf(pgMissing())('普法 content', () => {
  let s: TestServer;
  let clerk: TestClient;
  let anon: TestClient;
  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
    clerk = await s.as('window');
    anon = s.client();
  });
  afterAll(() => s?.close());

  const piece = {
    kind: 'article',
    title: '冬季用火用电安全',
    topic: '消防',
    audience: 'public',
    department: '综合行政执法队',
    body: '不私拉乱接电线。',
  };

  it('shows a piece on the portal only once published, and counts each read', async () => {
    const made = await clerk.post('/api/v1/pufa/contents', piece);
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    expect(made.json).toMatchObject({ brand: '桥尚法', publishedOn: null, views: 0 });
    expect((await anon.get(`/api/v1/public/pufa/contents/${made.json.id}`)).status).toBe(404);
    await clerk.post(`/api/v1/pufa/contents/${made.json.id}/publish`, {
      publishedOn: '2024-11-20',
    });
    const again = await clerk.post(`/api/v1/pufa/contents/${made.json.id}/publish`, {
      publishedOn: '2024-11-21',
    });
    expect(again.json.error.code).toBe('INVALID_STATE');
    await Promise.all(
      [...Array(5)].map(() => anon.get(`/api/v1/public/pufa/contents/${made.json.id}`)),
    );
    const list = (await anon.get('/api/v1/public/pufa/contents?audience=public')).json.items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ title: '冬季用火用电安全', views: 5 });
  });

  it('asks a livestream for its day, and records its participants afterwards', async () => {
    const noDay = await clerk.post('/api/v1/pufa/contents', { ...piece, kind: 'livestream' });
    expect(noDay.status).toBe(400);
    const live = await clerk.post('/api/v1/pufa/contents', {
      ...piece,
      kind: 'livestream',
      eventOn: '2024-11-25',
    });
    const res = await clerk.post(`/api/v1/pufa/contents/${live.json.id}/participants`, {
      participants: 320,
    });
    expect(res.json.participants).toBe(320);
  });

  it('keeps 法律明白人 per village of the town only (宁波条例第二十七条)', async () => {
    const q = s.deps.db.kysely;
    const village = await q
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', '330282109202')
      .executeTakeFirstOrThrow();
    const town = await q
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', '330282109000')
      .executeTakeFirstOrThrow();
    const ok = await clerk.post('/api/v1/pufa/village-leaders', {
      villageId: village.id,
      kind: 'legal_understanding',
      name: '钱明白',
      post: '网格员',
    });
    expect(ok.status, JSON.stringify(ok.json)).toBe(201);
    const notVillage = await clerk.post('/api/v1/pufa/village-leaders', {
      villageId: town.id,
      kind: 'legal_understanding',
      name: '某人',
      post: '网格员',
    });
    expect(notVillage.status).toBe(400);
    const roster = (await clerk.get(`/api/v1/pufa/village-leaders?villageId=${village.id}`)).json;
    expect(roster.items).toEqual([
      expect.objectContaining({ name: '钱明白', kindLabel: '乡村法律明白人', village: '上林湖村' }),
    ]);
  });

  it('publishes the 谁执法谁普法 list on the portal', async () => {
    await clerk.post('/api/v1/pufa/duty-list', {
      year: 2024,
      department: '市场监管所',
      laws: ['食品安全法'],
      audience: '餐饮经营者',
      activities: '以案释法',
    });
    const pub = (await anon.get('/api/v1/public/pufa/duty-list?year=2024')).json.items;
    expect(pub).toEqual([
      expect.objectContaining({ department: '市场监管所', laws: ['食品安全法'] }),
    ]);
  });
});
