import type { Actor, RequestContext } from '../../core/authz/actor.js';
import type { Q } from '../../core/db/database.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { pageTown } from '../orgs/orgs.public.js';
import { legalityReviewOf } from '../review/review.public.js';

// tenancy: decisions are counted through scoped(); each linked review item is read for its filing date

/**
 * A year's figures of 重大行政决策, counted from the records: decisions made (集体讨论决定 in the year),
 * filed upward (备案 of the linked legality-review item in the year), published, and the catalogue.
 */
export async function decisionStats(
  deps: Deps,
  ctx: RequestContext,
  f: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'decisions.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, f.orgId, '重大行政决策统计按乡镇编制');
  return {
    year: f.year,
    town: town.name,
    ...(await decisionFigures(q, actor, town.id, f.year, `${f.year}-12-31`)),
  };
}

/** A town's figures of the year up to `to` (the year's end, or the report's cut-off). */
async function decisionFigures(q: Q, actor: Actor, townId: string, year: number, to: string) {
  const from = `${year}-01-01`;
  const within = (d: string | null) => d !== null && d >= from && d <= to;
  const [rows, catalogue] = await Promise.all([
    scoped(q, actor)
      .selectFrom('decisions')
      .select(['id', 'decidedOn', 'publishedOn', 'reviewItemId', 'commentClosedOn'])
      .where('orgId', '=', townId)
      .execute(),
    scoped(q, actor)
      .selectFrom('decisionCatalogues')
      .innerJoin(
        'decisionCatalogueEntries',
        'decisionCatalogueEntries.catalogueId',
        'decisionCatalogues.id',
      )
      .select(['decisionCatalogues.publishedOn', 'decisionCatalogueEntries.withdrawn'])
      .where('decisionCatalogues.orgId', '=', townId)
      .where('decisionCatalogues.year', '=', year)
      .execute(),
  ]);
  const filings = await Promise.all(
    rows.map(async (r) =>
      r.reviewItemId ? ((await legalityReviewOf(q, r.reviewItemId))?.filedOn ?? null) : null,
    ),
  );
  return {
    catalogue: {
      entries: catalogue.filter((c) => !c.withdrawn).length,
      publishedOn: catalogue[0]?.publishedOn ?? null,
    },
    made: {
      count: rows.filter((r) => within(r.decidedOn)).length,
      definition: '统计年度内经集体讨论作出决定的重大行政决策事项数',
    },
    filed: {
      count: filings.filter(within).length,
      definition: '统计年度内报送备案（合法性审查事项登记备案）的重大行政决策数',
    },
    published: {
      count: rows.filter((r) => within(r.publishedOn)).length,
      definition: '统计年度内向社会公布的重大行政决策数',
    },
    participation: {
      count: rows.filter((r) => within(r.commentClosedOn)).length,
      definition: '统计年度内结束公开征求意见的决策数',
    },
  };
}
