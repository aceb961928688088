import type { Q } from '../db/database.js';
import { tooManyRequests } from '../errors.js';

/**
 * A flood limit (防刷): at most `limit` hits per key in each fixed window of `windowMinutes`. Fixed
 * windows keep the count to one row raised by one atomic upsert; at a window's edge a caller may get
 * up to twice the limit across the two windows, which is acceptable for holding back floods.
 */
export interface FloodRule {
  /** Names the bucket, e.g. `disclosure.apply.ip`. */
  name: string;
  limit: number;
  windowMinutes: number;
  /** What the refused caller reads (Chinese). */
  message: string;
}

function bucketOf(rule: FloodRule, key: string, now: Date) {
  const ms = rule.windowMinutes * 60_000;
  return {
    bucket: `${rule.name}:${key}`,
    windowStart: new Date(Math.floor(now.getTime() / ms) * ms).toISOString(),
  };
}

/**
 * Counts one hit for `key` and refuses (429) once the window holds more than the limit. The count is
 * raised and read in a single INSERT … ON CONFLICT DO UPDATE … RETURNING, so a parallel burst is
 * serialised on the counter row and exactly `limit` hits get through. Call it outside the caller's
 * transaction: a refused or failed request still counts.
 */
export async function takeFloodHit(q: Q, rule: FloodRule, key: string, now: Date): Promise<void> {
  const at = bucketOf(rule, key, now);
  const row = await q
    .insertInto('floodCounters')
    .values({ ...at, hits: 1 })
    .onConflict((oc) =>
      oc
        .columns(['bucket', 'windowStart'])
        .doUpdateSet((eb) => ({ hits: eb('floodCounters.hits', '+', 1) })),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  if (Number(row.hits) > rule.limit)
    throw tooManyRequests(rule.message, { retryAfterMinutes: rule.windowMinutes });
}

/** Gives a hit back: for limits that count only failures (a look-up that succeeded after all). */
export async function returnFloodHit(q: Q, rule: FloodRule, key: string, now: Date): Promise<void> {
  const at = bucketOf(rule, key, now);
  await q
    .updateTable('floodCounters')
    .set((eb) => ({ hits: eb('hits', '-', 1) }))
    .where('bucket', '=', at.bucket)
    .where('windowStart', '=', at.windowStart)
    .where('hits', '>', 0)
    .execute();
}

/** Drops counters of windows that ended before `before` (the nightly job). */
export async function pruneFloodCounters(q: Q, before: Date): Promise<number> {
  const res = await q
    .deleteFrom('floodCounters')
    .where('windowStart', '<', before.toISOString())
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
