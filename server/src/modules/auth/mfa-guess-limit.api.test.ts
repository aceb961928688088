import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, totpCode } from '../../test/admin-login.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** Security issue #8: the second factor of an administrator cannot be guessed without limit. */
describe.skipIf(pgMissing())('administrators’ second factor has a guess limit', () => {
  let s: TestServer;
  let secret: string;
  beforeAll(async () => {
    s = await startTestServer();
    ({ secret } = await asAdmin(s, 'secadmin'));
  });
  afterAll(() => s?.close());

  const wrongCode = () => (totpCode(secret, s.time.now()) === '000000' ? '111111' : '000000');

  it('a right password does not reset the count: "sign in, try four codes" locks at the fifth wrong code', async () => {
    const statuses: number[] = [];
    for (let round = 0; round < 3; round++) {
      const c = s.client();
      const login = await c.login('secadmin', 'Demo@2024');
      if (login.status !== 200) {
        statuses.push(login.status);
        break;
      }
      expect(login.json.stage).toBe('mfa_verify');
      for (let i = 0; i < 4; i++) {
        const r = await c.post('/api/v1/auth/totp/verify', { code: wrongCode() });
        statuses.push(r.status);
        if (r.status === 401) break;
      }
    }
    // Four wrong codes in round one, the fifth (round two) locks and ends the session.
    expect(statuses.slice(0, 4)).toEqual([400, 400, 400, 400]);
    expect(statuses[4]).toBe(401);
    const locked = await s.client().login('secadmin', 'Demo@2024', totpCode(secret, s.time.now()));
    expect(locked.status).toBe(401);
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('actorName', '=', 'secadmin')
      .execute();
    expect(events.filter((e) => e.action === 'auth.account.locked')).toHaveLength(1);

    s.time.advanceMinutes(16);
    const c = s.client();
    expect((await c.login('secadmin', 'Demo@2024')).json.stage).toBe('mfa_verify');
    expect(
      (await c.post('/api/v1/auth/totp/verify', { code: totpCode(secret, s.time.now()) })).json
        .stage,
    ).toBe('active');
  });

  it('parallel wrong codes on one session are each counted: at most five are checked', async () => {
    s.time.advanceMinutes(1);
    const c = s.client();
    expect((await c.login('secadmin', 'Demo@2024')).json.stage).toBe('mfa_verify');
    const results = await Promise.all(
      Array.from({ length: 12 }, () => c.post('/api/v1/auth/totp/verify', { code: wrongCode() })),
    );
    expect(results.filter((r) => r.status === 400)).toHaveLength(4);
    expect(results.filter((r) => r.status === 401).length).toBe(8);
    const user = await s.deps.db.kysely
      .selectFrom('users')
      .select(['lockedUntil'])
      .where('username', '=', 'secadmin')
      .executeTakeFirstOrThrow();
    expect(user.lockedUntil).not.toBeNull();
  });
});

describe.skipIf(pgMissing())(
  'wrong second-factor codes count towards the per-address throttle',
  () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer({
        env: { FAZHI_LOGIN_IP_LIMIT: '3', FAZHI_LOGIN_MAX_FAILURES: '50' },
      });
    });
    afterAll(() => s?.close());

    it('throttles the address after three wrong codes, and audits the throttling once a minute', async () => {
      const { secret } = await asAdmin(s, 'secadmin');
      const c = s.client();
      expect((await c.login('secadmin', 'Demo@2024')).json.stage).toBe('mfa_verify');
      const wrong = totpCode(secret, s.time.now()) === '000000' ? '111111' : '000000';
      for (let i = 0; i < 3; i++)
        expect((await c.post('/api/v1/auth/totp/verify', { code: wrong })).status).toBe(400);
      const r = await c.post('/api/v1/auth/totp/verify', { code: wrong });
      expect(r.status).toBe(429);
      expect((await s.client().login('officer', 'Demo@2024')).status).toBe(429);
      expect((await s.client().login('officer', 'Demo@2024')).status).toBe(429);
      const throttled = await s.deps.db.kysely
        .selectFrom('auditEvents')
        .select(['action', 'targetId'])
        .where('action', '=', 'auth.login.throttled')
        .execute();
      expect(throttled).toEqual([{ action: 'auth.login.throttled', targetId: '127.0.0.1' }]);
    });
  },
);
