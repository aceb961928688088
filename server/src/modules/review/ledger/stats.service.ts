import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { workingDaysAfter } from '../../../core/calendar/index.js';
import { today, type Deps } from '../../../core/deps.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import {
  CONCLUSIONS,
  CONTRACT_TYPES,
  ITEM_TYPE_KEYS,
  ITEM_TYPES,
  PASSING_CONCLUSIONS,
  type Conclusion,
  type ItemType,
} from '../review.enums.js';
import { ruleStats, rate } from './stats.rules.js';

// tenancy: all reads go through `s = scoped(q, actor)`

/**
 * The figures of the legality review for a year, computed from the records (never stored): the
 * 2024 report's 89 contracts / 8 village rules / 1 major-decision filing / 2 other / 350+ offline, plus
 * 应审尽审, average working days to opinion, on-time and filing rates, and per-rule pre-review precision.
 */
export async function reviewStats(deps: Deps, ctx: RequestContext, year: number) {
  const actor = authorize(ctx, 'review.ledger.read');
  const q = deps.db.kysely;
  const s = scoped(q, actor);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [opinions, filings, decided, clocks, hits, cal, span] = await Promise.all([
    // Every opinion issued in the year, with its item (an item reviewed twice counts once).
    s
      .selectFrom('reviewOpinions')
      .innerJoin('reviewItems as i', 'i.id', 'reviewOpinions.itemId')
      .innerJoin('orgs as o', 'o.id', 'i.orgId')
      .select([
        'reviewOpinions.itemId',
        'reviewOpinions.issuedOn',
        'reviewOpinions.conclusion',
        'i.type',
        'i.channel',
        'i.orgId',
        'o.name as orgName',
        'o.kind as orgKind',
      ])
      .where('reviewOpinions.issuedOn', '>=', from)
      .where('reviewOpinions.issuedOn', '<=', to)
      .execute(),
    s
      .selectFrom('reviewFilings')
      .innerJoin('reviewItems as i', 'i.id', 'reviewFilings.itemId')
      .select([
        'reviewFilings.itemId',
        'reviewFilings.target',
        'reviewFilings.filedOn',
        'reviewFilings.dueDate',
        'i.type',
      ])
      .where('reviewFilings.filedOn', '>=', from)
      .where('reviewFilings.filedOn', '<=', to)
      .execute(),
    s
      .selectFrom('reviewItems')
      .select([
        'reviewItems.id',
        'reviewItems.conclusion',
        'reviewItems.opinionIssuedOn',
        'reviewItems.decidedOn',
      ])
      .where('reviewItems.decidedOn', '>=', from)
      .where('reviewItems.decidedOn', '<=', to)
      .where('reviewItems.channel', '=', 'platform')
      .execute(),
    s
      .selectFrom('clocks')
      .select(['clocks.id', 'clocks.startDate', 'clocks.dueDate', 'clocks.stoppedOn'])
      .where('clocks.subjectType', '=', 'review_item')
      .where('clocks.purpose', '=', 'review.opinion')
      .where('clocks.state', '=', 'stopped')
      .where('clocks.stoppedOn', '>=', from)
      .where('clocks.stoppedOn', '<=', to)
      .execute(),
    s
      .selectFrom('reviewHits')
      .innerJoin('reviewItems as i', 'i.id', 'reviewHits.itemId')
      .select(['reviewHits.ruleId', 'reviewHits.decision'])
      .where('i.opinionIssuedOn', '>=', from)
      .where('i.opinionIssuedOn', '<=', to)
      .execute(),
    loadCalendar(q),
    s
      .selectFrom('reviewOpinions')
      .select((eb) => [
        eb.fn.min('reviewOpinions.issuedOn').as('first'),
        eb.fn.max('reviewOpinions.issuedOn').as('last'),
      ])
      .executeTakeFirst(),
  ]);
  const pauses = clocks.length
    ? await q
        .selectFrom('clockPauses')
        .select(['clockId', 'fromDate', 'toDate'])
        .where(
          'clockId',
          'in',
          clocks.map((c) => c.id),
        )
        .execute()
    : [];

  const distinct = (pred: (o: (typeof opinions)[number]) => boolean) =>
    new Set(opinions.filter(pred).map((o) => o.itemId)).size;
  const platform = (o: (typeof opinions)[number]) => o.channel === 'platform';
  const byType = ITEM_TYPE_KEYS.map((type) => ({
    type,
    label: ITEM_TYPES[type],
    platform: distinct((o) => platform(o) && o.type === type),
    offline: distinct((o) => !platform(o) && o.type === type),
  }));
  const months = new Map<string, number>();
  for (const o of opinions)
    months.set(o.issuedOn.slice(0, 7), (months.get(o.issuedOn.slice(0, 7)) ?? 0) + 1);
  const orgs = new Map<
    string,
    { orgId: string; name: string; kind: string; platform: number; offline: number }
  >();
  for (const o of opinions) {
    const row = orgs.get(o.orgId) ?? {
      orgId: o.orgId,
      name: o.orgName,
      kind: o.orgKind,
      platform: 0,
      offline: 0,
    };
    row[o.channel === 'platform' ? 'platform' : 'offline'] += 1;
    orgs.set(o.orgId, row);
  }
  const conclusions = new Map<Conclusion, number>();
  for (const o of opinions) conclusions.set(o.conclusion, (conclusions.get(o.conclusion) ?? 0) + 1);

  // 应审尽审: every platform item decided in the year had a passing opinion issued before the decision.
  const reviewedFirst = decided.filter(
    (d) =>
      d.conclusion &&
      PASSING_CONCLUSIONS.includes(d.conclusion) &&
      d.opinionIssuedOn &&
      d.decidedOn &&
      d.opinionIssuedOn <= d.decidedOn,
  ).length;
  const netDays = clocks.map((c) => {
    const paused = pauses
      .filter((p) => p.clockId === c.id)
      .reduce((n, p) => n + workingDaysAfter(cal, p.fromDate, p.toDate ?? c.stoppedOn!), 0);
    return Math.max(0, workingDaysAfter(cal, c.startDate, c.stoppedOn!) - paused);
  });
  const onTime = clocks.filter((c) => c.stoppedOn! <= c.dueDate).length;
  const villageRulesFilings = filings.filter((f) => f.dueDate);

  const [first, last] = [span?.first, span?.last].map((d) =>
    d ? Number(String(d).slice(0, 4)) : null,
  );
  return {
    year,
    asOf: today(deps),
    // Years with opinions on record, so the dashboard can offer them.
    years: first && last ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [],
    // The report's wording: 合同类 89、村规民约 8、重大行政决策备案审查 1、其他事项 2 on the platform; 线下村级合同 350+.
    report: {
      contracts: distinct((o) => platform(o) && CONTRACT_TYPES.includes(o.type as ItemType)),
      villageRules: distinct((o) => platform(o) && o.type === 'village_rules'),
      majorDecisionFilings: new Set(
        filings.filter((f) => f.type === 'major_decision').map((f) => f.itemId),
      ).size,
      other: distinct((o) => platform(o) && o.type === 'other'),
      offlineVillageContracts: distinct((o) => !platform(o) && o.type === 'village_contract'),
    },
    reviewedOnPlatform: distinct(platform),
    byType,
    byMonth: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, count]) => ({ month, count })),
    byOrg: [...orgs.values()].sort(
      (a, b) => b.platform + b.offline - (a.platform + a.offline) || a.name.localeCompare(b.name),
    ),
    conclusions: [...conclusions.entries()].map(([conclusion, count]) => ({
      conclusion,
      label: CONCLUSIONS[conclusion],
      count,
    })),
    coverage: {
      decided: decided.length,
      reviewedBeforeDecision: reviewedFirst,
      rate: rate(reviewedFirst, decided.length),
    },
    averageWorkingDaysToOpinion: netDays.length
      ? Math.round((netDays.reduce((a, b) => a + b, 0) / netDays.length) * 10) / 10
      : null,
    onTime: { closed: clocks.length, onTime, rate: rate(onTime, clocks.length) },
    filings: {
      total: filings.length,
      county: filings.filter((f) => f.target === 'county').length,
      town: filings.filter((f) => f.target === 'town').length,
      villageRulesOnTime: villageRulesFilings.filter((f) => f.filedOn <= f.dueDate!).length,
      villageRulesDue: villageRulesFilings.length,
    },
    rules: ruleStats(hits),
  };
}
