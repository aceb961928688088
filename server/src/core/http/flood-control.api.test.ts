import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { AppError } from '../errors.js';
import { pruneCounters } from '../db/atomic-counter.js';
import { returnFloodHit, takeFloodHit, type FloodRule } from './flood-control.js';

const RULE: FloodRule = {
  name: 'test.burst',
  limit: 5,
  windowMinutes: 60,
  message: '提交过于频繁',
};

describe.skipIf(pgMissing())('flood control (防刷) on its own counters', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:05:00Z' });
  });
  afterAll(() => s?.close());

  it('lets exactly the limit through a parallel burst and refuses the rest with 429', async () => {
    const now = s.time.now();
    const results = await Promise.allSettled(
      Array.from({ length: 15 }, () => takeFloodHit(s.deps.db.kysely, RULE, '10.0.0.1', now)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const refused = results
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map((r) => r.reason as AppError);
    expect(refused).toHaveLength(10);
    expect(
      refused.every(
        (e) => e instanceof AppError && e.status === 429 && e.message === '提交过于频繁',
      ),
    ).toBe(true);
    // Another address has its own bucket; the next window starts afresh.
    await expect(takeFloodHit(s.deps.db.kysely, RULE, '10.0.0.2', now)).resolves.toBeUndefined();
    await expect(
      takeFloodHit(s.deps.db.kysely, RULE, '10.0.0.1', new Date(now.getTime() + 60 * 60_000)),
    ).resolves.toBeUndefined();
  });

  it('gives a hit back (limits that count failures only) and prunes spent windows', async () => {
    const rule = { ...RULE, name: 'test.refund', limit: 1 };
    const now = s.time.now();
    await takeFloodHit(s.deps.db.kysely, rule, 'code', now);
    await returnFloodHit(s.deps.db.kysely, rule, 'code', now);
    await takeFloodHit(s.deps.db.kysely, rule, 'code', now);
    await expect(takeFloodHit(s.deps.db.kysely, rule, 'code', now)).rejects.toMatchObject({
      status: 429,
    });
    expect(
      await pruneCounters(s.deps.db.kysely, new Date(now.getTime() + 2 * 60 * 60_000)),
    ).toBeGreaterThanOrEqual(3);
    expect(await s.deps.db.kysely.selectFrom('floodCounters').selectAll().execute()).toEqual([]);
  });

  it('holds a parallel burst of anonymous complaints from one address to the limit, without reading the trail', async () => {
    const q = s.deps.db.kysely;
    const village = (
      await q
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109202')
        .executeTakeFirstOrThrow()
    ).id;
    const body = {
      villageId: village,
      complainantName: '徐阿姨',
      phone: '13805741234',
      category: 'finance',
      kind: 'not_published',
      matter: '村里的土地租金收入没有公布',
    };
    const anon = s.client();
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => anon.post('/api/v1/public/village-affairs/complaints', body)),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    const refused = replies.find((r) => r.status === 429)!;
    expect(refused.json.error).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringContaining('提交过于频繁'),
    });
  });
});
