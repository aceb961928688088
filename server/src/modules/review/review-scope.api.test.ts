import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutation } from '../../core/mutation.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { hashPassword } from '../auth/passwords.js';
import { insertUser, setRoles } from '../users/user.repository.js';
import { leaseContract } from './demo/review-demo.texts.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const LEASE = leaseContract({
  lessor: '慈溪市桥头镇上林湖村股份经济合作社',
  lessee: '慈溪市桥头佳和鞋业有限公司',
  premises: '上林湖村工业区6号厂房',
  purpose: '拖鞋生产加工',
  years: 3,
  startDate: '2025-01-01',
  endDate: '2027-12-31',
  annualRentYuan: 20_000,
});

describe.skipIf(pgMissing())('legality review: who sees and does what', () => {
  let s: TestServer;
  let cadre: TestClient;
  let otherCadre: TestClient;
  let id: string;
  let fileId: string;

  beforeAll(async () => {
    s = await startTestServer();
    // A cadre of 五丰村, the next village.
    const village = await s.deps.db.kysely
      .selectFrom('orgs')
      .selectAll()
      .where('code', '=', '330282109203')
      .executeTakeFirstOrThrow();
    const hash = await hashPassword('Demo@2024');
    await mutation(
      s.deps,
      { actor: null, ip: null, userAgent: null, requestId: 'test' },
      async (m) => {
        const u = await insertUser(m.trx, {
          orgId: village.id,
          username: 'wufeng',
          displayName: '吴村干部',
          passwordHash: hash,
          mustChangePassword: false,
          now: m.now,
        });
        await setRoles(m.trx, u.id, ['village_cadre'], null, m.now);
        await m.audit({
          action: 'user.user.created',
          targetType: 'user',
          targetId: u.id,
          orgId: village.id,
        });
      },
    );
    [cadre, otherCadre] = await Promise.all([s.as('cadre'), s.as('wufeng')]);
    const fd = new FormData();
    fd.append('file', new Blob([PDF]), '营业执照.pdf');
    fileId = (await cadre.post('/api/v1/files', fd)).json.id;
    const created = await cadre.post('/api/v1/review/items', {
      type: 'village_contract',
      title: '上林湖村6号厂房租赁合同',
      text: LEASE,
    });
    id = created.json.id;
    await cadre.post(`/api/v1/review/items/${id}/materials`, {
      key: 'counterparty_licence',
      fileId,
    });
  });
  afterAll(() => s?.close());

  it('hides a village’s items, and their attachments, from another village (404, never 403)', async () => {
    expect((await otherCadre.get(`/api/v1/review/items/${id}`)).status).toBe(404);
    expect((await otherCadre.post(`/api/v1/review/items/${id}/submit`)).status).toBe(404);
    expect((await otherCadre.get(`/api/v1/files/${fileId}`)).status).toBe(404);
    expect((await otherCadre.get('/api/v1/review/items')).json.items).toEqual([]);
    expect(
      (await cadre.get('/api/v1/review/items')).json.items.map((i: { id: string }) => i.id),
    ).toContain(id);
    expect((await cadre.get(`/api/v1/files/${fileId}`)).status).toBe(200);
    expect((await (await s.as('reviewer')).get(`/api/v1/files/${fileId}`)).status).toBe(200);
  });

  it('lets each role take only its own steps (403) and says so in the abilities', async () => {
    const adviser = await s.as('adviser');
    const reviewer = await s.as('reviewer');
    const clerk = await s.as('clerk');
    const asCadre = (await cadre.get(`/api/v1/review/items/${id}`)).json;
    expect(asCadre.abilities).toMatchObject({
      submit: true,
      accept: false,
      issueOpinion: false,
      addMaterial: true,
    });
    expect((await clerk.post(`/api/v1/review/items/${id}/submit`)).status).toBe(403);
    await cadre.post(`/api/v1/review/items/${id}/submit`);
    expect((await cadre.post(`/api/v1/review/items/${id}/accept`)).status).toBe(403);
    const byAdviser = await adviser.post(`/api/v1/review/items/${id}/accept`);
    expect(byAdviser.status).toBe(403);
    expect(byAdviser.json.error.message).toBe('只有本事项的党建综合办可以受理');
    // The clerk's step, but the assembly resolution is missing: the button stays off and the reason is given.
    const asClerk = (await clerk.get(`/api/v1/review/items/${id}`)).json;
    expect(asClerk.abilities).toMatchObject({
      accept: false,
      returnForCorrection: true,
      submit: false,
    });
    expect(
      asClerk.blocked.find((b: { action: string }) => b.action === 'accept').message,
    ).toContain('村民（代表）会议或成员（代表）大会决议');
    expect(
      (
        await reviewer.post(`/api/v1/review/items/${id}/decide`, {
          kind: 'signed',
          decidedOn: '2024-11-20',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await (
          await s.as('deputy')
        ).post(`/api/v1/review/items/${id}/decide`, { kind: 'signed', decidedOn: '2024-11-20' })
      ).json.error.code,
    ).toBe('NOT_YOUR_STEP');
    expect((await (await s.as('citizen')).get('/api/v1/review/items')).status).toBe(403);
    expect((await s.client().get('/api/v1/review/items')).status).toBe(401);
  });

  it('shows the county centre only the work that reaches it', async () => {
    const county = await s.as('countyreview');
    expect((await county.get(`/api/v1/review/items/${id}`)).status).toBe(404);
    expect((await county.get('/api/v1/review/items')).json.total).toBe(0);
    expect((await county.get('/api/v1/review/stats?year=2024')).status).toBe(200);
    // …and global search does not offer it either, while the town's reviewer finds it.
    const q = `/api/v1/search?q=${encodeURIComponent('厂房租赁合同')}`;
    expect(
      (await county.get(q)).json.items.filter(
        (i: { entityType: string }) => i.entityType === 'review_item',
      ),
    ).toEqual([]);
    expect(
      (await (await s.as('reviewer')).get(q)).json.items.map(
        (i: { entityId: string }) => i.entityId,
      ),
    ).toContain(id);
  });

  it('lets the county supervisor read every item of its towns and take no step', async () => {
    const supervisor = await s.as('county');
    const seen = await supervisor.get(`/api/v1/review/items/${id}`);
    expect(seen.status).toBe(200);
    expect(Object.entries(seen.json.abilities).filter(([, v]) => v === true)).toEqual([]);
    expect((await supervisor.get('/api/v1/review/items')).json.total).toBeGreaterThan(0);
    const refused = await supervisor.post(`/api/v1/review/items/${id}/co-review`, {
      reason: '县级监督人员不能发起协审',
    });
    // The kernel refuses a town-office step to anyone above the town before it asks for the permission.
    expect([refused.status, refused.json.error.code]).toEqual([403, 'SUPERVISION_ONLY']);
  });

  it('refuses bad input with Chinese messages and never a 500', async () => {
    const bad = [
      await cadre.post('/api/v1/review/items', {
        type: 'lease',
        title: '上林湖村某合同',
        text: 'x',
      }),
      await cadre.post('/api/v1/review/items', {
        type: 'village_contract',
        title: '合同',
        text: 'x',
      }),
      await cadre.post('/api/v1/review/items', {
        type: 'village_contract',
        title: '上林湖村某合同',
        text: 'x',
        fields: { vote: { body: 'villagers_assembly', entitled: 10, present: 12, votesFor: 1 } },
      }),
      await cadre.post('/api/v1/review/items', {
        type: 'village_contract',
        title: '上林湖村某合同',
        text: 'x',
        extra: 1,
      }),
      await cadre.post('/api/v1/review/items', {
        type: 'gov_contract',
        title: '上林湖村某合同',
        text: 'x',
      }),
      await cadre.get('/api/v1/review/items/not-an-id'),
      await cadre.get('/api/v1/review/items?year=1800'),
      await cadre.post(`/api/v1/review/items/${id}/materials`, { key: 'nonsense', note: '纸质' }),
    ];
    for (const r of bad) {
      expect(r.status).toBe(400);
      expect(r.json.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(bad[2]!.json.error.message).toContain('实到人数不能多于应到人数');
    expect(bad[4]!.json.error.message).toContain('村（社区）只能送审');
    expect(
      (await cadre.get('/api/v1/review/items/0190f0a0-0000-7000-8000-000000000000')).status,
    ).toBe(404);
  });
});
