import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

/** 主动公开: the second-person 保密审查, the art 26 clock, art 18 re-assessment, scope, bad input, export. */
describe.skipIf(pgMissing())('proactive disclosure workflow', () => {
  let s: TestServer;
  let clerk: TestClient;
  let reviewer: TestClient;
  const draft = (over: Record<string, unknown> = {}) => ({
    category: 'land_expropriation',
    title: '桥头镇2024年第三批次城镇建设用地征收土地公告',
    summary: '公告征收范围、面积、补偿标准和安置途径',
    body: '根据《中华人民共和国土地管理法》，现将桥头镇2024年第三批次城镇建设用地征收土地有关事项公告如下。',
    createdOn: '2024-11-15',
    ...over,
  });
  const events = (targetId: string, action: string) =>
    s.deps.db.kysely
      .selectFrom('auditEvents')
      .selectAll()
      .where('targetId', '=', targetId)
      .where('action', '=', action)
      .execute();

  /** Moves the clock and signs in again (sessions end after 30 idle minutes). */
  const travel = async (iso: string) => {
    s.time.set(iso);
    clerk = await s.as('clerk');
    reviewer = await s.as('reviewer');
  };

  beforeAll(async () => {
    s = await startTestServer();
    await travel('2024-11-20T02:00:00Z');
  });
  afterAll(() => s?.close());

  it('drafts an entry with a unique 索引号 and starts the 20-working-day clock of art 26 (skipping National Day)', async () => {
    await travel('2024-09-20T02:00:00Z');
    const res = await clerk.post('/api/v1/disclosure/items', draft({ createdOn: '2024-09-20' }));
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      status: 'draft',
      categoryArticle: '第二十一条（乡镇）',
      publisherName: '桥头镇党建综合办公室',
    });
    expect(res.json.indexNo).toMatch(/^330282109000\/2024-\d{5}$/);
    // 9/23–30 (with the 9/29 make-up Sunday) = 7, 10/8–11 = 11, 10/12 make-up Saturday = 12, 10/14–18 = 17, 10/21–23 = 20.
    expect(res.json.clock).toMatchObject({
      dueDate: '2024-10-23',
      status: 'on_track',
      basis: '《政府信息公开条例》第二十六条',
    });
    const [created] = await events(res.json.id, 'disclosure.item.created');
    expect(created?.actorName).toBe('clerk');
    const inbox = await clerk.get('/api/v1/inbox');
    expect(
      inbox.json.items.find((t: { subjectId: string }) => t.subjectId === res.json.id),
    ).toMatchObject({ kind: 'disclosure.publish_due', dueDate: '2024-10-23' });
    const second = await clerk.post(
      '/api/v1/disclosure/items',
      draft({ createdOn: '2024-09-20', title: '另一条' }),
    );
    expect(second.json.indexNo).not.toBe(res.json.indexNo);
  });

  it('turns the entry red in the list and in 我的待办 once the period has run out', async () => {
    await travel('2024-09-20T02:00:00Z');
    const { json } = await clerk.post(
      '/api/v1/disclosure/items',
      draft({ createdOn: '2024-09-20', title: '逾期未公开的草稿' }),
    );
    await travel('2024-10-24T02:00:00Z');
    const list = await clerk.get('/api/v1/disclosure/items?overdue=1');
    const row = list.json.items.find((i: { id: string }) => i.id === json.id);
    expect(row.clock).toMatchObject({ status: 'overdue', dueDate: '2024-10-23' });
    const inbox = await clerk.get('/api/v1/inbox?status=overdue');
    expect(inbox.json.items.map((t: { subjectId: string }) => t.subjectId)).toContain(json.id);
    await travel('2024-11-20T02:00:00Z');
  });

  it('refuses 保密审查 by the author (422, art 17) and publishes on a second person’s approval', async () => {
    const { json } = await clerk.post('/api/v1/disclosure/items', draft());
    expect((await clerk.post(`/api/v1/disclosure/items/${json.id}/submit`)).json.status).toBe(
      'in_review',
    );
    const self = await clerk.post(`/api/v1/disclosure/items/${json.id}/approve`, {});
    expect(self.status).toBe(422);
    expect(self.json.error).toMatchObject({
      code: 'SAME_PERSON_REVIEW',
      details: { basis: '《政府信息公开条例》第十七条' },
    });
    const mine = (await clerk.get(`/api/v1/disclosure/items/${json.id}`)).json;
    expect(mine.abilities.review).toBe(false);
    expect(mine.blocked.map((b: { action: string; code: string }) => [b.action, b.code])).toEqual([
      ['approve', 'SAME_PERSON_REVIEW'],
      ['return', 'SAME_PERSON_REVIEW'],
      ['withhold', 'SAME_PERSON_REVIEW'],
    ]);
    const selfWithhold = await clerk.post(`/api/v1/disclosure/items/${json.id}/withhold`, {
      ground: 'process_info',
      reason: '过程稿',
    });
    expect(selfWithhold.status).toBe(422);
    const ok = await reviewer.post(`/api/v1/disclosure/items/${json.id}/approve`, {
      opinion: '不涉及国家秘密，同意公开',
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({
      status: 'published',
      publishedOn: '2024-11-20',
      reviewedBy: '李法审',
      reviewOpinion: '不涉及国家秘密，同意公开',
    });
    expect(ok.json.clock).toMatchObject({ status: 'stopped', inTime: true });
    const [ev] = await events(json.id, 'disclosure.item.published');
    expect(ev).toMatchObject({ actorName: 'reviewer', basis: '《政府信息公开条例》第十七条' });
    expect(JSON.parse(ev!.changes!)).toEqual({ state: { before: '待保密审查', after: '已公开' } });
    const again = await reviewer.post(`/api/v1/disclosure/items/${json.id}/approve`, {});
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('INVALID_STATE');
  });

  it('withholds under art 16, schedules the art 18 re-assessment in 我的待办, then releases it on re-assessment', async () => {
    const { json } = await clerk.post(
      '/api/v1/disclosure/items',
      draft({ title: '关于征地补偿标准调整的请示', category: 'land_expropriation' }),
    );
    await clerk.post(`/api/v1/disclosure/items/${json.id}/submit`);
    const w = await reviewer.post(`/api/v1/disclosure/items/${json.id}/withhold`, {
      ground: 'process_info',
      reason: '属于请示报告，尚未形成最终决定',
    });
    expect(w.status).toBe(200);
    expect(w.json).toMatchObject({
      status: 'withheld',
      reassessDue: '2025-11-20',
      withholdBasis: '《政府信息公开条例》第十六条第二款',
    });
    const [ev] = await events(json.id, 'disclosure.item.withheld');
    expect(JSON.parse(ev!.meta!)).toMatchObject({
      ground: 'process_info',
      reassessDue: '2025-11-20',
      reassessBasis: '《政府信息公开条例》第十八条',
    });
    const task = (await clerk.get('/api/v1/inbox')).json.items.find(
      (t: { subjectId: string; kind: string }) =>
        t.subjectId === json.id && t.kind === 'disclosure.reassess_withheld',
    );
    expect(task).toMatchObject({ dueDate: '2025-11-20' });
    expect(
      (await clerk.get('/api/v1/disclosure/items?reassessDue=1')).json.items.map(
        (i: { id: string }) => i.id,
      ),
    ).not.toContain(json.id);

    await travel('2025-11-21T02:00:00Z');
    expect(
      (await clerk.get('/api/v1/disclosure/items?reassessDue=1')).json.items.map(
        (i: { id: string }) => i.id,
      ),
    ).toContain(json.id);
    const keep = await clerk.post(`/api/v1/disclosure/items/${json.id}/reassess`, {
      release: false,
      opinion: '仍属过程性信息',
    });
    expect(keep.json).toMatchObject({
      status: 'withheld',
      reassessDue: '2026-11-21',
      lastReassessedOn: '2025-11-21',
    });
    const release = await clerk.post(`/api/v1/disclosure/items/${json.id}/reassess`, {
      release: true,
      opinion: '补偿标准已正式批准，可以公开',
    });
    expect(release.json.status).toBe('in_review');
    expect(release.json.clock.status).toBe('on_track');
    // The clerk released it, so the clerk cannot also pass its 保密审查.
    expect((await clerk.post(`/api/v1/disclosure/items/${json.id}/approve`, {})).status).toBe(422);
    expect(
      (await reviewer.post(`/api/v1/disclosure/items/${json.id}/approve`, {})).json.status,
    ).toBe('published');
    expect(await events(json.id, 'disclosure.item.reassessed')).toHaveLength(2);
    await travel('2024-11-20T02:00:00Z');
  });

  it('uses the town’s configured re-assessment interval', async () => {
    const head = await s.as('head');
    expect(
      (await head.put('/api/v1/disclosure/proactive-settings', { reassessMonths: 6 })).json
        .reassessMonths,
    ).toBe(6);
    const { json } = await clerk.post(
      '/api/v1/disclosure/items',
      draft({ title: '涉及个人隐私的救助对象名单' }),
    );
    await clerk.post(`/api/v1/disclosure/items/${json.id}/submit`);
    const w = await reviewer.post(`/api/v1/disclosure/items/${json.id}/withhold`, {
      ground: 'third_party',
      reason: '含个人身份信息',
    });
    expect(w.json.reassessDue).toBe('2025-05-20');
    await head.put('/api/v1/disclosure/proactive-settings', { reassessMonths: 12 });
  });

  it('keeps entries within scope: no permission 403, another town 404', async () => {
    const cadre = await s.as('cadre');
    expect((await cadre.get('/api/v1/disclosure/items')).status).toBe(403);
    const { json } = await clerk.post('/api/v1/disclosure/items', draft({ title: '范围测试' }));
    const { insertUser, setRoles } = await import('../../users/user.repository.js');
    const { hashPassword } = await import('../../auth/passwords.js');
    const other = await s.deps.db.kysely
      .selectFrom('orgs')
      .select('id')
      .where('kind', '=', 'town')
      .where('code', '!=', '330282109000')
      .executeTakeFirstOrThrow();
    const u = await insertUser(s.deps.db.kysely, {
      orgId: other.id,
      username: 'otherclerk',
      displayName: '外镇经办',
      passwordHash: await hashPassword('Demo@2024'),
      mustChangePassword: false,
      now: new Date(),
    });
    await setRoles(s.deps.db.kysely, u.id, ['office_clerk'], null, new Date());
    const outsider = await s.as('otherclerk');
    expect((await outsider.get(`/api/v1/disclosure/items/${json.id}`)).status).toBe(404);
    expect((await outsider.post(`/api/v1/disclosure/items/${json.id}/submit`)).status).toBe(404);
    expect(
      (await outsider.get('/api/v1/disclosure/items')).json.items.map((i: { id: string }) => i.id),
    ).not.toContain(json.id);
    const county = await s.as('county');
    expect((await county.get(`/api/v1/disclosure/items/${json.id}`)).status).toBe(200);
  });

  it('answers bad input with 400 in Chinese', async () => {
    const bad = await clerk.post('/api/v1/disclosure/items', draft({ category: 'nonsense' }));
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('公开类别');
    const future = await clerk.post('/api/v1/disclosure/items', draft({ createdOn: '2024-12-01' }));
    expect(future.status).toBe(400);
    expect(future.json.error.message).toContain('生成日期不能晚于今天');
    const noDoc = await clerk.post('/api/v1/disclosure/items', draft({ kind: 'interpretation' }));
    expect(noDoc.status).toBe(400);
    expect(
      (await clerk.post('/api/v1/disclosure/items', draft({ normativeKind: 'normative_document' })))
        .status,
    ).toBe(400);
    expect((await clerk.get('/api/v1/disclosure/items/not-a-uuid')).status).toBe(400);
  });

  it('restarts the clock when a draft’s 生成日期 changes', async () => {
    const { json } = await clerk.post(
      '/api/v1/disclosure/items',
      draft({ createdOn: '2024-11-01' }),
    );
    const patched = await clerk.patch(`/api/v1/disclosure/items/${json.id}`, {
      createdOn: '2024-11-18',
    });
    expect(patched.status).toBe(200);
    expect(patched.json.clock.dueDate).toBe('2024-12-16');
    const reminder = (await clerk.get('/api/v1/inbox')).json.items.find(
      (t: { subjectId: string }) => t.subjectId === json.id,
    );
    expect(reminder).toMatchObject({ kind: 'disclosure.publish_due', dueDate: '2024-12-16' });
    expect(
      JSON.parse((await events(json.id, 'disclosure.item.updated'))[0]!.changes!),
    ).toMatchObject({ createdOn: { before: '2024-11-01', after: '2024-11-18' } });
  });

  it('exports the catalogue as XLSX with the art 12 columns', async () => {
    const res = await clerk.get('/api/v1/disclosure/items?format=xlsx&category=land_expropriation');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual(
      expect.arrayContaining([
        '索引号',
        '名称',
        '内容概述',
        '生成日期',
        '公开类别',
        '发布机构',
        '文号',
        '公开方式',
      ]),
    );
    const titles = ws.getColumn(2).values.slice(2);
    expect(titles).toContain('桥头镇2024年第三批次城镇建设用地征收土地公告');
    expect(ws.rowCount - 1).toBe(
      (await clerk.get('/api/v1/disclosure/items?category=land_expropriation')).json.total,
    );
  });
});
