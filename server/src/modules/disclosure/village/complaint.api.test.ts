import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/passwords.js';
import { insertUser, setRoles } from '../../users/user.repository.js';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

/** 村民委员会组织法 第三十一条: complaint → investigation → order → publication → closure, each audited, with clocks. */
describe.skipIf(pgMissing())('village affairs complaints', () => {
  let s: TestServer;
  let clerk: TestClient;
  let cadre: TestClient;
  let jiandu: TestClient;
  let village: string;

  const complaint = {
    complainantName: '徐阿姨',
    phone: '13805741234',
    category: 'finance',
    kind: 'not_published',
    matter: '村里2024年第三季度的土地租金收入至今没有公布',
  };
  const actions = async (id: string) =>
    (
      await s.deps.db.kysely
        .selectFrom('auditEvents')
        .select(['action', 'basis'])
        .where('targetId', '=', id)
        .orderBy('seq')
        .execute()
    ).filter((e) => e.action.startsWith('village_affairs.complaint'));

  beforeAll(async () => {
    s = await startTestServer();
    const q = s.deps.db.kysely;
    village = (
      await q
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109202')
        .executeTakeFirstOrThrow()
    ).id;
    const u = await insertUser(q, {
      orgId: village,
      username: 'sljjd',
      displayName: '上林湖村监委会主任',
      passwordHash: await hashPassword('Demo@2024'),
      mustChangePassword: false,
      now: new Date(),
    });
    await setRoles(q, u.id, ['village_cadre'], null, new Date());
    clerk = await s.as('clerk');
    cadre = await s.as('cadre');
    jiandu = await s.as('sljjd');
    await clerk.post(`/api/v1/village-affairs/villages/${village}/supervisors`, {
      userId: u.id,
      role: 'chair',
      electedOn: '2023-03-01',
    });
  });
  afterAll(() => s?.close());

  it('runs received → investigating → ordered → published → closed, with its clocks and one audit event per step', async () => {
    const anon = s.client();
    const sent = await anon.post('/api/v1/public/village-affairs/complaints', {
      villageId: village,
      ...complaint,
    });
    expect(sent.status).toBe(201);
    expect(sent.json).toMatchObject({
      receiptNo: '村务反映〔2024〕1号',
      basis: '《村民委员会组织法》第三十一条',
    });
    // 15 working days from 2024-11-20.
    expect(sent.json.dueDate).toBe('2024-12-11');

    const list = await clerk.get('/api/v1/village-affairs/complaints');
    const c = list.json.items[0];
    expect(c).toMatchObject({
      status: 'received',
      channel: 'online',
      phoneMasked: '138****1234',
      village: { name: '上林湖村' },
      investigationClock: { dueDate: '2024-12-11', status: 'on_track' },
    });
    expect(JSON.stringify(list.json)).not.toContain('13805741234');
    expect((await cadre.get('/api/v1/village-affairs/complaints')).status).toBe(403);
    const inbox = await clerk.get('/api/v1/inbox');
    expect(inbox.json.items.find((t: { subjectId: string }) => t.subjectId === c.id)).toMatchObject(
      { kind: 'village_affairs.complaint', dueDate: '2024-12-11' },
    );

    const early = await clerk.post(`/api/v1/village-affairs/complaints/${c.id}/order`, {
      findings: 'x',
      orderText: 'y',
    });
    expect(early.status).toBe(409);
    expect(early.json.error.code).toBe('INVALID_STATE');
    expect(
      (await clerk.post(`/api/v1/village-affairs/complaints/${c.id}/investigate`)).json.status,
    ).toBe('investigating');
    const ordered = await clerk.post(`/api/v1/village-affairs/complaints/${c.id}/order`, {
      findings: '经核实，该村第三季度财务收支未按期公布',
      orderText: '责令上林湖村公布2024年第三季度财务收支情况，含土地租金收入明细',
    });
    expect(ordered.json).toMatchObject({
      status: 'ordered',
      orderedOn: '2024-11-20',
      investigationClock: { status: 'stopped' },
      orderClock: { dueDate: '2024-12-04', status: 'on_track' },
    });

    const orders = await cadre.get(`/api/v1/village-affairs/villages/${village}/orders`);
    expect(orders.json.orders).toMatchObject([
      { id: c.id, orderText: expect.stringContaining('第三季度财务收支') },
    ]);
    expect(JSON.stringify(orders.json)).not.toContain('徐阿姨');
    const cadreInbox = await cadre.get('/api/v1/inbox');
    expect(
      cadreInbox.json.items.find((t: { subjectId: string }) => t.subjectId === c.id),
    ).toMatchObject({ kind: 'village_affairs.publish_ordered', dueDate: '2024-12-04' });

    const draft = await cadre.post('/api/v1/village-affairs/items', {
      category: 'finance',
      matterKind: 'regular',
      subject: 'finances',
      period: '2024-Q3',
      title: '上林湖村2024年第三季度财务收支公开（补公布）',
      body: '土地租金收入 12.6 万元……',
      complaintId: c.id,
    });
    await cadre.post(`/api/v1/village-affairs/items/${draft.json.id}/submit`);
    await jiandu.post(`/api/v1/village-affairs/items/${draft.json.id}/approve`, {});
    const after = await clerk.get(`/api/v1/village-affairs/complaints/${c.id}`);
    expect(after.json).toMatchObject({
      status: 'published',
      publishedItemId: draft.json.id,
      orderClock: { status: 'stopped' },
      abilities: { close: true, readPhone: true },
    });

    const pii = await clerk.get(`/api/v1/village-affairs/complaints/${c.id}/pii`);
    expect(pii.json.phone).toBe('13805741234');
    const closed = await clerk.post(`/api/v1/village-affairs/complaints/${c.id}/close`, {
      resultNote: '已电话告知反映人：村已于11月20日补公布',
    });
    expect(closed.json).toMatchObject({ status: 'closed', closedOn: '2024-11-20' });
    expect((await actions(c.id)).map((e) => e.action)).toEqual([
      'village_affairs.complaint.received',
      'village_affairs.complaint.investigation_started',
      'village_affairs.complaint.ordered',
      'village_affairs.complaint.published',
      'village_affairs.complaint.pii_read',
      'village_affairs.complaint.closed',
    ]);
    expect(
      (await actions(c.id))
        .filter((e) => e.action !== 'village_affairs.complaint.pii_read')
        .every((e) => e.basis === '《村民委员会组织法》第三十一条'),
    ).toBe(true);
    const open = await s.deps.db.kysely
      .selectFrom('tasks')
      .select('kind')
      .where('subjectId', '=', c.id)
      .where('status', '=', 'open')
      .execute();
    expect(open).toEqual([]);
  });

  it('dismisses an unfounded complaint registered at the window, and uses the town’s configured period', async () => {
    const head = await s.as('head');
    expect(
      (
        await head.put('/api/v1/village-affairs/settings', {
          dueDay: 10,
          majorDays: 5,
          complaintDays: 10,
          orderDays: 10,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await clerk.put('/api/v1/village-affairs/settings', {
          dueDay: 10,
          majorDays: 5,
          complaintDays: 10,
          orderDays: 10,
        })
      ).status,
    ).toBe(200);
    const window = await s.as('window');
    const reg = await window.post('/api/v1/village-affairs/complaints', {
      villageId: village,
      ...complaint,
      kind: 'untrue',
      channel: 'visit',
      receivedOn: '2024-11-18',
      matter: '公布的低保名单与实际不符',
    });
    expect(reg.status).toBe(201);
    expect(reg.json).toMatchObject({
      receiptNo: '村务反映〔2024〕2号',
      investigationClock: { dueDate: '2024-12-02' },
      channelLabel: '来访',
    });
    expect(reg.json.abilities.investigate).toBe(false);
    const future = await window.post('/api/v1/village-affairs/complaints', {
      villageId: village,
      ...complaint,
      channel: 'visit',
      receivedOn: '2024-11-21',
    });
    expect(future.status).toBe(400);
    await clerk.post(`/api/v1/village-affairs/complaints/${reg.json.id}/investigate`);
    const dismissed = await clerk.post(
      `/api/v1/village-affairs/complaints/${reg.json.id}/dismiss`,
      { findings: '经入户核实，名单与民政系统一致', reason: '反映情况不属实' },
    );
    expect(dismissed.json.status).toBe('dismissed');
    const bad = await clerk.post(
      `/api/v1/village-affairs/complaints/${reg.json.id}/confirm-published`,
      { itemId: reg.json.id },
    );
    expect(bad.status).toBe(409);
    expect(bad.json.error.code).toBe('INVALID_STATE');
    expect(
      (
        await clerk.post(`/api/v1/village-affairs/complaints/${reg.json.id}/close`, {
          resultNote: '已当面告知',
        })
      ).json.status,
    ).toBe('closed');
  });

  it('refuses complaints about villages outside the portal town and bad input', async () => {
    const anon = s.client();
    const otherTownVillage = await s.deps.db.kysely
      .selectFrom('orgs')
      .select('id')
      .where('kind', '=', 'town')
      .where('code', '!=', '330282109000')
      .executeTakeFirstOrThrow();
    expect(
      (
        await anon.post('/api/v1/public/village-affairs/complaints', {
          villageId: otherTownVillage.id,
          ...complaint,
        })
      ).status,
    ).toBe(404);
    const bad = await anon.post('/api/v1/public/village-affairs/complaints', {
      villageId: village,
      ...complaint,
      phone: '123',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('手机号格式有误');
  });

  it('holds back a flood of anonymous complaints from one address (429), on the flood counters', async () => {
    const anon = s.client();
    s.time.advanceMinutes(61);
    for (let i = 0; i < 5; i++)
      expect(
        (
          await anon.post('/api/v1/public/village-affairs/complaints', {
            villageId: village,
            ...complaint,
          })
        ).status,
      ).toBeLessThan(300);
    const flood = await anon.post('/api/v1/public/village-affairs/complaints', {
      villageId: village,
      ...complaint,
    });
    expect(flood.status).toBe(429);
    expect(flood.json.error.message).toContain('提交过于频繁');
    s.time.advanceMinutes(61);
    expect(
      (
        await anon.post('/api/v1/public/village-affairs/complaints', {
          villageId: village,
          ...complaint,
        })
      ).status,
    ).toBeLessThan(300);
  });
});
