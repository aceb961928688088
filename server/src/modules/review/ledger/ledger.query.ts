import type { Actor } from '../../../core/authz/actor.js';
import type { Q } from '../../../core/db/database.js';
import { monthSpan, type DrillDownFilter } from '../../../core/http/drill-down.js';
import type { Channel, Conclusion, ItemType, State } from '../review.enums.js';
import { countyWorkFilter } from '../items/item.repository.js';

// tenancy: filters on the joined org's path, the same condition as scoped() (faster plan on SQLite)

/** The 审查台账 query: items in the actor's scope with the filters of the list and the export. */

export interface LedgerFilter extends DrillDownFilter {
  q?: string | undefined;
  /** Only these items (the rows ticked on the list). */
  ids?: string[] | undefined;
  type?: ItemType | undefined;
  state?: State | undefined;
  channel?: Channel | undefined;
  conclusion?: Conclusion | undefined;
  /** Path of the submitting org whose subtree to show. */
  orgPath?: string | undefined;
  year?: number | undefined;
  overdue?: boolean | undefined;
  /** Only items with an open inbox task for the actor. */
  mine?: boolean | undefined;
  /** Above the town: only co-reviewed items and county filings (review.policy.ts). */
  countyOnly?: boolean | undefined;
  today: string;
}

/**
 * Tenancy is scoped()'s own predicate — the item's org lies under the actor's scope path — written on
 * the joined org row instead of as `org_id IN (subquery)`. With the IN form SQLite collects every
 * visible item and sorts them for each page; with the join it walks the primary key in order and stops
 * at the page size, which is what lets a 100 000-row ledger stream in seconds.
 */
export function ledgerQuery(q: Q, actor: Actor, f: LedgerFilter) {
  let query = q
    .selectFrom('reviewItems')
    .innerJoin('orgs as o', 'o.id', 'reviewItems.orgId')
    .where('o.path', 'like', `${actor.scopePath}%`)
    .leftJoin('clocks as c', 'c.id', 'reviewItems.clockId')
    .leftJoin('reviewOpinions as op', 'op.id', 'reviewItems.opinionId');
  if (f.ids) query = query.where('reviewItems.id', 'in', f.ids);
  if (f.q) query = query.where('reviewItems.title', 'like', `%${f.q}%`);
  if (f.type) query = query.where('reviewItems.type', '=', f.type);
  if (f.state) query = query.where('reviewItems.state', '=', f.state);
  if (f.channel) query = query.where('reviewItems.channel', '=', f.channel);
  if (f.conclusion) query = query.where('reviewItems.conclusion', '=', f.conclusion);
  if (f.orgPath) query = query.where('o.path', 'like', `${f.orgPath}%`);
  if (f.year) {
    const year = f.year;
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    // The year an item belongs to: when it was reviewed, or (not yet reviewed) when it was created.
    query = query.where((eb) =>
      eb.or([
        eb.and([
          eb('reviewItems.opinionIssuedOn', '>=', from),
          eb('reviewItems.opinionIssuedOn', '<=', to),
        ]),
        eb.and([
          eb('reviewItems.opinionIssuedOn', 'is', null),
          eb('reviewItems.createdAt', '>=', `${from}T00:00:00.000Z`),
          eb('reviewItems.createdAt', '<', `${year + 1}-01-01T00:00:00.000Z`),
        ]),
      ]),
    );
  }
  if (f.month) {
    // 受理日期, the date the cockpit's review trend counts on (review.public.ts itemsByMonth)
    const { from, before } = monthSpan(f.month);
    query = query
      .where('reviewItems.acceptedOn', '>=', from)
      .where('reviewItems.acceptedOn', '<', before);
  }
  if (f.townId) query = query.where('o.townId', '=', f.townId);
  if (f.overdue) query = query.where('c.state', '!=', 'stopped').where('c.dueDate', '<', f.today);
  if (f.mine) {
    query = query.where('reviewItems.id', 'in', (eb) =>
      eb
        .selectFrom('tasks as tk')
        .innerJoin('orgs as tg', 'tg.id', 'tk.orgId')
        .select('tk.subjectId')
        .where('tk.status', '=', 'open')
        .where('tk.subjectType', '=', 'review_item')
        .where((w) => {
          const mine = [];
          if (actor.userId) mine.push(w('tk.assigneeUserId', '=', actor.userId));
          if (actor.roles.length)
            mine.push(
              w.and([
                w('tk.assigneeRole', 'in', actor.roles),
                w('tg.path', 'like', `${actor.scopePath}%`),
              ]),
            );
          return mine.length ? w.or(mine) : w.val(false);
        }),
    );
  }
  if (f.countyOnly) query = query.where(countyWorkFilter(q));
  return query;
}

export const LEDGER_COLUMNS = [
  'reviewItems.id',
  'reviewItems.type',
  'reviewItems.title',
  'reviewItems.state',
  'reviewItems.channel',
  'reviewItems.track',
  'reviewItems.conclusion',
  'reviewItems.fields',
  'reviewItems.submittedAt',
  'reviewItems.acceptedOn',
  'reviewItems.opinionIssuedOn',
  'reviewItems.decidedOn',
  'reviewItems.filedOn',
  'reviewItems.createdAt',
  'reviewItems.orgId',
  'o.name as orgName',
  'op.docNumber as docNumber',
  'op.reviewerName as reviewerName',
  'c.id as clockId',
  'c.purpose as clockPurpose',
  'c.startDate as clockStartDate',
  'c.limitDays as clockLimitDays',
  'c.unit as clockUnit',
  'c.dueDate as clockDueDate',
  'c.state as clockState',
  'c.stoppedOn as clockStoppedOn',
  'c.extensionDays as clockExtensionDays',
  'c.basis as clockBasis',
] as const;
