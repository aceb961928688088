import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inGroupTransaction } from '../db/group-commit.js';
import { actorCtx } from '../../modules/demo/demo-actors.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { settleDeferredEvents } from './deferred.js';
import { recordEvent } from './record.js';
import { verifyChains } from './verify.js';

describe.skipIf(pgMissing())('audit events of a group-commit batch, appended at its end', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('drops the events of a write whose savepoint is rolled back, keeps the others in order, and lets a write read those recorded before it', async () => {
    const q = s.deps.db.kysely;
    const ctx = await actorCtx(s.deps, 'clerk');
    const actor = ctx.actor!;
    const now = s.deps.time.now();
    const action = 'test.batch.written';
    const seen = (trx: Parameters<typeof settleDeferredEvents>[0]) =>
      trx
        .selectFrom('auditEvents')
        .select('meta')
        .where('action', '=', action)
        .execute()
        .then((rows) => rows.map((r) => (JSON.parse(r.meta!) as { i: number }).i).sort());
    // The first write runs alone; the seven arriving meanwhile share the next transaction.
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        inGroupTransaction(s.deps.db, 'test', async (trx) => {
          await recordEvent(trx, ctx, { action, meta: { i } }, now);
          await recordEvent(trx, ctx, { action, meta: { i: i + 0.5 } }, now);
          // 3 fails with its events still held; 5 after the batch wrote those before it (and its own).
          if (i === 3) throw new Error('rejected with its events held');
          if (i === 5) {
            await settleDeferredEvents(trx);
            throw new Error('rejected after the trail was written');
          }
          if (i === 6) {
            await settleDeferredEvents(trx);
            return seen(trx);
          }
          return null;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([
      ...['fulfilled', 'fulfilled', 'fulfilled', 'rejected'],
      ...['fulfilled', 'rejected', 'fulfilled', 'fulfilled'],
    ]);
    // Job 6 saw every event recorded before it, its own included, and none of 3 or 5.
    expect((results[6] as PromiseFulfilledResult<number[]>).value).toEqual([
      0, 0.5, 1, 1.5, 2, 2.5, 4, 4.5, 6, 6.5,
    ]);
    const rows = await q
      .selectFrom('auditEvents')
      .select(['chainId', 'seq', 'meta'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => (JSON.parse(r.meta!) as { i: number }).i)).toEqual([
      0, 0.5, 1, 1.5, 2, 2.5, 4, 4.5, 6, 6.5, 7, 7.5,
    ]);
    expect(new Set(rows.map((r) => r.chainId))).toEqual(new Set([actor.townId]));
    const seqs = rows.map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, k) => seqs[0]! + k));
    expect((await verifyChains(q, s.deps.secrets.audit.chainKey)).filter((r) => !r.ok)).toEqual([]);
  });
});
