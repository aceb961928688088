import { sql } from 'kysely';
import type { Actor } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { countyWorkFilter, scopeKindOf } from './items/item.repository.js';
import { CONCLUSIONS, PASSING_CONCLUSIONS, STATES, type Conclusion } from './review.enums.js';
import { seesOnlyCountyWork } from './review.policy.js';

/**
 * What other modules may use of the legality-review module (合法性审查): the state of one review item, for
 * a record that must not go on without its legality opinion (重大行政决策), and the items a town received
 * per month, for the cockpit. Other modules import the review module only through this file.
 */
interface LegalityReviewRef {
  id: string;
  title: string;
  type: string;
  townId: string;
  state: string;
  stateLabel: string;
  conclusion: Conclusion | null;
  conclusionLabel: string | null;
  opinionIssuedOn: string | null;
  /** The opinion lets the matter go on to discussion. */
  passed: boolean;
  filedOn: string | null;
}

/** The review item with this id (null when there is none); the caller checks the town against its own record. */
export async function legalityReviewOf(q: Q, itemId: string): Promise<LegalityReviewRef | null> {
  // tenancy: the caller compares the item's town with the town of the record it links the item to
  const row = await q
    .selectFrom('reviewItems')
    .innerJoin('orgs', 'orgs.id', 'reviewItems.orgId')
    .select([
      'reviewItems.id',
      'reviewItems.title',
      'reviewItems.type',
      'reviewItems.state',
      'reviewItems.conclusion',
      'reviewItems.opinionIssuedOn',
      'reviewItems.filedOn',
      'orgs.townId',
    ])
    .where('reviewItems.id', '=', itemId)
    .executeTakeFirst();
  if (!row?.townId) return null;
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    townId: row.townId,
    state: row.state,
    stateLabel: STATES[row.state],
    conclusion: row.conclusion,
    conclusionLabel: row.conclusion ? CONCLUSIONS[row.conclusion] : null,
    opinionIssuedOn: row.opinionIssuedOn,
    passed: row.conclusion !== null && PASSING_CONCLUSIONS.includes(row.conclusion),
    filedOn: row.filedOn,
  };
}

/**
 * Every review item's filing day (备案) as a subquery to join on `itemId`, for a module that counts its
 * linked records' filings in SQL; the same items legalityReviewOf() answers (those under a town).
 */
export function reviewFilingDays(q: Q) {
  // tenancy: the caller joins it to its own scoped records by item id
  return q
    .selectFrom('reviewItems')
    .innerJoin('orgs', 'orgs.id', 'reviewItems.orgId')
    .select(['reviewItems.id as itemId', 'reviewItems.filedOn'])
    .where('orgs.townId', 'is not', null);
}

/** The item type a major administrative decision is reviewed as. */
export const MAJOR_DECISION_TYPE = 'major_decision';

/**
 * The town's major-decision review items, newest first, with their state and opinion (the decisions module
 * offers them for linking, and its demo finds its item by title).
 */
export async function majorDecisionItemsOf(q: Q, townId: string) {
  // tenancy: the caller acts for this town (its own staff, or the demo seed playing them)
  const rows = await q
    .selectFrom('reviewItems')
    .innerJoin('orgs', 'orgs.id', 'reviewItems.orgId')
    .select([
      'reviewItems.id',
      'reviewItems.title',
      'reviewItems.state',
      'reviewItems.conclusion',
      'reviewItems.opinionIssuedOn',
    ])
    .where('orgs.townId', '=', townId)
    .where('reviewItems.type', '=', MAJOR_DECISION_TYPE)
    .orderBy('reviewItems.createdAt', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    state: r.state,
    stateLabel: STATES[r.state],
    conclusionLabel: r.conclusion ? CONCLUSIONS[r.conclusion] : null,
    opinionIssuedOn: r.opinionIssuedOn,
  }));
}

/** The newest 合法性审查意见书 issued for the item, as a stored DOCX with its 文号 (none before the opinion). */
export async function legalityOpinionLetterOf(q: Q, itemId: string) {
  // tenancy: the caller reached the item through a record of its own town (legalityReviewOf's check)
  return q
    .selectFrom('reviewOpinions')
    .select(['fileId', 'docNumber', 'issuedOn'])
    .where('itemId', '=', itemId)
    .where('fileId', 'is not', null)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Items the town received (受理日期, offline records on their review day) in each month of `year`, as
 * `YYYY-MM` → count: the items of the town's offices and villages the actor's list shows (above the
 * town, a co-reviewer only the county's part), so a chart's bar opens exactly the list's `?month=`.
 */
export async function itemsByMonth(q: Q, actor: Actor, townId: string, year: number) {
  const month = sql<string>`substr(cast(review_items.accepted_on as text), 1, 7)`;
  let query = scoped(q, actor)
    .selectFrom('reviewItems')
    .innerJoin('orgs as o', 'o.id', 'reviewItems.orgId')
    .select([month.as('month'), sql<number>`count(*)`.as('n')])
    .where('o.townId', '=', townId)
    .where('reviewItems.acceptedOn', '>=', `${year}-01-01`)
    .where('reviewItems.acceptedOn', '<=', `${year}-12-31`);
  if (seesOnlyCountyWork(actor, await scopeKindOf(q, actor)))
    query = query.where(countyWorkFilter(q));
  const rows = await query.groupBy(month).execute();
  return new Map(rows.map((r) => [r.month, Number(r.n)]));
}
