import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureNoticeTemplate,
  personBody,
} from '../../modules/disclosure/requests/request-fixtures.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

interface Step {
  action: string;
  label: string;
  toState: string | null;
  actorName: string | null;
  basis: string | null;
  note: string | null;
}
const actions = (path: Step[]) => path.map((p) => p.action);
const aheadOf = (ahead: { action: string }[]) => ahead.map((a) => a.action);

/** `path` (the steps taken, from the table and the step records) and `ahead` on every record's detail. */
describe.skipIf(pgMissing())('record path on the detail responses', () => {
  let s: TestServer;
  let clerk: TestClient;
  let reviewer: TestClient;
  let cadre: TestClient;

  beforeAll(async () => {
    s = await startTestServer(); // 2024-11-20
    await ensureNoticeTemplate(s.deps);
    [clerk, reviewer, cadre] = await Promise.all([s.as('clerk'), s.as('reviewer'), s.as('cadre')]);
  });
  afterAll(() => s?.close());

  it('proactive item: submitted and approved by a second person, each step with its article and state', async () => {
    const created = await clerk.post('/api/v1/disclosure/items', {
      category: 'land_expropriation',
      title: '桥头镇2024年第三批次城镇建设用地征收土地公告',
      summary: '公告征收范围、面积、补偿标准和安置途径',
      body: '根据《中华人民共和国土地管理法》，现将有关事项公告如下。',
      createdOn: '2024-11-20',
    });
    expect(created.status).toBe(201);
    expect(created.json.path).toEqual([]);
    expect(aheadOf(created.json.ahead)).toContain('submit');
    const id = created.json.id as string;
    expect((await clerk.post(`/api/v1/disclosure/items/${id}/submit`)).status).toBe(200);
    expect(
      (await reviewer.post(`/api/v1/disclosure/items/${id}/approve`, { opinion: '经审查可以公开' }))
        .status,
    ).toBe(200);
    const { json } = await clerk.get(`/api/v1/disclosure/items/${id}`);
    expect(actions(json.path)).toEqual(['submit', 'approve']);
    expect(json.path[0]).toMatchObject({ label: '提交保密审查', toState: '待保密审查' });
    expect(json.path[0].at).toMatch(/^2024-11-20T/);
    expect(json.path[1]).toMatchObject({
      toState: '已公开',
      basis: '《政府信息公开条例》第十七条',
      actorName: 'reviewer',
    });
    // 被新版本替代 is a follow-on step, never offered ahead.
    expect(aheadOf(json.ahead)).toEqual(['withdraw', 'record_abolition']);
  });

  it('application: the receipt confirmed (第三十一条) is on its path and no longer ahead', async () => {
    const res = await clerk.post('/api/v1/disclosure/requests', {
      ...personBody(),
      channel: 'fax',
      submittedOn: '2024-11-19',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const id = res.json.id as string;
    expect(res.json.path).toEqual([]);
    expect(aheadOf(res.json.ahead)).toContain('confirm_receipt');
    await clerk.post(`/api/v1/disclosure/requests/${id}/confirm`, { confirmedOn: '2024-11-20' });
    const { json } = await clerk.get(`/api/v1/disclosure/requests/${id}`);
    expect(actions(json.path)).toEqual(['confirm_receipt']);
    expect(json.path[0]).toMatchObject({
      basis: '《政府信息公开条例》第三十一条第三项',
      toState: json.stateLabel,
    });
    expect(aheadOf(json.ahead)).not.toContain('confirm_receipt');
  });

  it('complaint: the investigation step is on its path, the order ahead', async () => {
    const village = await s.deps.db.kysely
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', '330282109202')
      .executeTakeFirstOrThrow();
    const sent = await s.client().post('/api/v1/public/village-affairs/complaints', {
      villageId: village.id,
      complainantName: '徐阿姨',
      phone: '13805741234',
      category: 'finance',
      kind: 'not_published',
      matter: '村里2024年第三季度的土地租金收入至今没有公布',
    });
    expect(sent.status).toBe(201);
    const list = await clerk.get('/api/v1/village-affairs/complaints');
    const id = list.json.items[0].id as string;
    await clerk.post(`/api/v1/village-affairs/complaints/${id}/investigate`);
    const { json } = await clerk.get(`/api/v1/village-affairs/complaints/${id}`);
    expect(actions(json.path)).toEqual(['investigate']);
    expect(json.path[0].toState).toBe(json.statusLabel);
    expect(aheadOf(json.ahead)).toEqual(expect.arrayContaining(['order', 'dismiss']));
  });

  it('village item and fair-competition record: an empty path, the steps ahead, and what blocks the conclusion', async () => {
    const item = await cadre.post('/api/v1/village-affairs/items', {
      category: 'finance',
      matterKind: 'regular',
      subject: 'finances',
      period: '2024-Q1',
      title: '上林湖村2024年第一季度财务收支公开',
      body: '收入合计 86.4 万元，支出合计 71.2 万元。',
    });
    expect(item.status).toBe(201);
    const detail = await cadre.get(`/api/v1/village-affairs/items/${item.json.id}`);
    expect(detail.json.path).toEqual([]);
    expect(aheadOf(detail.json.ahead)).toEqual(['submit']);

    const fcr = await clerk.post('/api/v1/review/fcr', {
      title: '桥头镇支持企业技术改造若干措施',
      draftingUnit: '经济发展办公室',
      text: '对年纳税额超过500万元的本地企业给予一次性奖励。',
    });
    expect(fcr.status).toBe(201);
    expect(fcr.json.path).toEqual([]);
    expect(aheadOf(fcr.json.ahead)).toEqual(['conclude']);
    expect(fcr.json.blocked).toEqual([
      expect.objectContaining({
        action: 'conclude',
        code: 'FCR_CHECKLIST_INCOMPLETE',
        basis: '《公平竞争审查条例》第八条至《公平竞争审查条例》第十一条',
      }),
    ]);
  });
});
