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
import { CONTRACT_TYPES, type ItemType } from './review.enums.js';

// tenancy: every count reads through scoped() and the period's town

/** Items of the town (offices and villages included) with an opinion issued in the period, counted once. */
async function reviewed(
  q: Q,
  actor: Actor,
  p: IndicatorPeriod,
  channel: 'platform' | 'offline',
  types: readonly ItemType[],
): Promise<IndicatorCount> {
  const row = await scoped(q, actor)
    .selectFrom('reviewOpinions')
    .innerJoin('reviewItems as i', 'i.id', 'reviewOpinions.itemId')
    .innerJoin('orgs as o', 'o.id', 'i.orgId')
    .where('o.townId', '=', p.townId)
    .where('reviewOpinions.issuedOn', '>=', p.from)
    .where('reviewOpinions.issuedOn', '<=', p.to)
    .where('i.channel', channel === 'platform' ? '=' : '!=', 'platform')
    .where('i.type', 'in', types)
    .select(sql<number>`count(distinct review_opinions.item_id)`.as('n'))
    .executeTakeFirst();
  return { numerator: Number(row?.n ?? 0), denominator: null };
}

async function compute(q: Q, actor: Actor, p: IndicatorPeriod, key: string) {
  switch (key) {
    case 'review.offlineVillageContracts':
      return reviewed(q, actor, p, 'offline', ['village_contract']);
    case 'review.platformContracts':
      return reviewed(q, actor, p, 'platform', CONTRACT_TYPES);
    case 'review.villageRules':
      return reviewed(q, actor, p, 'platform', ['village_rules']);
    case 'review.otherItems':
      return reviewed(q, actor, p, 'platform', ['other']);
    case 'review.majorDecisionFilings': {
      const row = await scoped(q, actor)
        .selectFrom('reviewFilings')
        .innerJoin('reviewItems as i', 'i.id', 'reviewFilings.itemId')
        .innerJoin('orgs as o', 'o.id', 'i.orgId')
        .where('o.townId', '=', p.townId)
        .where('i.type', '=', 'major_decision')
        .where('reviewFilings.filedOn', '>=', p.from)
        .where('reviewFilings.filedOn', '<=', p.to)
        .select(sql<number>`count(distinct review_filings.item_id)`.as('n'))
        .executeTakeFirst();
      return { numerator: Number(row?.n ?? 0), denominator: null };
    }
    default:
      throw new Error(`review indicators: unknown key ${key}`);
  }
}

const def = (key: string, figure: string, name: string, definition: string) => ({
  key: `review.${key}`,
  figure,
  name,
  definition,
  unit: 'count' as const,
  period: 'year' as const,
});

/** 合法性审查's figures in the 2024 report (F6–F10), as the review statistics count them. */
export const REVIEW_INDICATORS: IndicatorProvider = {
  module: 'review',
  definitions: [
    def(
      'offlineVillageContracts',
      'F6',
      '线下村级合同审查',
      '统计期内出具审查意见的线下（“三清一促”等专项清理导入）村级合同件数，同一事项多次审查计一件',
    ),
    def(
      'platformContracts',
      'F7',
      '省级平台合同类合法性审查',
      '统计期内在省乡镇合法性审查管理系统出具审查意见的行政合同和村级合同件数',
    ),
    def('villageRules', 'F8', '村规民约审查', '统计期内在平台出具审查意见的村规民约件数'),
    def(
      'majorDecisionFilings',
      'F9',
      '重大行政决策备案审查',
      '统计期内报送备案的重大行政决策审查事项数',
    ),
    def('otherItems', 'F10', '其他事项审查', '统计期内在平台出具审查意见的“其他”类事项数'),
  ],
  compute: eachKey(compute),
  drillDown: (key, p) => {
    const filter: Record<string, string> = {
      'review.offlineVillageContracts': 'channel=offline&type=village_contract',
      'review.platformContracts': 'channel=platform',
      'review.villageRules': 'channel=platform&type=village_rules',
      'review.majorDecisionFilings': 'type=major_decision',
      'review.otherItems': 'channel=platform&type=other',
    };
    const f = filter[key];
    return f
      ? {
          api: `/api/v1/review/items?year=${p.year}&${f}`,
          web: `/review/items?year=${p.year}&${f}`,
        }
      : null;
  },
};
