import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** Security issue #8: refused writes are security events in the trail, aggregated when they flood. */
describe.skipIf(pgMissing())('refused writes leave an audit event', () => {
  let s: TestServer;
  const events = (action: string) =>
    s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['actorName', 'targetId', 'meta', 'ip'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute();
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('records a 403 on a write with who, what and from where; a refused read is not an event', async () => {
    const reviewer = await s.as('reviewer');
    expect((await reviewer.get('/api/v1/audit/events')).status).toBe(403);
    expect(
      (
        await reviewer.post('/api/v1/calendar/notices', {
          year: 2027,
          title: '测试通知',
          days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
        })
      ).status,
    ).toBe(403);
    const denied = await events('security.access.denied');
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({
      actorName: 'reviewer',
      targetId: 'POST /api/v1/calendar/notices',
      ip: '127.0.0.1',
    });
    expect(JSON.parse(denied[0]!.meta!)).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('records a write refused by the CSRF check and a 404 for a record outside the scope', async () => {
    const clerk = await s.as('clerk');
    expect(
      (await clerk.post('/api/v1/auth/logout-all', {}, { 'x-csrf-token': 'forged' })).status,
    ).toBe(403);
    const cadre = await s.as('cadre');
    const other = await s.deps.db.kysely
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'head')
      .executeTakeFirstOrThrow();
    expect((await cadre.post(`/api/v1/users/${other.id}/unlock`)).status).toBeGreaterThanOrEqual(
      403,
    );
    const denied = await events('security.access.denied');
    expect(denied.map((e) => JSON.parse(e.meta!).code)).toContain('CSRF_FAILED');
    expect(
      denied.some((e) => e.actorName === 'cadre' && e.targetId === 'POST /api/v1/users/:id/unlock'),
    ).toBe(true);
  });

  it('aggregates a flood from one address: ten single events a minute, then one summary', async () => {
    s.time.advanceMinutes(2);
    const before = (await events('security.access.denied')).length;
    const reviewer = await s.as('reviewer');
    for (let i = 0; i < 25; i++)
      await reviewer.post('/api/v1/calendar/notices/import', {
        year: 2027,
        title: '测试',
        csv: '2027-01-01,holiday,元旦',
      });
    expect((await events('security.access.denied')).length - before).toBe(10);
    const flood = await events('security.access.denied_flood');
    expect(flood).toHaveLength(1);
    expect(JSON.parse(flood[0]!.meta!).refusalsThisMinute).toBe(11);
  });
});
