import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, totpCode } from '../../test/admin-login.js';
import { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('API tokens for machine clients', () => {
  let s: TestServer;
  let secSecret = '';
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('issues a limited token that works as Bearer without CSRF, and stops working when revoked', async () => {
    const { client: sec, secret } = await asAdmin(s, 'secadmin');
    secSecret = secret;
    const tooMuch = await sec.post('/api/v1/tokens', {
      name: '县统计接口',
      permissions: ['audit.event.read'],
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.json.error.code).toBe('PERMISSION_NOT_HELD');

    const issued = await sec.post('/api/v1/tokens', {
      name: '县统计接口',
      permissions: ['org.read'],
    });
    expect(issued.status).toBe(201);
    expect(issued.json.token).toMatch(/^fz_/);
    const machine = new TestClient(s.baseUrl);
    machine.bearer = issued.json.token;
    const orgs = await machine.get('/api/v1/orgs');
    expect(orgs.status).toBe(200);
    expect(orgs.json.items.some((o: { name: string }) => o.name === '桥头镇')).toBe(true);
    expect((await machine.get('/api/v1/users')).status).toBe(403);

    const list = await sec.get('/api/v1/tokens');
    expect(list.json.items[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list.json)).not.toContain(issued.json.token);

    expect((await sec.post(`/api/v1/tokens/${issued.json.id}/revoke`)).status).toBe(204);
    const after = await machine.get('/api/v1/orgs');
    expect(after.status).toBe(401);
    expect(after.json.error.code).toBe('INVALID_TOKEN');
  });

  it('judges the expiry date by the Shanghai day: near midnight UTC, "today" is already tomorrow', async () => {
    // 2024-11-20 17:30 UTC is 2024-11-21 01:30 in Shanghai: a token expiring on the 21st would expire today.
    s.time.set('2024-11-20T17:30:00Z');
    const sec = s.client();
    expect(
      (await sec.login('secadmin', 'Demo@2024', totpCode(secSecret, s.time.now()))).status,
    ).toBe(200);
    const sameDay = await sec.post('/api/v1/tokens', {
      name: '当日到期',
      permissions: ['org.read'],
      expiresAt: '2024-11-21',
    });
    expect(sameDay.status).toBe(400);
    expect(sameDay.json.error).toMatchObject({ code: 'BAD_EXPIRY', message: '有效期须晚于今天' });
    const nextDay = await sec.post('/api/v1/tokens', {
      name: '次日到期',
      permissions: ['org.read'],
      expiresAt: '2024-11-22',
    });
    expect(nextDay.status, JSON.stringify(nextDay.json)).toBe(201);
  });
});

const LEGACY_TOKEN = 'fz_legacy-token-with-role-assign-000000';

describe.skipIf(pgMissing())('API tokens never manage accounts and always expire', () => {
  let s: TestServer;
  let sec: TestClient;
  beforeAll(async () => {
    s = await startTestServer();
    sec = (await asAdmin(s, 'secadmin')).client;
  });
  afterAll(() => s?.close());

  it('refuses account-management permissions on a token', async () => {
    const res = await sec.post('/api/v1/tokens', {
      name: '角色同步',
      permissions: ['role.assign', 'user.read'],
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('PERMISSION_NOT_FOR_TOKENS');
    expect(res.json.error.details.excluded).toEqual(['role.assign']);
  });

  it('a token made before the rule cannot give its creator (or anyone) a role', async () => {
    const me = await sec.get('/api/v1/auth/me');
    const token = LEGACY_TOKEN;
    const { sm3Hex } = await import('../../core/crypto/sm.js');
    await s.deps.db.kysely
      .insertInto('apiTokens')
      .values({
        id: '01900000-0000-7000-8000-000000000001',
        name: '旧令牌',
        tokenHash: sm3Hex(token),
        tokenPrefix: token.slice(0, 10),
        orgId: me.json.user.org.id,
        permissions: JSON.stringify(['role.assign', 'user.read']),
        createdBy: me.json.user.id,
        createdAt: s.time.now().toISOString(),
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: null,
      })
      .execute();
    const machine = new TestClient(s.baseUrl);
    machine.bearer = token;
    const self = await machine.put(`/api/v1/users/${me.json.user.id}/roles`, {
      roles: ['security_admin', 'town_head'],
    });
    expect(self.status).toBe(403);
    const citizen = (await machine.get('/api/v1/users?q=citizen')).json.items[0];
    expect(
      (await machine.put(`/api/v1/users/${citizen.id}/roles`, { roles: ['office_clerk'] })).status,
    ).toBe(403);
    expect((await sec.get(`/api/v1/users/${me.json.user.id}`)).json.roles).toEqual([
      { key: 'security_admin', name: '安全管理员' },
    ]);
  });

  it('expires after 90 days by default and at most after a year', async () => {
    const tooLong = await sec.post('/api/v1/tokens', {
      name: '长期令牌',
      permissions: ['org.read'],
      expiresAt: '2025-11-21',
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.code).toBe('BAD_EXPIRY');
    expect(
      (
        await sec.post('/api/v1/tokens', {
          name: '一年令牌',
          permissions: ['org.read'],
          expiresAt: '2025-11-20',
        })
      ).status,
    ).toBe(201);
    const issued = await sec.post('/api/v1/tokens', {
      name: '默认令牌',
      permissions: ['org.read'],
    });
    expect(issued.status).toBe(201);
    const listed = (await sec.get('/api/v1/tokens')).json.items.find(
      (t: { id: string }) => t.id === issued.json.id,
    );
    expect(listed.expiresAt).toBe('2025-02-18T16:00:00.000Z');
    const machine = new TestClient(s.baseUrl);
    machine.bearer = issued.json.token;
    expect((await machine.get('/api/v1/orgs')).status).toBe(200);
    s.time.advanceMinutes(91 * 24 * 60);
    expect((await machine.get('/api/v1/orgs')).status).toBe(401);

    const legacy = new TestClient(s.baseUrl);
    legacy.bearer = LEGACY_TOKEN;
    expect((await legacy.get('/api/v1/orgs')).status).toBe(403);
    s.time.advanceMinutes(275 * 24 * 60);
    expect((await legacy.get('/api/v1/orgs')).status).toBe(401);
  });
});
