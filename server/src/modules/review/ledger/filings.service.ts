import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { FILING_TARGETS, ITEM_TYPES, type FilingTarget, type ItemType } from '../review.enums.js';

/** 备案登记: what was filed where and when, with the final signed document. County staff see their towns'. */

interface FilingFilter {
  year?: number | undefined;
  target?: FilingTarget | undefined;
  type?: ItemType | undefined;
}

function filingQuery(q: Q, actor: Parameters<typeof scoped>[1], f: FilingFilter) {
  let query = scoped(q, actor)
    .selectFrom('reviewFilings')
    .innerJoin('reviewItems as i', 'i.id', 'reviewFilings.itemId')
    .innerJoin('orgs as o', 'o.id', 'i.orgId')
    .innerJoin('orgs as t', 't.id', 'o.townId')
    .innerJoin('orgs as g', 'g.id', 'reviewFilings.targetOrgId')
    .leftJoin('files as fl', 'fl.id', 'reviewFilings.fileId');
  if (f.year)
    query = query
      .where('reviewFilings.filedOn', '>=', `${f.year}-01-01`)
      .where('reviewFilings.filedOn', '<=', `${f.year}-12-31`);
  if (f.target) query = query.where('reviewFilings.target', '=', f.target);
  if (f.type) query = query.where('i.type', '=', f.type);
  return query;
}

const COLUMNS = [
  'reviewFilings.id',
  'reviewFilings.itemId',
  'reviewFilings.target',
  'reviewFilings.filedOn',
  'reviewFilings.dueDate',
  'reviewFilings.fileId',
  'reviewFilings.note',
  'i.title',
  'i.type',
  'i.decidedOn',
  'o.name as orgName',
  't.name as townName',
  'g.name as targetOrgName',
  'fl.originalName as fileName',
] as const;

const present = (r: {
  id: string;
  itemId: string;
  target: FilingTarget;
  filedOn: string;
  dueDate: string | null;
  fileId: string | null;
  note: string | null;
  title: string;
  type: ItemType;
  decidedOn: string | null;
  orgName: string;
  townName: string;
  targetOrgName: string;
  fileName: string | null;
}) => ({
  ...r,
  typeLabel: ITEM_TYPES[r.type],
  targetLabel: FILING_TARGETS[r.target],
  onTime: r.dueDate ? r.filedOn <= r.dueDate : null,
});
export type FilingRow = ReturnType<typeof present>;

export async function listFilings(
  deps: Deps,
  ctx: RequestContext,
  f: FilingFilter & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'review.ledger.read');
  const base = filingQuery(deps.db.kysely, actor, f);
  const [{ n }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select([...COLUMNS])
      .orderBy('reviewFilings.filedOn', 'desc')
      .orderBy('reviewFilings.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  return { items: rows.map(present), total: Number(n), page: f.page, pageSize: f.pageSize };
}

export async function* filingRows(deps: Deps, ctx: RequestContext, f: FilingFilter) {
  const actor = authorize(ctx, 'review.ledger.read');
  const rows = await filingQuery(deps.db.kysely, actor, f)
    .select([...COLUMNS])
    .orderBy('reviewFilings.filedOn', 'desc')
    .orderBy('reviewFilings.id', 'desc')
    .execute();
  for (const r of rows) yield present(r);
}
