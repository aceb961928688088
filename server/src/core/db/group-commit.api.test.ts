import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChains } from '../audit/verify.js';
import { issueNumber } from '../documents/numbering.js';
import { mutation } from '../mutation.js';
import { loadUserActor } from '../../modules/auth/actor-loader.js';
import { pgMissing, startTestServer, testDb, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('group commit of writes that arrive together', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('commits a burst of one town together; a write failing inside it gives its 文号 back and the trail verifies', async () => {
    const q = s.deps.db.kysely;
    const { id } = await q
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'clerk')
      .executeTakeFirstOrThrow();
    const actor = (await loadUserActor(q, id))!;
    const ctx = { actor, ip: null, userAgent: null, requestId: 'test' };
    // Twelve writes asked for in the same turn of the event loop share one transaction.
    const transactions = new Set<unknown>();
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        mutation(s.deps, ctx, async (m) => {
          transactions.add(m.trx);
          const n = await issueNumber(m, {
            orgId: actor.orgId,
            kind: 'legality_opinion',
            year: 2030,
            title: `批量第${i}件`,
          });
          if (i === 5) throw new Error('document rejected');
          return n.seq;
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(transactions.size).toBe(1);
    const seqs = results
      .flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
      .sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    const register = await q
      .selectFrom('docNumbers')
      .select(['id', 'title'])
      .where('year', '=', 2030)
      .execute();
    expect(register.map((r) => r.title)).not.toContain('批量第5件');
    expect(register).toHaveLength(11);
    const issued = await q
      .selectFrom('auditEvents')
      .select('targetId')
      .where('action', '=', 'numbering.number.issued')
      .where(
        'targetId',
        'in',
        register.map((r) => r.id),
      )
      .execute();
    expect(issued).toHaveLength(11);
    for (const r of await verifyChains(q, s.deps.secrets.audit.chainKey))
      expect(r).toMatchObject({ ok: true });
  });
  it.runIf(testDb() === 'pg')(
    'shares a commit among anonymous writes whose town the caller names; without one each commits alone',
    async () => {
      const q = s.deps.db.kysely;
      const town = (
        await q
          .selectFrom('orgs')
          .select('id')
          .where('code', '=', '330282109000')
          .executeTakeFirstOrThrow()
      ).id;
      const ctx = { actor: null, ip: null, userAgent: null, requestId: 'portal' };
      const burst = (town: string | null) =>
        Promise.all(
          Array.from({ length: 6 }, () =>
            mutation(
              s.deps,
              ctx,
              async (m) => {
                const { rows } = await sql<{ t: string }>`select txid_current()::text as t`.execute(
                  m.trx,
                );
                await m.audit({ action: 'test.portal.write', orgId: town });
                return rows[0]!.t;
              },
              { town },
            ),
          ),
        );
      // A burst asked for in one turn of the event loop shares one transaction.
      expect(new Set(await burst(town)).size).toBe(1);
      expect(new Set(await burst(null)).size).toBe(6);
      // The named town's events are on the town's own chain, the one its signed-in staff write to.
      const { id: clerkId } = await q
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'clerk')
        .executeTakeFirstOrThrow();
      const chains = await q
        .selectFrom('auditEvents')
        .select('chainId')
        .distinct()
        .where('action', '=', 'test.portal.write')
        .where('orgId', '=', town)
        .execute();
      expect(chains).toEqual([{ chainId: (await loadUserActor(q, clerkId))!.townId }]);
      for (const r of await verifyChains(q, s.deps.secrets.audit.chainKey))
        expect(r).toMatchObject({ ok: true });
    },
  );
});
