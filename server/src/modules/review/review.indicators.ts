import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped, visibleOrgIds } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { countOf, num, perTown } from '../../core/indicators/by-town.js';
import type { IndicatorProvider, IndicatorSpan } from '../../core/indicators/indicator.js';
import { CONTRACT_TYPES } from './review.enums.js';

// tenancy: the towns' orgs are read within the actor's subtree, every count through scoped()

/** The orgs of the towns within the actor's subtree (the town, its offices and villages), by id. */
async function townOrgs(q: Q, actor: Actor, townIds: readonly string[]) {
  const rows = await visibleOrgIds(q, actor)
    .select('orgs.townId')
    .where('orgs.townId', 'in', townIds)
    .execute();
  return new Map(rows.map((r) => [r.id, r.townId as string]));
}

/** Grouped rows by org summed by town: an item has one org, so its town's count is the sum of its orgs'. */
function sumByTown<K extends string>(
  rows: readonly ({ orgId: string } & Record<K, unknown>)[],
  townOf: ReadonlyMap<string, string>,
  keys: readonly K[],
) {
  const out = new Map<string, Record<K, number>>();
  for (const r of rows) {
    const town = townOf.get(r.orgId)!;
    const sum = out.get(town) ?? (Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>);
    for (const k of keys) sum[k] += num(r[k]);
    out.set(town, sum);
  }
  return out;
}

/**
 * Items of the towns (offices and villages included) with an opinion issued in the span, each counted
 * once per figure; and major-decision items filed (备案) in the span — two queries grouped by org.
 * Both filter on the towns' org ids as values (a join to orgs on town_id left PostgreSQL no estimate of
 * how few rows that is). The items are read by org with type and channel from one index and kept when
 * the opinions' (org_id, issued_on) index names them in the span: a semi-join, so an item with several
 * opinions counts once without count(distinct) sorting every opinion.
 */
async function compute(q: Q, actor: Actor, s: IndicatorSpan) {
  const townOf = await townOrgs(q, actor, s.townIds);
  const orgIds = [...townOf.keys()];
  const items = (when: RawBuilder<unknown>) =>
    sql<number>`sum(case when ${when} then 1 else 0 end)`;
  const platform = sql`channel = 'platform'`;
  const contracts = sql.join(CONTRACT_TYPES.map((t) => sql.lit(t)));
  const [opinions, filings] = orgIds.length
    ? await Promise.all([
        scoped(q, actor)
          .selectFrom('reviewItems')
          .where('reviewItems.orgId', 'in', orgIds)
          .where('reviewItems.id', 'in', (eb) =>
            // An opinion carries its item's org: both rows are found by the towns' orgs.
            eb
              .selectFrom('reviewOpinions')
              .select('reviewOpinions.itemId')
              .where('reviewOpinions.orgId', 'in', orgIds)
              .where('reviewOpinions.issuedOn', '>=', s.from)
              .where('reviewOpinions.issuedOn', '<=', s.to),
          )
          .groupBy('reviewItems.orgId')
          .select([
            'reviewItems.orgId',
            items(sql`channel != 'platform' and type = 'village_contract'`).as('offline'),
            items(sql`${platform} and type in (${contracts})`).as('contracts'),
            items(sql`${platform} and type = 'village_rules'`).as('rules'),
            items(sql`${platform} and type = 'other'`).as('other'),
          ])
          .execute(),
        scoped(q, actor)
          .selectFrom('reviewFilings')
          .innerJoin('reviewItems as i', 'i.id', 'reviewFilings.itemId')
          .where('i.orgId', 'in', orgIds)
          .where('i.type', '=', 'major_decision')
          .where('reviewFilings.filedOn', '>=', s.from)
          .where('reviewFilings.filedOn', '<=', s.to)
          .groupBy('i.orgId')
          .select(['i.orgId', sql<number>`count(distinct review_filings.item_id)`.as('n')])
          .execute(),
      ])
    : [[], []];
  const o = sumByTown(opinions, townOf, ['offline', 'contracts', 'rules', 'other']);
  const f = sumByTown(filings, townOf, ['n']);
  return perTown(s.townIds, (t) => ({
    'review.offlineVillageContracts': countOf(o.get(t)?.offline),
    'review.platformContracts': countOf(o.get(t)?.contracts),
    'review.villageRules': countOf(o.get(t)?.rules),
    'review.otherItems': countOf(o.get(t)?.other),
    'review.majorDecisionFilings': countOf(f.get(t)?.n),
  }));
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
  compute,
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
