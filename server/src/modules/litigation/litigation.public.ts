import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { table4Column } from './outcome-sets.js';

/**
 * What other modules may use of the litigation module (行政复议与行政应诉): 表四 of the disclosure annual
 * report and the cases received per month for the cockpit. Other modules import the litigation module
 * only through this file.
 */

type Row = { upheld: number; corrected: number; other: number; pending: number };
const zero = (): Row => ({ upheld: 0, corrected: 0, other: 0, pending: 0 });

/** The source shown when 表四 is counted from the register rather than entered. */
export const RECORDED_TABLE4 =
  '本系统行政复议与行政应诉案件登记（政府信息公开类案件，按收案年度和年末结果统计）';

/**
 * 表四 (政府信息公开条例 第五十条): the town's disclosure-related cases received in `year`, by group (行政复议;
 * 诉讼 未经复议直接起诉 / 复议后起诉) and by result at the year's end (维持, 纠正, 其他, 尚未审结). Null when
 * the register holds no such case for the year, so the report keeps the figures entered by hand.
 */
export async function disclosureTable4Of(q: Q, townId: string, year: number) {
  // tenancy: the caller compiles this town's report and has checked that the town is in scope
  const rows = await q
    .selectFrom('litigationCases')
    .select(['kind', 'afterReconsideration', 'outcome', 'concludedOn'])
    .where('townId', '=', townId)
    .where('disclosureRelated', '=', 1)
    .where('receivedOn', '>=', `${year}-01-01`)
    .where('receivedOn', '<=', `${year}-12-31`)
    .execute();
  if (!rows.length) return null;
  const out = { review: zero(), direct: zero(), after: zero() };
  const end = `${year}-12-31`;
  for (const r of rows) {
    const group =
      r.kind === 'reconsideration' ? 'review' : r.afterReconsideration ? 'after' : 'direct';
    const decided = r.concludedOn !== null && r.concludedOn <= end ? r.outcome : null;
    out[group][table4Column(r.kind, decided)] += 1;
  }
  return out;
}

/**
 * Cases received (收案日期) in each month of `year` in the town, as `YYYY-MM` → count, for the cockpit;
 * the case list's `?month=` filter counts on the same date.
 */
export async function casesByMonth(q: Q, actor: Actor, townId: string, year: number) {
  const month = sql<string>`substr(cast(received_on as text), 1, 7)`;
  const rows = await scoped(q, actor)
    .selectFrom('litigationCases')
    .select([month.as('month'), sql<number>`count(*)`.as('n')])
    .where('townId', '=', townId)
    .where('receivedOn', '>=', `${year}-01-01`)
    .where('receivedOn', '<=', `${year}-12-31`)
    .groupBy(month)
    .execute();
  return new Map(rows.map((r) => [r.month, Number(r.n)]));
}
