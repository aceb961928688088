import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { countOf, perTown, rowsByTown } from '../../core/indicators/by-town.js';
import type { IndicatorProvider, IndicatorSpan } from '../../core/indicators/indicator.js';
import { reviewFilingDays } from '../review/review.public.js';

// tenancy: decisions are counted through scoped() within the span's towns

/**
 * Decisions made (集体讨论决定) and filed upward (备案 of the linked legality-review item) in the span, as
 * decisionFigures() counts them for /decisions/stats: one statement grouped by town, the UNION ALL of the
 * decisions made in the span (their (org_id, decided_on) index) and those whose item was filed in it
 * (only decisions linked to an item), rather than an OR that joined every decision of the towns.
 */
async function compute(q: Q, actor: Actor, s: IndicatorSpan) {
  const ofTowns = () =>
    scoped(q, actor).selectFrom('decisions').where('decisions.orgId', 'in', s.townIds);
  const made = ofTowns()
    .where('decisions.decidedOn', '>=', s.from)
    .where('decisions.decidedOn', '<=', s.to)
    .select(['decisions.orgId as townId', sql<number>`1`.as('made'), sql<number>`0`.as('filed')]);
  const filed = ofTowns()
    .innerJoin(reviewFilingDays(q).as('f'), 'f.itemId', 'decisions.reviewItemId')
    .where('f.filedOn', '>=', s.from)
    .where('f.filedOn', '<=', s.to)
    .select(['decisions.orgId as townId', sql<number>`0`.as('made'), sql<number>`1`.as('filed')]);
  const rows = await q
    .selectFrom(made.unionAll(filed).as('d'))
    .groupBy('d.townId')
    .select(['d.townId', sql<number>`sum(d.made)`.as('made')])
    .select(sql<number>`sum(d.filed)`.as('filed'))
    .execute();
  const byTown = rowsByTown(rows);
  return perTown(s.townIds, (t) => ({
    'decisions.catalogueDecided': countOf(byTown.get(t)?.made),
    'decisions.filed': countOf(byTown.get(t)?.filed),
  }));
}

/** F11: the major decisions made by collective decision (and filed), as /decisions/stats counts them. */
export const DECISIONS_INDICATORS: IndicatorProvider = {
  module: 'decisions',
  definitions: [
    {
      key: 'decisions.catalogueDecided',
      figure: 'F11',
      name: '重大行政决策事项',
      definition: '统计期内经集体讨论作出决定的重大行政决策事项数（均列入决策事项目录）',
      unit: 'count',
      period: 'cutOff',
    },
    {
      key: 'decisions.filed',
      name: '重大行政决策备案',
      definition: '统计期内报送备案（合法性审查事项登记备案）的重大行政决策数',
      unit: 'count',
      period: 'cutOff',
    },
  ],
  compute,
  drillDown: () => ({ api: '/api/v1/decisions', web: '/decisions' }),
};
