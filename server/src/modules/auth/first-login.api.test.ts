import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../test/admin-login.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('initial passwords and the administrators’ second factor', () => {
  let s: TestServer;
  let sysadminSecret: string;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('makes administrators enrol TOTP by QR code before anything else', async () => {
    const c = s.client();
    const res = await c.login('sysadmin', 'Demo@2024');
    expect(res.json.stage).toBe('mfa_enroll');
    const blocked = await c.get('/api/v1/users');
    expect(blocked.status).toBe(403);
    expect(blocked.json.error.code).toBe('LOGIN_INCOMPLETE');
    const enrol = await c.post('/api/v1/auth/totp/enroll');
    expect(enrol.json.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrol.json.otpauthUri).toContain('otpauth://totp/');
    const wrong = await c.post('/api/v1/auth/totp/activate', { code: '000000' });
    expect(wrong.status).toBe(400);
    const ok = await c.post('/api/v1/auth/totp/activate', {
      code: totpCode(enrol.json.secret, s.time.now()),
    });
    expect(ok.json.stage).toBe('active');
    expect((await c.get('/api/v1/users')).status).toBe(200);
    sysadminSecret = enrol.json.secret;
  });

  it('asks an enrolled administrator for the code at the next sign-in', async () => {
    const c = s.client();
    const res = await c.login('sysadmin', 'Demo@2024');
    expect(res.json.stage).toBe('mfa_verify');
    expect((await c.post('/api/v1/auth/totp/verify', { code: '123456' })).status).toBe(400);
    const ok = await c.post('/api/v1/auth/totp/verify', {
      code: totpCode(sysadminSecret, s.time.now()),
    });
    expect(ok.json.stage).toBe('active');
    const direct = s.client();
    const one = await direct.login('sysadmin', 'Demo@2024', totpCode(sysadminSecret, s.time.now()));
    expect(one.json.stage).toBe('active');
  });

  it('forces a person given an initial password to change it, against the password policy', async () => {
    const sys = s.client();
    await sys.login('sysadmin', 'Demo@2024', totpCode(sysadminSecret, s.time.now()));
    const orgs = await sys.get('/api/v1/orgs');
    const djzhb = orgs.json.items.find((o: { name: string }) => o.name === '党建综合办公室');
    const weak = await sys.post('/api/v1/users', {
      username: 'newclerk',
      displayName: '新同事',
      orgId: djzhb.id,
      password: 'password',
    });
    expect(weak.status).toBe(400);
    expect(weak.json.error.code).toBe('WEAK_PASSWORD');
    const created = await sys.post('/api/v1/users', {
      username: 'newclerk',
      displayName: '新同事',
      orgId: djzhb.id,
      password: 'Initial#2024',
    });
    expect(created.status).toBe(201);
    expect(created.json.mustChangePassword).toBe(true);

    const c = s.client();
    const login = await c.login('newclerk', 'Initial#2024');
    expect(login.json.stage).toBe('password_change');
    expect((await c.get('/api/v1/orgs')).json.error.code).toBe('LOGIN_INCOMPLETE');
    const same = await c.post('/api/v1/auth/password', {
      currentPassword: 'Initial#2024',
      newPassword: 'Initial#2024',
    });
    expect(same.status).toBe(400);
    const short = await c.post('/api/v1/auth/password', {
      currentPassword: 'Initial#2024',
      newPassword: 'abc',
    });
    expect(short.json.error.message).toContain('至少 8 位');
    const done = await c.post('/api/v1/auth/password', {
      currentPassword: 'Initial#2024',
      newPassword: 'Chosen$2025x',
    });
    expect(done.json.stage).toBe('active');
    expect((await c.get('/api/v1/auth/me')).json.user.mustChangePassword).toBe(false);
    const event = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('action', '=', 'auth.password.changed')
      .where('actorName', '=', 'newclerk')
      .executeTakeFirst();
    expect(event).toBeTruthy();
  });
});
