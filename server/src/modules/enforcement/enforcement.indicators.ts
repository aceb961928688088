import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { countOf, perTown, rowsByTown } from '../../core/indicators/by-town.js';
import type { IndicatorProvider, IndicatorSpan } from '../../core/indicators/indicator.js';

// tenancy: every count reads through scoped() and the span's towns

/**
 * The towns' cases decided (决定书 dated in the span: the entrusted safety/fire ones) or filed in the span
 * (the food-safety ones), and their joint canteen inspections — two queries grouped by town. The cases
 * are one UNION ALL of the two readings, each ranging over a covering (town_id, field, day) index, so
 * PostgreSQL counts without reading the table (an OR of the two spans read every matching row).
 */
async function compute(q: Q, actor: Actor, s: IndicatorSpan) {
  const ofTowns = () =>
    scoped(q, actor).selectFrom('enforcementCases').where('townId', 'in', s.townIds);
  const fine = sql<number>`coalesce(fine, 0)`;
  const none = sql<number>`0`;
  const entrusted = ofTowns()
    .where('field', '=', 'safety_fire')
    .where('decidedOn', '>=', s.from)
    .where('decidedOn', '<=', s.to)
    .where('authorityBasis', '=', 'entrusted')
    .select(['townId', sql<number>`1`.as('entrusted'), fine.as('entrustedFines')])
    .select([none.as('food'), none.as('foodFines')]);
  const food = ofTowns()
    .where('field', '=', 'food_safety')
    .where('filedOn', '>=', s.from)
    .where('filedOn', '<=', s.to)
    .select(['townId', none.as('entrusted'), none.as('entrustedFines')])
    .select([sql<number>`1`.as('food'), fine.as('foodFines')]);
  const total = <C extends string>(c: C) => sql<number>`sum(${sql.ref(`c.${c}`)})`.as(c);
  const [cases, canteens] = await Promise.all([
    q
      .selectFrom(entrusted.unionAll(food).as('c'))
      .groupBy('c.townId')
      .select([
        'c.townId',
        total('entrusted'),
        total('entrustedFines'),
        total('food'),
        total('foodFines'),
      ])
      .execute(),
    scoped(q, actor)
      .selectFrom('enforcementInspections')
      .where('townId', 'in', s.townIds)
      .where('kind', '=', 'canteen')
      .where('joint', '=', 1)
      .where('inspectedOn', '>=', s.from)
      .where('inspectedOn', '<=', s.to)
      .groupBy('townId')
      .select(['townId', sql<number>`count(distinct subject_name)`.as('n')])
      .execute(),
  ]);
  const c = rowsByTown(cases);
  const i = rowsByTown(canteens);
  return perTown(s.townIds, (t) => ({
    'enforcement.entrustedDecisions': countOf(c.get(t)?.entrusted),
    'enforcement.entrustedFines': countOf(c.get(t)?.entrustedFines),
    'enforcement.foodCasesFiled': countOf(c.get(t)?.food),
    'enforcement.foodFines': countOf(c.get(t)?.foodFines),
    'enforcement.canteensInspected': countOf(i.get(t)?.n),
  }));
}

/** 行政执法's figures in the 2024 report (F12–F16): decisions, fines, food-safety cases, canteens. */
export const ENFORCEMENT_INDICATORS: IndicatorProvider = {
  module: 'enforcement',
  definitions: [
    {
      key: 'enforcement.entrustedDecisions',
      figure: 'F12',
      name: '安全生产和消防委托执法决定书',
      definition: '统计期内作出行政处罚决定（决定日期在期内）的安全生产、消防委托执法案件数',
      unit: 'count',
      period: 'year',
    },
    {
      key: 'enforcement.entrustedFines',
      figure: 'F13',
      name: '安全生产和消防委托执法罚没款',
      definition: '上述委托执法决定书确定的罚款、没收违法所得金额之和（元）',
      unit: 'yuan',
      period: 'year',
    },
    {
      key: 'enforcement.foodCasesFiled',
      figure: 'F14',
      name: '食品安全行政立案',
      definition: '统计期内立案（立案日期在期内）的食品安全领域行政处罚案件数',
      unit: 'count',
      period: 'year',
    },
    {
      key: 'enforcement.foodFines',
      figure: 'F15',
      name: '食品安全案件罚没款',
      definition: '上述食品安全立案案件的决定罚款、没收违法所得金额之和（元）',
      unit: 'yuan',
      period: 'year',
    },
    {
      key: 'enforcement.canteensInspected',
      figure: 'F16',
      name: '联合督查的中小学校食堂',
      definition:
        '统计期内以联合检查（综合查一次）方式检查过的学校食堂数（同一食堂多次检查计一所）',
      unit: 'count',
      period: 'year',
    },
  ],
  compute,
  drillDown: (key, p) => {
    const list = (filter: string) => ({
      api: `/api/v1/enforcement/cases?${filter}`,
      web: `/enforcement/cases?${filter}`,
    });
    if (key === 'enforcement.entrustedDecisions' || key === 'enforcement.entrustedFines')
      return list(`decidedYear=${p.year}&field=safety_fire&authorityBasis=entrusted`);
    if (key === 'enforcement.foodCasesFiled' || key === 'enforcement.foodFines')
      return list(`year=${p.year}&field=food_safety`);
    if (key === 'enforcement.canteensInspected')
      return {
        api: `/api/v1/enforcement/inspections?kind=canteen&year=${p.year}`,
        web: `/enforcement/inspections?kind=canteen&year=${p.year}`,
      };
    return null;
  },
};
