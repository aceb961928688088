import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/passwords.js';
import { insertUser, setRoles } from '../users/user.repository.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { SUPERVISION_MESSAGE } from '../../core/workflow/index.js';
import { ensureNoticeTemplate, personBody } from './requests/request-fixtures.js';

/**
 * Staff above the town supervise the town's 政务公开 work: they read it, and every write of the town's
 * office is refused to them. `countyreview` is an office clerk of the county 司法局 (it holds the
 * clerk's permissions: the level refuses it, 403 SUPERVISION_ONLY); `county` is a county_supervisor
 * (read-only: its permissions refuse it, 403 FORBIDDEN).
 */
describe.skipIf(pgMissing())('supervision from above the town', () => {
  let s: TestServer;
  let clerk: TestClient;
  let county: TestClient;
  let supervisor: TestClient;
  let village: string;

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
    await ensureNoticeTemplate(s.deps);
    const q = s.deps.db.kysely;
    village = (
      await q
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109202')
        .executeTakeFirstOrThrow()
    ).id;
    const member = await insertUser(q, {
      orgId: village,
      username: 'sljjd',
      displayName: '上林湖村监委会主任',
      passwordHash: await hashPassword('Demo@2024'),
      mustChangePassword: false,
      now: new Date(),
    });
    await setRoles(q, member.id, ['village_cadre'], null, new Date());
    [clerk, county, supervisor] = await Promise.all([
      s.as('clerk'),
      s.as('countyreview'),
      s.as('county'),
    ]);
    await clerk.post(`/api/v1/village-affairs/villages/${village}/supervisors`, {
      userId: member.id,
      role: 'chair',
      electedOn: '2023-03-01',
    });
  });
  afterAll(() => s?.close());

  it('lets county staff read a town’s disclosure application but take none of its steps', async () => {
    const req = (
      await clerk.post('/api/v1/disclosure/requests', {
        ...personBody(),
        channel: 'in_person',
        submittedOn: '2024-11-20',
      })
    ).json;
    const seen = await county.get(`/api/v1/disclosure/requests/${req.id}`);
    expect(seen.status).toBe(200);
    expect(seen.json.state).toBe('received');
    expect(Object.entries(seen.json.abilities).filter(([, v]) => v)).toEqual([]);
    expect(seen.json.blocked).toEqual([]);
    // Full personal data only to the town's own handlers.
    const pii = await county.get(`/api/v1/disclosure/requests/${req.id}/pii`);
    expect(pii.status).toBe(403);
    expect(pii.json.error.code).toBe('SUPERVISION_ONLY');
    expect((await clerk.get(`/api/v1/disclosure/requests/${req.id}/pii`)).status).toBe(200);

    const refused = await county.post(`/api/v1/disclosure/requests/${req.id}/accept`, {});
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatchObject({
      code: 'SUPERVISION_ONLY',
      message: SUPERVISION_MESSAGE,
    });
    expect(
      (
        await county.post(`/api/v1/disclosure/requests/${req.id}/correction-request`, {
          items: '请写明村组',
        })
      ).json.error.code,
    ).toBe('SUPERVISION_ONLY');
    expect((await clerk.get(`/api/v1/disclosure/requests/${req.id}`)).json.state).toBe('received');
    // The town's own office still acts.
    expect((await clerk.post(`/api/v1/disclosure/requests/${req.id}/accept`, {})).status).toBe(200);
  });

  it('lets county staff read a proactive entry awaiting 保密审查 but never approve it', async () => {
    const created = await clerk.post('/api/v1/disclosure/items', {
      category: 'land_expropriation',
      title: '桥头镇2024年第三批次城镇建设用地征收土地公告',
      summary: '公告征收范围、面积、补偿标准和安置途径',
      body: '现将桥头镇2024年第三批次城镇建设用地征收土地有关事项公告如下。',
      createdOn: '2024-11-15',
    });
    expect((await clerk.post(`/api/v1/disclosure/items/${created.json.id}/submit`)).status).toBe(
      200,
    );
    const seen = await county.get(`/api/v1/disclosure/items/${created.json.id}`);
    expect(seen.status).toBe(200);
    expect(seen.json.abilities).toMatchObject({ review: false, withdraw: false, edit: false });
    const refused = await county.post(`/api/v1/disclosure/items/${created.json.id}/approve`, {
      opinion: '同意公开',
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('SUPERVISION_ONLY');
    expect((await county.get(`/api/v1/disclosure/items/${created.json.id}`)).json.status).toBe(
      'in_review',
    );
  });

  it('lets county staff read village-affairs items and complaints but take no step on them', async () => {
    const cadre = await s.as('cadre');
    const item = await cadre.post('/api/v1/village-affairs/items', {
      category: 'finance',
      matterKind: 'regular',
      subject: 'finances',
      period: '2024-Q3',
      title: '上林湖村2024年第三季度财务收支公开',
      body: '收入合计 86.4 万元。',
    });
    expect(item.status).toBe(201);
    const seen = await county.get(`/api/v1/village-affairs/items/${item.json.id}`);
    expect(seen.status).toBe(200);
    expect(seen.json.abilities).toEqual({ edit: false, submit: false, review: false });
    expect((await county.post(`/api/v1/village-affairs/items/${item.json.id}/submit`)).status).toBe(
      403,
    );

    const sent = await s.client().post('/api/v1/public/village-affairs/complaints', {
      villageId: village,
      complainantName: '徐阿姨',
      phone: '13805741234',
      category: 'finance',
      kind: 'not_published',
      matter: '第三季度的土地租金收入没有公布',
    });
    expect(sent.status).toBe(201);
    const id = (await clerk.get('/api/v1/village-affairs/complaints')).json.items[0].id;
    const complaint = await county.get(`/api/v1/village-affairs/complaints/${id}`);
    expect(complaint.status).toBe(200);
    expect(complaint.json.abilities).toMatchObject({
      investigate: false,
      order: false,
      close: false,
      readPhone: false,
    });
    const refused = await county.post(`/api/v1/village-affairs/complaints/${id}/investigate`, {});
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('SUPERVISION_ONLY');
    const phone = await county.get(`/api/v1/village-affairs/complaints/${id}/pii`);
    expect(phone.json.error.code).toBe('SUPERVISION_ONLY');
    expect(
      (await clerk.post(`/api/v1/village-affairs/complaints/${id}/investigate`, {})).status,
    ).toBe(200);
  });

  it('refuses county staff the town office’s writes outside a workflow step', async () => {
    const refusals = [
      await county.post('/api/v1/disclosure/requests', {
        ...personBody(),
        channel: 'in_person',
        submittedOn: '2024-11-20',
      }),
      await county.post('/api/v1/disclosure/items', {
        category: 'land_expropriation',
        title: '县级代拟的公告',
        summary: '县级代拟',
        body: '正文',
        createdOn: '2024-11-15',
      }),
      await county.post('/api/v1/village-affairs/complaints', {
        villageId: village,
        complainantName: '县级代登记',
        category: 'finance',
        kind: 'not_published',
        matter: '代为登记',
        channel: 'visit',
        receivedOn: '2024-11-20',
      }),
    ];
    expect(refusals.map((r) => [r.status, r.json.error?.code])).toEqual(
      refusals.map(() => [403, 'SUPERVISION_ONLY']),
    );
    expect((await clerk.get('/api/v1/disclosure/requests')).json.total).toBe(1);
  });

  it('lets the county supervisor read, masked, and act on nothing', async () => {
    const id = (await clerk.get('/api/v1/disclosure/requests')).json.items[0].id as string;
    const seen = await supervisor.get(`/api/v1/disclosure/requests/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.json.idNumber).toBeUndefined();
    expect(seen.json.idNumberMasked).toContain('*');
    expect(Object.entries(seen.json.abilities).filter(([, v]) => v)).toEqual([]);
    for (const res of [
      await supervisor.get(`/api/v1/disclosure/requests/${id}/pii`),
      await supervisor.post(`/api/v1/disclosure/requests/${id}/correction-request`, {
        items: '请写明村组',
      }),
      await supervisor.post('/api/v1/files', new FormData()),
    ])
      expect([res.status, res.json.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await supervisor.get('/api/v1/village-affairs/board')).status).toBe(400);
    expect((await supervisor.get('/api/v1/review/items')).status).toBe(200);
  });
});
