import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';

/**
 * What other modules may use of the enforcement module (行政执法): the count of penalty decisions a
 * town reports as its own, and its cases per month for the cockpit. Other modules import the enforcement module only through this file.
 */

/**
 * 行政处罚决定 made in `year` that the town reports in 表二 of its disclosure annual report (政府信息公开条例
 * 第五十条): those it made under its own granted power (赋权) or issued under an entrustment (委托). Cases
 * of a 派出机构 are its parent department's, reported there. `recorded` is 0 when the town keeps no cases.
 */
export async function penaltyDecisionsOf(q: Q, townId: string, year: number) {
  // tenancy: the caller compiles this town's report and has checked that the town is in scope
  const row = await q
    .selectFrom('enforcementCases')
    .select(sql<number>`count(*)`.as('n'))
    .where('townId', '=', townId)
    .where('authorityBasis', '!=', 'dispatched')
    .where('decidedOn', '>=', `${year}-01-01`)
    .where('decidedOn', '<=', `${year}-12-31`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The 行政执法证 of these accounts, from the one certificate registry (the legal-team roster shows them
 * with their expiry rather than keeping certificates of its own).
 */
export async function certificatesOf(q: Q, townId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  // tenancy: the caller read its roster through scoped(); certificates of the same town only
  return q
    .selectFrom('enforcementCertificates')
    .select(['userId', 'certNo', 'issuedOn', 'expiresOn'])
    .where('orgId', '=', townId)
    .where('userId', 'in', userIds)
    .orderBy('expiresOn', 'desc')
    .execute();
}

/**
 * Cases registered (线索登记日期) in each month of `year` in the town, as `YYYY-MM` → count; the case
 * list's `?month=` filter counts on the same date, so a chart's bar opens exactly these cases.
 */
export async function casesByMonth(q: Q, actor: Actor, townId: string, year: number) {
  const month = sql<string>`substr(cast(clue_on as text), 1, 7)`;
  const rows = await scoped(q, actor)
    .selectFrom('enforcementCases')
    .select([month.as('month'), sql<number>`count(*)`.as('n')])
    .where('townId', '=', townId)
    .where('clueOn', '>=', `${year}-01-01`)
    .where('clueOn', '<=', `${year}-12-31`)
    .groupBy(month)
    .execute();
  return new Map(rows.map((r) => [r.month, Number(r.n)]));
}
