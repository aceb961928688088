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
    for (let i = 1; i <= 4; i++) {
      const r = await c.login('officer', 'Wrong@pass1');
      expect(r.status).toBe(401);
      expect(r.json.error.details.remainingAttempts).toBe(5 - i);
    }
    const fifth = await c.login('officer', 'Wrong@pass1');
    expect(fifth.status).toBe(423);
    expect(fifth.json.error.code).toBe('ACCOUNT_LOCKED');
    expect(fifth.json.error.message).toContain('锁定');

    const whileLocked = await c.login('officer', 'Demo@2024');
    expect(whileLocked.status).toBe(423);

    s.time.advanceMinutes(16);
    const after = await c.login('officer', 'Demo@2024');
    expect(after.status).toBe(200);

    const events = await s.deps.db.kysely.selectFrom('auditEvents').select(['action']).where('actorName', '=', 'officer').execute();
    expect(events.filter((e) => e.action === 'auth.login.failed')).toHaveLength(4);
    expect(events.filter((e) => e.action === 'auth.account.locked')).toHaveLength(1);
    const history = await c.get('/api/v1/auth/login-history');
    expect(history.json.items.filter((h: { success: boolean }) => !h.success).length).toBe(6);
    expect(history.json.items[0]).toMatchObject({ success: true, reason: 'ok' });
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
