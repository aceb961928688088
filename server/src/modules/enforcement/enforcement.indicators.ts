import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import {
  eachKey,
  type IndicatorCount,
  type IndicatorPeriod,
  type IndicatorProvider,
} from '../../core/indicators/indicator.js';

// tenancy: every count reads through scoped() and the period's town

const count = (n: unknown): IndicatorCount => ({ numerator: Number(n ?? 0), denominator: null });

/** Cases of the town with a decision (决定书) dated in the period. */
const decided = (q: Q, actor: Actor, p: IndicatorPeriod) =>
  scoped(q, actor)
    .selectFrom('enforcementCases')
    .where('townId', '=', p.townId)
    .where('decidedOn', '>=', p.from)
    .where('decidedOn', '<=', p.to);

async function compute(q: Q, actor: Actor, p: IndicatorPeriod, key: string) {
  const entrusted = () =>
    decided(q, actor, p)
      .where('field', '=', 'safety_fire')
      .where('authorityBasis', '=', 'entrusted');
  const food = () =>
    scoped(q, actor)
      .selectFrom('enforcementCases')
      .where('townId', '=', p.townId)
      .where('field', '=', 'food_safety')
      .where('filedOn', '>=', p.from)
      .where('filedOn', '<=', p.to);
  switch (key) {
    case 'enforcement.entrustedDecisions':
      return count(
        (
          await entrusted()
            .select(sql<number>`count(*)`.as('n'))
            .executeTakeFirst()
        )?.n,
      );
    case 'enforcement.entrustedFines':
      return count(
        (
          await entrusted()
            .select(sql<number>`coalesce(sum(fine), 0)`.as('n'))
            .executeTakeFirst()
        )?.n,
      );
    case 'enforcement.foodCasesFiled':
      return count(
        (
          await food()
            .select(sql<number>`count(*)`.as('n'))
            .executeTakeFirst()
        )?.n,
      );
    case 'enforcement.foodFines':
      return count(
        (
          await food()
            .select(sql<number>`coalesce(sum(fine), 0)`.as('n'))
            .executeTakeFirst()
        )?.n,
      );
    case 'enforcement.canteensInspected':
      return count(
        (
          await scoped(q, actor)
            .selectFrom('enforcementInspections')
            .where('townId', '=', p.townId)
            .where('kind', '=', 'canteen')
            .where('joint', '=', 1)
            .where('inspectedOn', '>=', p.from)
            .where('inspectedOn', '<=', p.to)
            .select(sql<number>`count(distinct subject_name)`.as('n'))
            .executeTakeFirst()
        )?.n,
      );
    default:
      throw new Error(`enforcement indicators: unknown key ${key}`);
  }
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
  compute: eachKey(compute),
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
