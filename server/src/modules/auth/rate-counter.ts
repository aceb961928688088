import { sql } from 'kysely';
import type { Q } from '../../core/db/database.js';

/**
 * The sign-in flood controls' counters: one upsert both counts and answers, so a parallel burst is
 * counted request by request (no check-then-write). A window older than `windowMinutes` restarts at 1.
 * Returns the number of hits in the current window, this one included.
 */
export async function hit(q: Q, key: string, now: Date, windowMinutes: number): Promise<number> {
  const at = now.toISOString();
  const expired = new Date(now.getTime() - windowMinutes * 60_000).toISOString();
  const row = await q
    .insertInto('authRateCounters')
    .values({ key, windowStart: at, hits: 1, alertedAt: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        hits: eb
          .case()
          .when('authRateCounters.windowStart', '<=', expired)
          .then(sql<number>`1`)
          .else(eb('authRateCounters.hits', '+', 1))
          .end(),
        windowStart: eb
          .case()
          .when('authRateCounters.windowStart', '<=', expired)
          .then(at)
          .else(eb.ref('authRateCounters.windowStart'))
          .end(),
      })),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  return Number(row.hits);
}

/** Gives one hit back (a sign-in that turned out to be right does not count against its address). */
export async function giveBack(q: Q, key: string): Promise<void> {
  await q
    .updateTable('authRateCounters')
    .set((eb) => ({ hits: eb('hits', '-', 1) }))
    .where('key', '=', key)
    .where('hits', '>', 0)
    .execute();
}

/**
 * Claims the right to write the "throttled" audit event for this key: true at most once a minute, so a
 * flood leaves one event per address per minute instead of one per request.
 */
export async function claimAlert(q: Q, key: string, now: Date): Promise<boolean> {
  const res = await q
    .updateTable('authRateCounters')
    .set({ alertedAt: now.toISOString() })
    .where('key', '=', key)
    .where((eb) =>
      eb.or([
        eb('alertedAt', 'is', null),
        eb('alertedAt', '<=', new Date(now.getTime() - 60_000).toISOString()),
      ]),
    )
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
