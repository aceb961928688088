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
 * them, up to the cut-off: one statement grouped by town, the UNION ALL of the lawsuits received in the
 * span and the reconsiderations (received by the cut-off) concluded in it with a correction, each
 * ranging over a covering (town_id, kind, day) index rather than every case received by the cut-off.
 */
async function compute(q: Q, actor: Actor, s: IndicatorSpan) {
  const ofTowns = (kind: 'litigation' | 'reconsideration') =>
    scoped(q, actor)
      .selectFrom('litigationCases')
      .where('townId', 'in', s.townIds)
      .where('kind', '=', kind);
  const filed = ofTowns('litigation')
    .where('receivedOn', '>=', s.from)
    .where('receivedOn', '<=', s.to)
    .select(['townId', sql<number>`1`.as('filed'), sql<number>`0`.as('corrections')]);
  const corrections = ofTowns('reconsideration')
    .where('concludedOn', '>=', s.from)
    .where('concludedOn', '<=', s.to)
    .where('receivedOn', '<=', s.to)
    .where('outcome', 'in', [...CORRECTION_OUTCOMES])
    .select(['townId', sql<number>`0`.as('filed'), sql<number>`1`.as('corrections')]);
  const rows = await q
    .selectFrom(filed.unionAll(corrections).as('c'))
    .groupBy('c.townId')
    .select(['c.townId', sql<number>`sum(c.filed)`.as('filed')])
    .select(sql<number>`sum(c.corrections)`.as('corrections'))
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
