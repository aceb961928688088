import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, pgMissing, type TestEnv } from '../../test/test-env.js';
import { countHit, firstThisMinute, giveBackHit, pruneCounters } from './atomic-counter.js';

const BURST = 50;

/** The one counter behind every limit, on the real database of the run (SQLite or PostgreSQL). */
describe.skipIf(pgMissing())('the atomic counter', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv({ demo: false });
  });
  afterAll(() => env?.close());

  it(`numbers a parallel burst of ${BURST} hits 1…${BURST}, each request its own number`, async () => {
    const now = env.time.now();
    const seen = await Promise.all(
      Array.from({ length: BURST }, () => countHit(env.deps.db.kysely, 'burst:a', 15, now)),
    );
    // A check-then-write would hand two requests the same number (and lose a hit).
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: BURST }, (_, i) => i + 1));
    expect(await countHit(env.deps.db.kysely, 'burst:b', 15, now)).toBe(1);
  });

  it('starts every fixed window afresh and gives a hit back to the window it was counted in', async () => {
    const q = env.deps.db.kysely;
    const t0 = new Date('2024-11-20T02:14:59Z');
    const t1 = new Date('2024-11-20T02:15:00Z');
    expect(await countHit(q, 'window', 15, t0)).toBe(1);
    expect(await countHit(q, 'window', 15, t0)).toBe(2);
    expect(await countHit(q, 'window', 15, t1)).toBe(1);
    await giveBackHit(q, 'window', 15, t0);
    expect(await countHit(q, 'window', 15, t0)).toBe(2);
    await giveBackHit(q, 'window', 15, t1);
    await giveBackHit(q, 'window', 15, t1);
    expect(await countHit(q, 'window', 15, t1)).toBe(1);
  });

  it(`lets exactly one of ${BURST} parallel callers write the minute's alert`, async () => {
    const now = env.time.now();
    const claims = await Promise.all(
      Array.from({ length: BURST }, () => firstThisMinute(env.deps.db.kysely, 'denied:x', now)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    const nextMinute = new Date(now.getTime() + 60_000);
    expect(await firstThisMinute(env.deps.db.kysely, 'denied:x', nextMinute)).toBe(true);
  });

  it('prunes spent windows only', async () => {
    const q = env.deps.db.kysely;
    const before = await q.selectFrom('floodCounters').select('bucket').execute();
    // Only the window that starts at 02:15 is still running then.
    expect(await pruneCounters(q, new Date('2024-11-20T02:15:00Z'))).toBe(before.length - 1);
    expect(await q.selectFrom('floodCounters').select(['bucket', 'windowStart']).execute()).toEqual(
      [{ bucket: 'window', windowStart: '2024-11-20T02:15:00.000Z' }],
    );
  });
});
