import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('等保 login controls', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('locks the account for 15 minutes after five wrong passwords, then lets the right one in', async () => {
    const c = s.client();
    for (let i = 1; i <= 5; i++) {
      const r = await c.login('officer', 'Wrong@pass1');
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe('INVALID_CREDENTIALS');
    }
    const whileLocked = await c.login('officer', 'Demo@2024');
    expect(whileLocked.status).toBe(401);

    s.time.advanceMinutes(16);
    const after = await c.login('officer', 'Demo@2024');
    expect(after.status).toBe(200);

    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['action', 'meta'])
      .where('actorName', '=', 'officer')
      .execute();
    expect(events.filter((e) => e.action === 'auth.login.failed')).toHaveLength(5);
    expect(events.filter((e) => e.action === 'auth.account.locked')).toHaveLength(1);
    expect(
      events.filter((e) => e.action === 'auth.login.failed' && String(e.meta).includes('"locked"')),
    ).toHaveLength(1);
    const history = await c.get('/api/v1/auth/login-history');
    expect(history.json.items.filter((h: { success: boolean }) => !h.success).length).toBe(6);
    expect(history.json.items[0]).toMatchObject({ success: true, reason: 'ok' });
  });

  it('answers every failed sign-in alike: unknown account, wrong password, locked account', async () => {
    const unknown = await s.client().login('nobody-here', 'Wrong@pass1');
    const wrong = await s.client().login('mediator', 'Wrong@pass1');
    for (let i = 0; i < 5; i++) await s.client().login('window', 'Wrong@pass1');
    const locked = await s.client().login('window', 'Demo@2024');
    for (const r of [unknown, wrong, locked]) {
      expect(r.status).toBe(401);
      expect(r.json).toEqual(unknown.json);
    }
    expect(unknown.json.error.details).toBeNull();
    const trail = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['actorName', 'meta'])
      .where('action', '=', 'auth.login.failed')
      .where('actorName', '=', 'nobody-here')
      .execute();
    expect(trail).toHaveLength(1);
    expect(trail[0]!.meta).toContain('unknown_user');
    s.time.advanceMinutes(16);
  });

  it('a parallel burst of wrong passwords gets at most five guesses checked', async () => {
    const results = await Promise.all(
      Array.from({ length: 15 }, () => s.client().login('clerk', 'Wrong@pass1')),
    );
    expect(results.every((r) => r.status === 401)).toBe(true);
    const attempts = await s.deps.db.kysely
      .selectFrom('loginAttempts')
      .select('reason')
      .where('username', '=', 'clerk')
      .execute();
    expect(attempts.filter((a) => a.reason === 'bad_password')).toHaveLength(5);
    expect(attempts.filter((a) => a.reason === 'locked')).toHaveLength(10);
    expect((await s.client().login('clerk', 'Demo@2024')).status).toBe(401);
    s.time.advanceMinutes(16);
    expect((await s.client().login('clerk', 'Demo@2024')).status).toBe(200);
  });

  it('ends an idle session after 30 minutes', async () => {
    const c = await s.as('mediator');
    s.time.advanceMinutes(29);
    expect((await c.get('/api/v1/auth/me')).status).toBe(200);
    s.time.advanceMinutes(31);
    const res = await c.get('/api/v1/auth/me');
    expect(res.status).toBe(401);
  });

  it('signs out everywhere', async () => {
    const a = await s.as('window');
    const b = await s.as('window');
    const res = await a.post('/api/v1/auth/logout-all');
    expect(res.json.revoked).toBe(2);
    expect((await b.get('/api/v1/auth/me')).status).toBe(401);
    expect((await a.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('lists and ends one of my own sessions', async () => {
    const a = await s.as('deputy');
    const b = await s.as('deputy');
    const list = await a.get('/api/v1/auth/sessions');
    expect(list.json.items).toHaveLength(2);
    const other = list.json.items.find((x: { current: boolean }) => !x.current);
    expect((await a.delete(`/api/v1/auth/sessions/${other.id}`)).status).toBe(204);
    expect((await b.get('/api/v1/auth/me')).status).toBe(401);
    expect((await a.get('/api/v1/auth/me')).status).toBe(200);
  });
});

describe.skipIf(pgMissing())('per-address throttle', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { FAZHI_LOGIN_IP_LIMIT: '5' } });
  });
  afterAll(() => s?.close());

  it('stops a parallel burst from one address at the limit; a right password does not count', async () => {
    expect((await s.client().login('officer', 'Demo@2024')).status).toBe(200);
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => s.client().login(`ghost${i}`, 'Wrong@pass1')),
    );
    expect(results.filter((r) => r.status === 401)).toHaveLength(5);
    expect(results.filter((r) => r.status === 429)).toHaveLength(10);
    expect(results.find((r) => r.status === 429)!.json.error.code).toBe('TOO_MANY_REQUESTS');
    const alerts = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('targetId')
      .where('action', '=', 'auth.login.throttled')
      .execute();
    expect(alerts).toEqual([{ targetId: '127.0.0.1' }]);
    s.time.advanceMinutes(16);
    expect((await s.client().login('officer', 'Demo@2024')).status).toBe(200);
  });
});
