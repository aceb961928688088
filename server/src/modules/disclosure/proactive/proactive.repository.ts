import type { Actor } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import type { DisclosureItemsTable } from './proactive.tables.js';
import type { ItemState } from './proactive.workflow.js';

// tenancy: child rows (names, attachments) of items the caller already loaded in scope

export interface ItemFilter {
  status?: ItemState | undefined;
  category?: string | undefined;
  kind?: 'information' | 'interpretation' | undefined;
  q?: string | undefined;
  /** Not yet published although the art 26 period ran out before `today`. */
  overdueBefore?: string | undefined;
  /** Withheld entries whose art 18 re-assessment is due on or before this day. */
  reassessBy?: string | undefined;
  year?: number | undefined;
}

/** Entries in the actor's subtree with their org, author and clock, filtered. */
export function itemQuery(q: Q, actor: Actor, f: ItemFilter) {
  let query = scoped(q, actor)
    .selectFrom('disclosureItems')
    .innerJoin('orgs', 'orgs.id', 'disclosureItems.orgId')
    .leftJoin('users as author', 'author.id', 'disclosureItems.authorId')
    .leftJoin('clocks', 'clocks.id', 'disclosureItems.clockId');
  if (f.status) query = query.where('disclosureItems.status', '=', f.status);
  if (f.category) query = query.where('disclosureItems.category', '=', f.category);
  if (f.kind) query = query.where('disclosureItems.kind', '=', f.kind);
  if (f.year)
    query = query
      .where('disclosureItems.createdOn', '>=', `${f.year}-01-01`)
      .where('disclosureItems.createdOn', '<=', `${f.year}-12-31`);
  if (f.q) {
    const like = `%${f.q}%`;
    query = query.where((eb) =>
      eb.or([
        eb('disclosureItems.title', 'like', like),
        eb('disclosureItems.indexNo', 'like', like),
        eb('disclosureItems.docNumber', 'like', like),
      ]),
    );
  }
  if (f.overdueBefore) {
    query = query
      .where('disclosureItems.status', 'in', ['draft', 'in_review'])
      .where('clocks.state', '!=', 'stopped')
      .where('clocks.dueDate', '<', f.overdueBefore);
  }
  if (f.reassessBy)
    query = query
      .where('disclosureItems.status', '=', 'withheld')
      .where('disclosureItems.reassessDue', '<=', f.reassessBy);
  return query;
}

export const ITEM_LIST_COLUMNS = [
  'disclosureItems.id',
  'disclosureItems.orgId',
  'orgs.name as orgName',
  'disclosureItems.indexNo',
  'disclosureItems.kind',
  'disclosureItems.category',
  'disclosureItems.title',
  'disclosureItems.summary',
  'disclosureItems.docNumber',
  'disclosureItems.publisherName',
  'disclosureItems.groupClass',
  'disclosureItems.publishMode',
  'disclosureItems.createdOn',
  'disclosureItems.normativeKind',
  'disclosureItems.issuedOn',
  'disclosureItems.abolishedOn',
  'disclosureItems.status',
  'disclosureItems.publishedOn',
  'disclosureItems.reassessDue',
  'disclosureItems.withholdGround',
  'disclosureItems.clockId',
  'author.displayName as authorName',
  'clocks.purpose as clockPurpose',
  'clocks.startDate as clockStartDate',
  'clocks.limitDays as clockLimitDays',
  'clocks.unit as clockUnit',
  'clocks.extensionDays as clockExtensionDays',
  'clocks.state as clockState',
  'clocks.stoppedOn as clockStoppedOn',
  'clocks.dueDate as clockDueDate',
  'clocks.basis as clockBasis',
] as const;

/** The entry (any state) if the actor can see it, with the joined columns of the list. */
export function visibleItem(q: Q, actor: Actor, id: string) {
  return itemQuery(q, actor, {})
    .select([...ITEM_LIST_COLUMNS])
    .select([
      'disclosureItems.body',
      'disclosureItems.explainsId',
      'disclosureItems.supersedesId',
      'disclosureItems.authorId',
      'disclosureItems.submittedBy',
    ])
    .select([
      'disclosureItems.reviewedBy',
      'disclosureItems.reviewOpinion',
      'disclosureItems.returnReason',
      'disclosureItems.withholdReason',
    ])
    .select([
      'disclosureItems.lastReassessedOn',
      'disclosureItems.withdrawnReason',
      'disclosureItems.townId',
    ])
    .where('disclosureItems.id', '=', id)
    .executeTakeFirst();
}

/** The bare row, for a transition inside a transaction (scope already checked). */
export const itemRow = (q: Q, id: string) =>
  q.selectFrom('disclosureItems').selectAll().where('id', '=', id).executeTakeFirst();

export async function updateItem(
  q: Q,
  id: string,
  patch: Partial<DisclosureItemsTable>,
  now: Date,
) {
  await q
    .updateTable('disclosureItems')
    .set({ ...patch, updatedAt: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

export const userNames = async (q: Q, ids: (string | null)[]) => {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await q
    .selectFrom('users')
    .select(['id', 'displayName'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.displayName]));
};
