import type { Q } from './database.js';

/**
 * The one atomic counter behind every limit (security issue #8): the sign-in throttle, the SMS limits,
 * the aggregation of security events and the 防刷 limits of public forms. A counter is a bucket's hits
 * in one fixed window of `windowMinutes` (a row of `flood_counters`), raised and read by a single
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`: a parallel burst is serialised on the row, each request
 * sees its own number and no check-then-write can let two through on one slot. At a window's edge a
 * caller may get up to twice the limit across the two windows, acceptable for holding back floods.
 */
function windowOf(bucket: string, windowMinutes: number, now: Date) {
  const ms = windowMinutes * 60_000;
  return { bucket, windowStart: new Date(Math.floor(now.getTime() / ms) * ms).toISOString() };
}

/** Counts one hit for `bucket` in the window holding `now`; answers the window's hits, this one included. */
export async function countHit(
  q: Q,
  bucket: string,
  windowMinutes: number,
  now: Date,
): Promise<number> {
  const at = windowOf(bucket, windowMinutes, now);
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
  return Number(row.hits);
}

/**
 * Gives back a hit counted at `countedAt` to its window (limits that count failures only: the sign-in
 * or look-up turned out right). Never below zero.
 */
export async function giveBackHit(q: Q, bucket: string, windowMinutes: number, countedAt: Date) {
  const hit = windowOf(bucket, windowMinutes, countedAt);
  await q
    .updateTable('floodCounters')
    .set((eb) => ({ hits: eb('hits', '-', 1) }))
    .where('bucket', '=', hit.bucket)
    .where('windowStart', '=', hit.windowStart)
    .where('hits', '>', 0)
    .execute();
}

/**
 * True for the first caller in each minute for `bucket`, false for every other: lets a flood leave one
 * audit event a minute instead of one per request. A counter of its own, so it is atomic too.
 */
export async function firstThisMinute(q: Q, bucket: string, now: Date): Promise<boolean> {
  return (await countHit(q, `alert:${bucket}`, 1, now)) === 1;
}

/** Drops counters of windows that started before `before` (the nightly job). */
export async function pruneCounters(q: Q, before: Date): Promise<number> {
  const res = await q
    .deleteFrom('floodCounters')
    .where('windowStart', '<', before.toISOString())
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
