import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin } from '../../test/admin-login.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('accounts, roles and 三员分立', () => {
  let s: TestServer;
  let sys: TestClient;
  let sec: TestClient;
  let aud: TestClient;
  const idOf = async (c: TestClient, username: string) =>
    (await c.get(`/api/v1/users?q=${username}`)).json.items.find(
      (u: { username: string }) => u.username === username,
    ).id;

  beforeAll(async () => {
    s = await startTestServer();
    sys = (await asAdmin(s, 'sysadmin')).client;
    sec = (await asAdmin(s, 'secadmin')).client;
    aud = (await asAdmin(s, 'auditadmin')).client;
  });
  afterAll(() => s?.close());

  it('keeps the three administrators apart', async () => {
    expect((await sys.get('/api/v1/audit/events')).status).toBe(403);
    const clerkId = await idOf(sys, 'clerk');
    expect((await sys.put(`/api/v1/users/${clerkId}/roles`, { roles: ['town_head'] })).status).toBe(
      403,
    );
    const secId = await idOf(sec, 'secadmin');
    const self = await sec.put(`/api/v1/users/${secId}/roles`, {
      roles: ['security_admin', 'town_head'],
    });
    expect(self.status).toBe(403);
    expect(self.json.error.code).toBe('SELF_ACTION');
    const sysId = await idOf(sec, 'sysadmin');
    const both = await sec.put(`/api/v1/users/${sysId}/roles`, {
      roles: ['system_admin', 'audit_admin'],
    });
    expect(both.status).toBe(400);
    expect(both.json.error.message).toContain('三员分立');
    expect((await aud.get('/api/v1/users')).status).toBe(403);
    expect((await aud.get('/api/v1/audit/events')).status).toBe(200);
  });

  it('lets the security admin assign roles, ends the person’s sessions and records before/after', async () => {
    const clerk = await s.as('clerk');
    const clerkId = await idOf(sec, 'clerk');
    const res = await sec.put(`/api/v1/users/${clerkId}/roles`, {
      roles: ['office_clerk', 'legal_reviewer'],
    });
    expect(res.status).toBe(200);
    expect(res.json.roles.map((r: { key: string }) => r.key)).toEqual([
      'legal_reviewer',
      'office_clerk',
    ]);
    expect((await clerk.get('/api/v1/auth/me')).status).toBe(401);
    const ev = await aud.get(`/api/v1/audit/events?action=user.roles.assigned&targetId=${clerkId}`);
    expect(ev.json.items[0].changes.roles).toEqual({
      before: ['科室经办人'],
      after: ['法治审查员', '科室经办人'],
    });
    expect(ev.json.items[0].actorName).toBe('secadmin');
  });

  it('shows a village cadre only their village, and hides the rest as 404', async () => {
    const cadre = await s.as('cadre');
    const list = await cadre.get('/api/v1/users');
    expect(list.status).toBe(403);
    const orgs = await cadre.get('/api/v1/orgs');
    expect(orgs.json.items.map((o: { name: string }) => o.name)).toEqual(['上林湖村']);
    const headId = await idOf(sys, 'head');
    const reviewer = await s.as('reviewer');
    expect((await reviewer.get(`/api/v1/users/${headId}`)).status).toBe(200);
    const county = await s.as('county');
    const towns = (await county.get('/api/v1/orgs')).json.items.filter(
      (o: { kind: string }) => o.kind === 'town',
    );
    expect(towns.length).toBeGreaterThan(20);
  });

  it('answers 404 for an account in another town', async () => {
    const county = await s.as('countyreview');
    const countyId = await idOf(county, 'countyreview');
    const reviewer = await s.as('reviewer');
    const res = await reviewer.get(`/api/v1/users/${countyId}`);
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('NOT_FOUND');
  });

  it('exports the filtered trail as XLSX for the audit admin only', async () => {
    const res = await aud.get('/api/v1/audit/events?format=xlsx&action=auth.');
    expect(res.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(5).value).toBe('动作');
    expect(ws.rowCount).toBeGreaterThan(3);
    for (let r = 2; r <= ws.rowCount; r++)
      expect(String(ws.getRow(r).getCell(5).value)).toMatch(/^auth\./);
    expect((await sys.get('/api/v1/audit/events?format=xlsx')).status).toBe(403);
  });

  it('masks phone numbers and logs every full read', async () => {
    const headId = await idOf(sys, 'head');
    const upd = await sys.patch(`/api/v1/users/${headId}`, { phone: '13812345678' });
    expect(upd.json.phoneMasked).toBe('138****5678');
    const detail = await sys.get(`/api/v1/users/${headId}`);
    expect(JSON.stringify(detail.json)).not.toContain('13812345678');
    expect(detail.json.abilities.readPii).toBe(true);
    const pii = await sys.get(`/api/v1/users/${headId}/pii`);
    expect(pii.json.phone).toBe('13812345678');
    const reads = await aud.get(`/api/v1/audit/events?action=user.pii.read&targetId=${headId}`);
    expect(reads.json.total).toBe(1);
    const change = await aud.get(
      `/api/v1/audit/events?action=user.user.updated&targetId=${headId}`,
    );
    expect(JSON.stringify(change.json)).not.toContain('13812345678');
    expect((await (await s.as('reviewer')).get(`/api/v1/users/${headId}/pii`)).status).toBe(403);
  });

  it('unlocks a locked account', async () => {
    const c = s.client();
    for (let i = 0; i < 5; i++) await c.login('adviser', 'Bad#pass99');
    const adviserId = await idOf(sec, 'adviser');
    const before = await sec.get(`/api/v1/users/${adviserId}`);
    expect(before.json.locked).toBe(true);
    expect(before.json.abilities.unlock).toBe(true);
    expect((await sec.post(`/api/v1/users/${adviserId}/unlock`)).status).toBe(204);
    expect((await c.login('adviser', 'Demo@2024')).status).toBe(200);
  });

  it('disables an account and signs it out', async () => {
    const officer = await s.as('officer');
    const id = await idOf(sys, 'officer');
    const res = await sys.patch(`/api/v1/users/${id}`, { status: 'disabled' });
    expect(res.json.status).toBe('disabled');
    expect((await officer.get('/api/v1/auth/me')).status).toBe(401);
    expect((await s.client().login('officer', 'Demo@2024')).status).toBe(401);
  });

  it('refuses bad input with Chinese messages and never a 500', async () => {
    const orgs = (await sys.get('/api/v1/orgs')).json.items;
    const bad = await sys.post('/api/v1/users', {
      username: 'x',
      displayName: '张',
      orgId: 'nope',
      password: 'a',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/用户名|姓名|机构/);
    const dup = await sys.post('/api/v1/users', {
      username: 'clerk',
      displayName: '重名者',
      orgId: orgs[0].id,
      password: 'Initial#2024',
    });
    expect(dup.status).toBe(409);
    expect((await sys.get('/api/v1/users?page=0')).status).toBe(400);
    expect((await sys.get('/api/v1/users/not-a-uuid')).status).toBe(400);
  });
});
