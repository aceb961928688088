import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';

/**
 * What other modules may use of the disclosure module (政务公开): the applications a town received per
 * month, for the cockpit. Other modules import the disclosure module only through this file.
 */

/**
 * 依申请公开 applications received in each month of `year` (收到申请之日, or the day submitted while
 * not yet received, as the list's `?year=` counts them), as `YYYY-MM` → count; the list's `?month=`
 * filters on the same date.
 */
export async function requestsByMonth(q: Q, actor: Actor, townId: string, year: number) {
  const day = sql<string>`cast(coalesce(received_on, submitted_on) as text)`;
  const month = sql<string>`substr(${day}, 1, 7)`;
  const rows = await scoped(q, actor)
    .selectFrom('disclosureRequests')
    .select([month.as('month'), sql<number>`count(*)`.as('n')])
    .where('orgId', '=', townId)
    .where(day, '>=', `${year}-01-01`)
    .where(day, '<=', `${year}-12-31`)
    .groupBy(month)
    .execute();
  return new Map(rows.map((r) => [r.month, Number(r.n)]));
}
