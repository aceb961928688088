import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { countOf, perTown, rowsByTown } from '../../core/indicators/by-town.js';
import type { IndicatorProvider, IndicatorSpan } from '../../core/indicators/indicator.js';
import { CORRECTION_OUTCOMES } from './outcome-sets.js';

// tenancy: every count reads through scoped() and the span's towns

/**
 * F17 行政诉讼发案量 and F18 行政复议纠错 (isCorrection's outcomes), counted as /litigation/stats counts
 * them, up to the cut-off: one query over the towns' cases received by then, grouped by town.
 */
async function compute(q: Q, actor: Actor, s: IndicatorSpan) {
  const corrected = sql.join(CORRECTION_OUTCOMES.map((o) => sql.lit(o)));
  const rows = await scoped(q, actor)
    .selectFrom('litigationCases')
    .where('townId', 'in', s.townIds)
    .where('receivedOn', '<=', s.to)
    .groupBy('townId')
    .select([
      'townId',
      sql<number>`sum(case when kind = 'litigation' and received_on >= ${s.from} then 1 else 0 end)`.as(
        'filed',
      ),
      sql<number>`sum(case when kind = 'reconsideration' and outcome in (${corrected})
        and concluded_on >= ${s.from} and concluded_on <= ${s.to} then 1 else 0 end)`.as(
        'corrections',
      ),
    ])
    .execute();
  const byTown = rowsByTown(rows);
  return perTown(s.townIds, (t) => ({
    'litigation.lawsuitsFiled': countOf(byTown.get(t)?.filed),
    'litigation.corrections': countOf(byTown.get(t)?.corrections),
  }));
}

export const LITIGATION_INDICATORS: IndicatorProvider = {
  module: 'litigation',
  definitions: [
    {
      key: 'litigation.lawsuitsFiled',
      figure: 'F17',
      name: '行政诉讼发案量',
      definition: '统计期内（截至报告截止日）收到起诉状副本的以本镇为被告的行政诉讼案件数',
      unit: 'count',
      period: 'cutOff',
    },
    {
      key: 'litigation.corrections',
      figure: 'F18',
      name: '行政复议纠错案件',
      definition:
        '统计期内（截至报告截止日）审结的行政复议中被变更、撤销、确认违法或无效、责令履行的件数',
      unit: 'count',
      period: 'cutOff',
    },
  ],
  compute,
  drillDown: (key, p) => {
    const kind = key === 'litigation.lawsuitsFiled' ? 'litigation' : 'reconsideration';
    return {
      api: `/api/v1/litigation/cases?year=${p.year}&kind=${kind}`,
      web: `/litigation/cases?year=${p.year}&kind=${kind}`,
    };
  },
};
