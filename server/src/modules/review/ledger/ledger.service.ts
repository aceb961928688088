import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { clockBadge, type WorkCalendar } from '../../../core/calendar/index.js';
import { sql } from 'kysely';
import { today, type Deps } from '../../../core/deps.js';
import { selectedIds } from '../../../core/http/selected-ids.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import { scopeKindOf } from '../items/item.repository.js';
import type { ListQuery } from '../items/item.schema.js';
import {
  CHANNELS,
  CONCLUSIONS,
  ITEM_TYPES,
  labelOf,
  STATES,
  TRACKS,
  type ItemType,
} from '../review.enums.js';
import { timelinessOf } from '../timeliness.js';
import { seesOnlyCountyWork } from '../review.policy.js';
import { LEDGER_COLUMNS, ledgerQuery, type LedgerFilter } from './ledger.query.js';

/** Items not yet accepted first (drafts, new submissions), then by acceptance day, latest first. */
const NEWEST_FIRST = sql`coalesce(${sql.ref('reviewItems.acceptedOn')}, '9999-12-31')`;

/** The two facts the ledger shows, read without validating the whole column (it was validated on write). */
function ledgerFacts(json: string): { counterparty?: string; amountFen?: number } {
  try {
    const f = JSON.parse(json) as { counterparty?: unknown; amountFen?: unknown };
    return {
      ...(typeof f.counterparty === 'string' ? { counterparty: f.counterparty } : {}),
      ...(typeof f.amountFen === 'number' ? { amountFen: f.amountFen } : {}),
    };
  } catch {
    return {};
  }
}

/** One row of the list and the ledger. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a ledger row of any item type's columns
export function presentRow(cal: WorkCalendar, day: string, r: Record<string, any>) {
  const fields = ledgerFacts(r.fields);
  const clock = r.clockId
    ? clockBadge(cal, day, {
        id: r.clockId,
        purpose: r.clockPurpose,
        startDate: r.clockStartDate,
        limitDays: r.clockLimitDays,
        unit: r.clockUnit,
        extensionDays: r.clockExtensionDays,
        dueDate: r.clockDueDate,
        state: r.clockState,
        stoppedOn: r.clockStoppedOn,
        basis: r.clockBasis,
      })
    : null;
  return {
    id: r.id as string,
    type: r.type,
    typeLabel: ITEM_TYPES[r.type as keyof typeof ITEM_TYPES],
    title: r.title as string,
    state: r.state,
    stateLabel: STATES[r.state as keyof typeof STATES],
    channel: r.channel,
    channelLabel: CHANNELS[r.channel as keyof typeof CHANNELS],
    trackLabel: TRACKS[r.track as keyof typeof TRACKS],
    org: { id: r.orgId as string, name: r.orgName as string },
    conclusion: r.conclusion ?? null,
    conclusionLabel: labelOf(CONCLUSIONS, r.conclusion),
    docNumber: (r.docNumber as string | null) ?? null,
    reviewerName: (r.reviewerName as string | null) ?? null,
    counterparty: fields.counterparty ?? null,
    amountFen: fields.amountFen ?? null,
    submittedAt: r.submittedAt ?? null,
    acceptedOn: r.acceptedOn ?? null,
    opinionIssuedOn: r.opinionIssuedOn ?? null,
    decidedOn: r.decidedOn ?? null,
    filedOn: r.filedOn ?? null,
    createdAt: r.createdAt as string,
    clock,
    timeliness: timelinessOf({
      type: r.type as ItemType,
      dueDate: clock?.dueDate ?? null,
      issuedOn: (r.opinionIssuedOn as string | null) ?? null,
    }),
  };
}
export type LedgerRow = ReturnType<typeof presentRow>;

/** Turns the query string into the ledger filter, resolving the org and the county-level view. */
async function filterOf(
  deps: Deps,
  ctx: RequestContext,
  f: Omit<ListQuery, 'page' | 'pageSize' | 'format'>,
) {
  const actor = authorize(ctx, 'review.item.read');
  const q = deps.db.kysely;
  const orgPath = f.orgId ? (await scoped(q, actor).assertOrgVisible(f.orgId)).path : undefined;
  const filter: LedgerFilter = {
    q: f.q,
    ids: selectedIds(f.ids),
    type: f.type,
    state: f.state,
    channel: f.channel,
    conclusion: f.conclusion,
    orgPath,
    year: f.year,
    month: f.month,
    townId: f.townId,
    overdue: f.overdue === 'true',
    mine: f.mine === 'true',
    countyOnly: seesOnlyCountyWork(actor, await scopeKindOf(q, actor)),
    today: today(deps),
  };
  return { actor, filter };
}

export async function listItems(deps: Deps, ctx: RequestContext, f: ListQuery) {
  const { actor, filter } = await filterOf(deps, ctx, f);
  const q = deps.db.kysely;
  const base = ledgerQuery(q, actor, filter);
  const [{ n }, rows, cal] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select([...LEDGER_COLUMNS])
      .orderBy(NEWEST_FIRST, 'desc')
      .orderBy('reviewItems.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    loadCalendar(q),
  ]);
  const day = filter.today;
  return {
    items: rows.map((r) => presentRow(cal, day, r)),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
    abilities: {
      create: actor.permissions.has('review.item.submit'),
      import: actor.permissions.has('review.ledger.import'),
      export: true,
    },
  };
}

/**
 * Every row of the filtered ledger for the XLSX export, read in keyset pages (id order) so a long
 * export neither holds SQLite's connection nor slows down page after page as OFFSET would.
 */
export async function* ledgerRows(
  deps: Deps,
  ctx: RequestContext,
  f: Omit<ListQuery, 'page' | 'pageSize' | 'format'>,
  pageSize = 2000,
): AsyncGenerator<LedgerRow> {
  const { actor, filter } = await filterOf(deps, ctx, f);
  const q = deps.db.kysely;
  const cal = await loadCalendar(q);
  let after: string | null = null;
  for (;;) {
    let query = ledgerQuery(q, actor, filter).select([...LEDGER_COLUMNS]);
    if (after) query = query.where('reviewItems.id', '<', after);
    const page = await query.orderBy('reviewItems.id', 'desc').limit(pageSize).execute();
    for (const r of page) yield presentRow(cal, filter.today, r);
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}
