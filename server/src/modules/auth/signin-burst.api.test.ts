import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

const BURST = 50;

/**
 * Parallel bursts of wrong sign-ins against the limits (security issue #8): each limit is one atomic
 * counter, so the numbers below hold exactly on SQLite and on PostgreSQL (a pool of connections).
 */
describe.skipIf(pgMissing())(`${BURST} concurrent wrong sign-ins`, () => {
  let s: TestServer;
  beforeAll(async () => {
    // One proxy hop in front: the test names each request's address in X-Forwarded-For.
    s = await startTestServer({ env: { FAZHI_LOGIN_IP_LIMIT: '12', FAZHI_TRUST_PROXY: '1' } });
  });
  afterAll(() => s?.close());

  const signIn = (username: string, password: string, address: string) =>
    s.client().post('/api/v1/auth/login', { username, password }, { 'x-forwarded-for': address });
  const attempts = (username: string) =>
    s.deps.db.kysely
      .selectFrom('loginAttempts')
      .select('reason')
      .where('username', '=', username)
      .execute();

  it('from one address stop at the address limit: 12 checked, the rest throttled, one alert', async () => {
    const replies = await Promise.all(
      Array.from({ length: BURST }, (_, i) => signIn(`ghost${i}`, 'Wrong@pass1', '10.1.0.1')),
    );
    expect(replies.filter((r) => r.status === 401)).toHaveLength(12);
    expect(replies.filter((r) => r.status === 429)).toHaveLength(BURST - 12);
    const trail = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('action', 'in', ['auth.login.failed', 'auth.login.throttled'])
      .execute();
    expect(trail.filter((e) => e.action === 'auth.login.failed')).toHaveLength(12);
    expect(trail.filter((e) => e.action === 'auth.login.throttled')).toHaveLength(1);
    // Another address is not held back by this one's count.
    expect((await signIn('ghost0', 'Wrong@pass1', '10.1.0.2')).status).toBe(401);
  });

  it('on one account from many addresses check exactly five passwords and lock it once', async () => {
    const all = await Promise.all(
      Array.from({ length: BURST }, (_, i) => signIn('clerk', 'Wrong@pass1', `10.2.0.${i + 1}`)),
    );
    expect(all.every((r) => r.status === 401)).toBe(true);
    expect(new Set(all.map((r) => JSON.stringify(r.json))).size).toBe(1);
    const reasons = (await attempts('clerk')).map((a) => a.reason);
    expect(reasons.filter((r) => r === 'bad_password')).toHaveLength(5);
    expect(reasons.filter((r) => r === 'locked')).toHaveLength(BURST - 5);
    const locks = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('id')
      .where('action', '=', 'auth.account.locked')
      .where('actorName', '=', 'clerk')
      .execute();
    expect(locks).toHaveLength(1);
    // Locked: the right password is refused alike until the lock ends.
    const right = await signIn('clerk', 'Demo@2024', '10.3.0.1');
    expect(right.status).toBe(401);
    expect(right.json).toEqual(all[0]!.json);
    s.time.advanceMinutes(16);
    expect((await signIn('clerk', 'Demo@2024', '10.3.0.1')).status).toBe(200);
  });
});
