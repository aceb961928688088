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

  it('withdraws a published piece from the portal on the kernel, with its reason and audit', async () => {
    const county = await s.as('county');
    const made = await clerk.post('/api/v1/pufa/contents', { ...piece, title: '旧版电动车规定' });
    const id = made.json.id as string;
    const draft = await clerk.get(`/api/v1/pufa/contents/${id}`);
    expect(draft.json).toMatchObject({ state: 'draft', abilities: ['publish'], blocked: [] });
    expect(
      (await clerk.post(`/api/v1/pufa/contents/${id}/withdraw`, { reason: '过时' })).json.error
        .code,
    ).toBe('INVALID_STATE');
    await clerk.post(`/api/v1/pufa/contents/${id}/publish`, { publishedOn: '2024-11-20' });
    expect((await anon.get(`/api/v1/public/pufa/contents/${id}`)).status).toBe(200);
    const blank = await clerk.post(`/api/v1/pufa/contents/${id}/withdraw`, { reason: ' ' });
    expect(blank.status).toBe(400);
    const above = await county.post(`/api/v1/pufa/contents/${id}/withdraw`, { reason: '过时' });
    expect(above.status).toBe(403);
    const seen = await county.get(`/api/v1/pufa/contents/${id}`);
    expect(seen.json).toMatchObject({ state: 'published', abilities: [], blocked: [] });
    const gone = await clerk.post(`/api/v1/pufa/contents/${id}/withdraw`, {
      reason: '地方性法规已修订',
    });
    expect(gone.status, JSON.stringify(gone.json)).toBe(200);
    expect(gone.json).toMatchObject({
      state: 'withdrawn',
      withdrawnOn: '2024-11-20',
      withdrawalReason: '地方性法规已修订',
      publishedOn: '2024-11-20',
      abilities: [],
    });
    expect((await anon.get(`/api/v1/public/pufa/contents/${id}`)).status).toBe(404);
    const listed = (await anon.get('/api/v1/public/pufa/contents')).json.items;
    expect(listed.map((c: { id: string }) => c.id)).not.toContain(id);
    const again = await clerk.post(`/api/v1/pufa/contents/${id}/publish`, {
      publishedOn: '2024-11-21',
    });
    expect(again.json.error.code).toBe('INVALID_STATE');
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'pufa.content.created',
      'pufa.content.published',
      'pufa.content.withdrawn',
    ]);
    expect(
      (await clerk.get('/api/v1/pufa/contents/0190a7e4-0000-7000-8000-000000000000')).status,
    ).toBe(404);
  });

  it('will not publish a video without its address (宁波条例第二十九条)', async () => {
    const video = await clerk.post('/api/v1/pufa/contents', {
      ...piece,
      kind: 'video',
      title: '无地址视频',
    });
    const detail = await clerk.get(`/api/v1/pufa/contents/${video.json.id}`);
    expect(detail.json.abilities).toEqual([]);
    expect(detail.json.blocked).toEqual([
      expect.objectContaining({ action: 'publish', code: 'MEDIA_REQUIRED' }),
    ]);
    const res = await clerk.post(`/api/v1/pufa/contents/${video.json.id}/publish`, {
      publishedOn: '2024-11-20',
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('MEDIA_REQUIRED');
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
