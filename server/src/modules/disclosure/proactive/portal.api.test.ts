import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

/** The public portal: no sign-in, published entries only, Chinese search, the guide and attachments. */
describe.skipIf(pgMissing())('disclosure portal (no login)', () => {
  let s: TestServer;
  let clerk: TestClient;
  let reviewer: TestClient;
  let anon: TestClient;
  const ids: Record<string, string> = {};

  const create = async (title: string, over: Record<string, unknown> = {}) =>
    (
      await clerk.post('/api/v1/disclosure/items', {
        category: 'social_assistance',
        title,
        summary: `${title}的内容概述`,
        body: `${title}。正文内容。`,
        createdOn: '2024-11-18',
        ...over,
      })
    ).json.id as string;
  const publish = async (id: string) => {
    await clerk.post(`/api/v1/disclosure/items/${id}/submit`);
    expect((await reviewer.post(`/api/v1/disclosure/items/${id}/approve`, {})).json.status).toBe(
      'published',
    );
  };
  const listed = async (query = '') =>
    (
      (await anon.get(`/api/v1/public/disclosure/items${query}`)).json.items as { id: string }[]
    ).map((i) => i.id);

  beforeAll(async () => {
    s = await startTestServer();
    clerk = await s.as('clerk');
    reviewer = await s.as('reviewer');
    anon = s.client();
    ids.published = await create('桥头镇2024年度城乡居民最低生活保障标准调整公告', {
      body: '自2024年7月1日起，城乡居民最低生活保障标准调整为每人每月1236元。上林湖村、五丰村等各村按新标准发放。',
    });
    await publish(ids.published);
    ids.draft = await create('低保标准草稿（不应公开）');
    ids.review = await create('低保审核中（不应公开）');
    await clerk.post(`/api/v1/disclosure/items/${ids.review}/submit`);
    ids.withheld = await create('低保对象个人信息（不予公开）');
    await clerk.post(`/api/v1/disclosure/items/${ids.withheld}/submit`);
    await reviewer.post(`/api/v1/disclosure/items/${ids.withheld}/withhold`, {
      ground: 'third_party',
      reason: '涉及个人隐私',
    });
    ids.withdrawn = await create('已撤回的低保公告');
    await publish(ids.withdrawn);
    await reviewer.post(`/api/v1/disclosure/items/${ids.withdrawn}/withdraw`, {
      reason: '内容有误',
    });
    ids.interpretation = await create('图解：2024年最低生活保障标准调整政策解读', {
      kind: 'interpretation',
      explainsId: ids.published,
    });
    await publish(ids.interpretation);
  });
  afterAll(() => s?.close());

  it('lists published entries to anyone and never drafts, entries in review, withheld or withdrawn ones', async () => {
    const all = await anon.get('/api/v1/public/disclosure/items');
    expect(all.status).toBe(200);
    expect(all.json.total).toBe(2);
    expect(all.json.items.map((i: { id: string }) => i.id).sort()).toEqual(
      [ids.published, ids.interpretation].sort(),
    );
    expect(all.json.items[0]).toMatchObject({
      indexNo: expect.stringMatching(/^330282109000\/2024-/),
      categoryLabel: '社会救助',
      createdOn: '2024-11-18',
      publishedOn: '2024-11-20',
    });
    for (const hidden of [ids.draft, ids.review, ids.withheld, ids.withdrawn]) {
      expect((await anon.get(`/api/v1/public/disclosure/items/${hidden}`)).status).toBe(404);
    }
    expect(await listed(`?q=${encodeURIComponent('低保')}`)).not.toEqual(
      expect.arrayContaining([ids.draft]),
    );
  });

  it('finds entries by Chinese words, substrings and place names, within a category', async () => {
    expect(await listed(`?q=${encodeURIComponent('最低生活保障')}`)).toEqual(
      expect.arrayContaining([ids.published, ids.interpretation]),
    );
    expect(await listed(`?q=${encodeURIComponent('上林湖村')}`)).toEqual([ids.published]);
    expect(
      (await listed(`?q=${encodeURIComponent('最低生活保障标准')}&sort=relevance`)).sort(),
    ).toEqual([ids.published, ids.interpretation].sort());
    expect(await listed(`?q=${encodeURIComponent('最低生活保障')}&category=livelihood`)).toEqual(
      [],
    );
    expect(await listed(`?q=${encodeURIComponent('保障标准 调整')}`)).toContain(ids.published);
    expect(await listed(`?q=${encodeURIComponent('林湖')}`)).toEqual([ids.published]);
    expect(await listed(`?q=${encodeURIComponent('宅基地')}`)).toEqual([]);
    expect(await listed(`?category=homestead`)).toEqual([]);
    const cat = await anon.get('/api/v1/public/disclosure/items?category=social_assistance');
    expect(cat.json.total).toBe(2);
    const beyond = await anon.get('/api/v1/public/disclosure/items?page=9');
    expect(beyond.json).toMatchObject({ items: [], total: 2 });
    const hit = await anon.get(
      `/api/v1/public/disclosure/items?q=${encodeURIComponent('个人信息')}`,
    );
    expect(hit.json.total).toBe(0);
  });

  it('shows an item page with its policy explanation and attachments for download', async () => {
    const fd = new FormData();
    fd.append('file', new Blob([Buffer.from('%PDF-1.7\n% 公告扫描件\n%%EOF\n')]), '公告.pdf');
    const id = await create('附件测试公告');
    const file = await clerk.post('/api/v1/files', fd);
    expect(
      (await clerk.post(`/api/v1/disclosure/items/${id}/attachments`, { fileId: file.json.id }))
        .json.attachments,
    ).toHaveLength(1);
    expect(
      (await anon.get(`/api/v1/public/disclosure/items/${id}/files/${file.json.id}`)).status,
    ).toBe(404);
    await publish(id);
    const page = await anon.get(`/api/v1/public/disclosure/items/${id}`);
    expect(page.json.attachments[0]).toMatchObject({ id: file.json.id, name: '公告.pdf' });
    const dl = await anon.get(`/api/v1/public/disclosure/items/${id}/files/${file.json.id}`);
    expect(dl.status).toBe(200);
    expect(dl.body.toString()).toContain('公告扫描件');
    const doc = await anon.get(`/api/v1/public/disclosure/items/${ids.published}`);
    expect(doc.json).toMatchObject({
      categoryArticle: '第二十一条（乡镇）',
      publishModeLabel: '主动公开',
    });
    expect(doc.json.body).toContain('1236元');
    expect(doc.json.interpretations.map((i: { id: string }) => i.id)).toEqual([ids.interpretation]);
    expect(
      (await anon.get(`/api/v1/public/disclosure/items/${ids.interpretation}`)).json.explains.id,
    ).toBe(ids.published);
  });

  it('refuses to publish a policy explanation before the document it explains', async () => {
    const doc = await create('尚未公开的政策文件');
    const expl = await create('其解读', { kind: 'interpretation', explainsId: doc });
    await clerk.post(`/api/v1/disclosure/items/${expl}/submit`);
    const res = await reviewer.post(`/api/v1/disclosure/items/${expl}/approve`, {});
    expect(res.status).toBe(422);
    expect(res.json.error.message).toContain('政策解读');
  });

  it('names who runs the portal for its banner, and whether the records are demo data', async () => {
    const host = await s.client().get('/api/v1/public/portal');
    expect(host.status).toBe(200);
    expect(host.json).toEqual({
      town: { name: '桥头镇', code: '330282109000' },
      county: '慈溪市',
      demo: true,
    });
  });

  it('counts entries per category of arts 20 and 21', async () => {
    const res = await anon.get('/api/v1/public/disclosure/categories');
    expect(res.json.categories).toHaveLength(23);
    expect(
      res.json.categories.find((c: { key: string }) => c.key === 'social_assistance'),
    ).toMatchObject({ article: '第二十一条（乡镇）', count: 3 });
    expect(res.json.categories[0]).toMatchObject({
      key: 'regulations',
      article: '第二十条第（一）项',
      count: 0,
    });
  });

  it('shows the guide staff maintain (art 12), and only staff with the permission may change it', async () => {
    const guide = {
      classification: '按《政府信息公开条例》第二十条、第二十一条分类',
      arrangement: '按类别、生成日期编排',
      accessMethods: '登录本平台查阅；到镇便民服务中心查阅',
      officeName: '桥头镇党建综合办公室',
      address: '慈溪市桥头镇人民政府',
      officeHours: '工作日 8:30—11:30，13:30—17:00',
      phone: '0574-63000000',
      fax: '0574-63000001',
      website: 'https://www.cixi.gov.cn',
      email: 'qtz@example.gov.cn',
    };
    expect((await (await s.as('cadre')).put('/api/v1/disclosure/guide', guide)).status).toBe(403);
    expect((await clerk.put('/api/v1/disclosure/guide', guide)).status).toBe(200);
    const pub = await anon.get('/api/v1/public/disclosure/guide');
    expect(pub.json).toMatchObject({
      ...guide,
      townName: '桥头镇',
      basis: '《政府信息公开条例》第十二条',
    });
    const ev = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['changes', 'actorName'])
      .where('action', '=', 'disclosure.guide.updated')
      .executeTakeFirstOrThrow();
    expect(ev.actorName).toBe('clerk');
    expect(JSON.parse(ev.changes!).officeName).toEqual({
      before: '',
      after: '桥头镇党建综合办公室',
    });
  });

  it('validates public queries in Chinese', async () => {
    const res = await anon.get('/api/v1/public/disclosure/items?pageSize=500');
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain('查询参数有误');
    expect((await anon.get('/api/v1/public/disclosure/items/abc')).status).toBe(400);
  });
});
