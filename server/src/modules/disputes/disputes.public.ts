import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';

/**
 * What other modules may use of the disputes module (矛盾纠纷调解): the disputes a town received per
 * month, for the cockpit. Other modules import the disputes module only through this file.
 */

/**
 * Disputes received (受理日期) in each month of `year` in the town, as `YYYY-MM` → count; the list's
 * `?month=` filter counts on the same date, so a chart's bar opens exactly these disputes.
 */
export async function disputesByMonth(q: Q, actor: Actor, townId: string, year: number) {
  const month = sql<string>`substr(cast(received_on as text), 1, 7)`;
  const rows = await scoped(q, actor)
    .selectFrom('disputes')
    .select([month.as('month'), sql<number>`count(*)`.as('n')])
    .where('townId', '=', townId)
    .where('receivedOn', '>=', `${year}-01-01`)
    .where('receivedOn', '<=', `${year}-12-31`)
    .groupBy(month)
    .execute();
  return new Map(rows.map((r) => [r.month, Number(r.n)]));
}
