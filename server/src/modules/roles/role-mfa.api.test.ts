import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, totpCode } from '../../test/admin-login.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** Security issue #8: a second factor for every staff account that wants one, required per role. */
describe.skipIf(pgMissing())('动态口令 per role', () => {
  let s: TestServer;
  let sec: TestClient;
  beforeAll(async () => {
    s = await startTestServer();
    sec = (await asAdmin(s, 'secadmin')).client;
  });
  afterAll(() => s?.close());

  it('requires it by default of the 三员 and the roles that read personal data in bulk, and says so', async () => {
    const roles = (await sec.get('/api/v1/roles')).json.items as {
      key: string;
      mfa: { required: boolean; locked: boolean };
    }[];
    const rule = (key: string) => roles.find((r) => r.key === key)!.mfa;
    expect(rule('audit_admin')).toMatchObject({ required: true, locked: true });
    expect(rule('office_clerk')).toMatchObject({ required: false, locked: false });
    expect(rule('public')).toMatchObject({ required: false, locked: false });
  });

  it('lets the security administrator require it of a business role, from the next sign-in, with an audit event', async () => {
    const res = await sec.put('/api/v1/roles/mediator/mfa', { required: true });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ required: true, source: 'setting', locked: false });
    const c = s.client();
    expect((await c.login('mediator', 'Demo@2024')).json.stage).toBe('mfa_enroll');
    const enrol = await c.post('/api/v1/auth/totp/enroll');
    expect(
      (
        await c.post('/api/v1/auth/totp/activate', {
          code: totpCode(enrol.json.secret, s.time.now()),
        })
      ).json.stage,
    ).toBe('active');
    expect((await s.client().login('mediator', 'Demo@2024')).json.stage).toBe('mfa_verify');
    const ev = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['actorName', 'changes'])
      .where('action', '=', 'role.mfa.updated')
      .executeTakeFirstOrThrow();
    expect(ev.actorName).toBe('secadmin');
    expect(JSON.parse(ev.changes!)).toEqual({ mfaRequired: { before: false, after: true } });
  });

  it('never exempts an administrator role, and only the security administrator decides', async () => {
    const res = await sec.put('/api/v1/roles/system_admin/mfa', { required: false });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('MFA_LOCKED');
    const clerk = await s.as('clerk');
    expect((await clerk.put('/api/v1/roles/office_clerk/mfa', { required: true })).status).toBe(
      403,
    );
  });

  it('lets any staff member enrol voluntarily; from then on the code is asked at sign-in', async () => {
    const officer = await s.as('officer');
    const enrol = await officer.post('/api/v1/auth/totp/enroll');
    expect(enrol.status).toBe(200);
    expect(
      (
        await officer.post('/api/v1/auth/totp/activate', {
          code: totpCode(enrol.json.secret, s.time.now()),
        })
      ).json.stage,
    ).toBe('active');
    const again = s.client();
    expect((await again.login('officer', 'Demo@2024')).json.stage).toBe('mfa_verify');
    expect(
      (
        await again.post('/api/v1/auth/totp/verify', {
          code: totpCode(enrol.json.secret, s.time.now()),
        })
      ).json.stage,
    ).toBe('active');
  });
});
