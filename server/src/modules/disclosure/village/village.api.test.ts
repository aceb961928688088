import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/passwords.js';
import { insertUser, setRoles } from '../../users/user.repository.js';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

/** 三务公开: the supervisory committee's review, the 群治分 channel, the board, scope, public pages. */
describe.skipIf(pgMissing())('village affairs publication', () => {
  let s: TestServer;
  let clerk: TestClient;
  let cadre: TestClient;
  let jiandu: TestClient;
  let other: TestClient;
  const v: Record<string, string> = {};
  const users: Record<string, string> = {};

  const travel = async (iso: string) => {
    s.time.set(iso);
    [clerk, cadre, jiandu, other] = await Promise.all([
      s.as('clerk'),
      s.as('cadre'),
      s.as('sljjd'),
      s.as('wfcadre'),
    ]);
  };
  const item = (over: Record<string, unknown> = {}) => ({
    category: 'finance',
    matterKind: 'regular',
    subject: 'finances',
    period: '2024-Q1',
    title: '上林湖村2024年第一季度财务收支公开',
    body: '收入合计 86.4 万元，支出合计 71.2 万元。',
    ...over,
  });
  const publish = async (body: Record<string, unknown>) => {
    const created = await cadre.post('/api/v1/village-affairs/items', body);
    expect(created.status).toBe(201);
    expect(
      (await cadre.post(`/api/v1/village-affairs/items/${created.json.id}/submit`)).status,
    ).toBe(200);
    const res = await jiandu.post(`/api/v1/village-affairs/items/${created.json.id}/approve`, {
      opinion: '经审查，账目清楚',
    });
    expect(res.status).toBe(200);
    return res.json;
  };
  const audits = (action: string, targetId?: string) => {
    let q = s.deps.db.kysely.selectFrom('auditEvents').selectAll().where('action', '=', action);
    if (targetId) q = q.where('targetId', '=', targetId);
    return q.execute();
  };

  beforeAll(async () => {
    s = await startTestServer();
    const q = s.deps.db.kysely;
    for (const code of ['330282109202', '330282109203'])
      v[code] = (
        await q.selectFrom('orgs').select('id').where('code', '=', code).executeTakeFirstOrThrow()
      ).id;
    const hash = await hashPassword('Demo@2024');
    for (const [username, name, code] of [
      ['sljjd', '上林湖村监委会主任', '330282109202'],
      ['wfcadre', '五丰村干部', '330282109203'],
    ] as const) {
      const u = await insertUser(q, {
        orgId: v[code]!,
        username,
        displayName: name,
        passwordHash: hash,
        mustChangePassword: false,
        now: new Date(),
      });
      await setRoles(q, u.id, ['village_cadre'], null, new Date());
      users[username] = u.id;
    }
    await travel('2024-04-01T02:00:00Z');
  });
  afterAll(() => s?.close());

  it('needs a registered supervisory committee before anything can be submitted', async () => {
    const { json } = await cadre.post('/api/v1/village-affairs/items', item());
    const res = await cadre.post(`/api/v1/village-affairs/items/${json.id}/submit`);
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('NO_SUPERVISORS');
    expect(
      (
        await cadre.post(`/api/v1/village-affairs/villages/${v['330282109202']}/supervisors`, {
          userId: users.sljjd,
          role: 'chair',
          electedOn: '2023-03-01',
        })
      ).status,
    ).toBe(403);
    const added = await clerk.post(
      `/api/v1/village-affairs/villages/${v['330282109202']}/supervisors`,
      { userId: users.sljjd, role: 'chair', electedOn: '2023-03-01' },
    );
    expect(added.status).toBe(201);
    expect(added.json.members).toMatchObject([
      { displayName: '上林湖村监委会主任', role: 'chair' },
    ]);
    expect(await audits('village_affairs.supervisor.added')).toHaveLength(1);
  });

  it('is reviewed by a committee member other than the author and published through 群治分', async () => {
    await travel('2024-04-08T02:00:00Z');
    const { json } = await cadre.post('/api/v1/village-affairs/items', item());
    await cadre.post(`/api/v1/village-affairs/items/${json.id}/submit`);
    const inbox = await jiandu.get('/api/v1/inbox');
    expect(inbox.json.items.map((t: { subjectId: string }) => t.subjectId)).toContain(json.id);
    const self = await cadre.post(`/api/v1/village-affairs/items/${json.id}/approve`, {});
    expect(self.status).toBe(422);
    expect(self.json.error.code).toBe('NOT_SUPERVISOR');
    const ok = await jiandu.post(`/api/v1/village-affairs/items/${json.id}/approve`, {
      opinion: '账目清楚',
    });
    expect(ok.json).toMatchObject({
      status: 'published',
      publishedOn: '2024-04-08',
      reviewedBy: '上林湖村监委会主任',
      channelRef: expect.stringMatching(/^QZF-20240408-/),
    });
    const post = await s.deps.db.kysely
      .selectFrom('villageChannelPosts')
      .selectAll()
      .where('itemId', '=', json.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(post.payload)).toMatchObject({
      villageName: '上林湖村',
      category: '财务',
      period: '2024-Q1',
    });
    const [ev] = await audits('village_affairs.item.published', json.id);
    expect(ev).toMatchObject({ actorName: 'sljjd' });
    expect(JSON.parse(ev!.meta!)).toMatchObject({
      channel: 'qunzhifen',
      externalRef: ok.json.channelRef,
    });
  });

  it('does not let a committee member draft, nor a member of another village see or act', async () => {
    const draft = await jiandu.post('/api/v1/village-affairs/items', item());
    expect(draft.status).toBe(422);
    expect(draft.json.error.message).toContain('第三十条');
    const { json } = await cadre.post(
      '/api/v1/village-affairs/items',
      item({ period: '2024-Q2', title: '范围测试' }),
    );
    expect((await other.get(`/api/v1/village-affairs/items/${json.id}`)).status).toBe(404);
    expect((await other.post(`/api/v1/village-affairs/items/${json.id}/submit`)).status).toBe(404);
    expect(
      (await other.post('/api/v1/village-affairs/items', item({ orgId: v['330282109202'] })))
        .status,
    ).toBe(404);
    expect(
      (await other.get('/api/v1/village-affairs/items')).json.items.map(
        (i: { id: string }) => i.id,
      ),
    ).not.toContain(json.id);
    expect((await cadre.get('/api/v1/village-affairs/board')).status).toBe(403);
  });

  it('gives a village cadre the town’s rules with only their own village, which the drafting form offers', async () => {
    const mine = await cadre.get('/api/v1/village-affairs/rules');
    expect(mine.status, JSON.stringify(mine.json)).toBe(200);
    expect(mine.json.villages.map((x: { id: string }) => x.id)).toEqual([v['330282109202']]);
    expect(
      (await other.get(`/api/v1/village-affairs/rules?orgId=${v['330282109202']}`)).status,
    ).toBe(404);
    expect((await clerk.get('/api/v1/village-affairs/rules')).json.villages.length).toBeGreaterThan(
      1,
    );
  });

  it('checks the law’s shape of an item with Chinese messages', async () => {
    const wrong = await cadre.post('/api/v1/village-affairs/items', item({ category: 'party' }));
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.message).toContain('属于财务');
    const noPeriod = await cadre.post('/api/v1/village-affairs/items', item({ period: undefined }));
    expect(noPeriod.json.error.message).toContain('所属期间');
    const badPeriod = await cadre.post(
      '/api/v1/village-affairs/items',
      item({ period: '2024-13' }),
    );
    expect(badPeriod.status).toBe(400);
  });

  it('shows on the board which village is overdue for which category, by the frequency each village must keep', async () => {
    await travel('2024-07-15T02:00:00Z');
    await publish(item({ period: '2024-Q2', title: '上林湖村2024年第二季度财务收支公开' }));
    await publish(
      item({
        category: 'village',
        subject: 'meeting_decisions',
        period: '2024-Q2',
        title: '村民代表会议决定事项公开',
      }),
    );
    await travel('2024-11-20T02:00:00Z');
    const board = await clerk.get('/api/v1/village-affairs/board?year=2024');
    expect(board.status).toBe(200);
    expect(board.json.villages).toHaveLength(9);
    const sl = board.json.villages.find((x: { name: string }) => x.name === '上林湖村');
    const finance = sl.categories.find((c: { category: string }) => c.category === 'finance');
    expect(finance.periods.map((p: { status: string }) => p.status)).toEqual([
      'on_time',
      'late',
      'missing',
      'open',
    ]);
    expect(finance).toMatchObject({
      frequency: 'quarterly',
      missing: ['2024-Q3'],
      overdue: true,
      lastPublishedOn: '2024-07-15',
    });
    const wf = board.json.villages.find((x: { name: string }) => x.name === '五丰村');
    expect(wf.categories.every((c: { missing: string[] }) => c.missing.length === 3)).toBe(true);
    expect(board.json.summary).toMatchObject({ villages: 9, overdueVillages: 9 });

    expect(
      (
        await clerk.put(`/api/v1/village-affairs/villages/${v['330282109202']}/frequency`, {
          category: 'finance',
          frequency: 'monthly',
        })
      ).status,
    ).toBe(200);
    const monthly = (await clerk.get('/api/v1/village-affairs/board?year=2024')).json.villages
      .find((x: { name: string }) => x.name === '上林湖村')
      .categories.find((c: { category: string }) => c.category === 'finance');
    expect(monthly.periods).toHaveLength(12);
    expect(monthly.frequencyLabel).toBe('每月公布一次');
    const [ev] = await audits('village_affairs.frequency.updated');
    expect(JSON.parse(ev!.changes!)).toEqual({
      frequency: { before: 'quarterly', after: 'monthly' },
    });
    expect(
      (
        await clerk.put(`/api/v1/village-affairs/villages/${v['330282109202']}/frequency`, {
          category: 'finance',
          frequency: 'yearly',
        })
      ).status,
    ).toBe(400);
  });

  it('flags a major matter not published within the town’s allowance (随时公布)', async () => {
    await cadre.post(
      '/api/v1/village-affairs/items',
      item({
        category: 'village',
        matterKind: 'major',
        subject: 'meeting_decisions',
        occurredOn: '2024-11-11',
        period: undefined,
        title: '村集体经营性用地出租方案',
      }),
    );
    const sl = (await clerk.get('/api/v1/village-affairs/board?year=2024')).json.villages.find(
      (x: { name: string }) => x.name === '上林湖村',
    );
    expect(sl.categories.find((c: { category: string }) => c.category === 'village').major).toEqual(
      { total: 1, late: 0, overdue: 1 },
    );
  });

  it('lets villagers read published items only, without an account', async () => {
    const anon = s.client();
    const villages = await anon.get('/api/v1/public/village-affairs/villages');
    expect(villages.json.villages).toHaveLength(9);
    expect(
      villages.json.villages.find((x: { name: string }) => x.name === '上林湖村').lastPublished
        .finance,
    ).toBe('2024-07-15');
    const list = await anon.get(
      `/api/v1/public/village-affairs/villages/${v['330282109202']}/items?category=finance`,
    );
    expect(list.json.items.map((i: { title: string }) => i.title)).toEqual([
      '上林湖村2024年第二季度财务收支公开',
      '上林湖村2024年第一季度财务收支公开',
    ]);
    const detail = await anon.get(`/api/v1/public/village-affairs/items/${list.json.items[0].id}`);
    expect(detail.json).toMatchObject({ village: { name: '上林湖村' }, categoryLabel: '财务' });
    const { json } = await cadre.post(
      '/api/v1/village-affairs/items',
      item({ period: '2024-Q4', title: '未公开草稿' }),
    );
    expect((await anon.get(`/api/v1/public/village-affairs/items/${json.id}`)).status).toBe(404);
  });

  it('exports the village ledger as XLSX', async () => {
    const res = await clerk.get(
      `/api/v1/village-affairs/items?format=xlsx&orgId=${v['330282109202']}`,
    );
    expect(res.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual(
      expect.arrayContaining(['村（社区）', '类别', '公开事项', '期间', '群治分编号']),
    );
    expect(ws.getColumn(7).values).toContain('上林湖村2024年第一季度财务收支公开');
  });
});
