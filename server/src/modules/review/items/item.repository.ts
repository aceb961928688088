import type { ExpressionBuilder } from 'kysely';
import type { Actor } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import { isPostgres, type Q } from '../../../core/db/database.js';
import type { Database } from '../../../core/db/schema.js';
import { notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { indexEntry } from '../../../core/search/search-index.js';
import { ITEM_TYPES } from '../review.enums.js';
import type { ReviewItemsTable, ReviewStepsTable } from '../review.tables.js';
import { seesOnlyCountyWork } from '../review.policy.js';

// tenancy: child rows of an item already loaded through scoped(); the list itself is scoped

export const ITEM_OWNER = 'review_item';
export const itemLink = (id: string) => `/review/items/${id}`;

/** An item with what the policy and the presentation need about its org and town. */
export type LoadedItem = ReviewItemsTable & {
  orgName: string;
  orgPath: string;
  orgKind: string;
  townId: string;
  townName: string;
  townPath: string;
};

function withOrgs(q: Q, actor: Actor) {
  return scoped(q, actor)
    .selectFrom('reviewItems')
    .innerJoin('orgs as o', 'o.id', 'reviewItems.orgId')
    .innerJoin('orgs as t', 't.id', 'o.townId')
    .selectAll('reviewItems')
    .select([
      'o.name as orgName',
      'o.path as orgPath',
      'o.kind as orgKind',
      't.id as townId',
      't.name as townName',
      't.path as townPath',
    ]);
}

/** Kind of the org whose subtree the actor sees (an office's town, a village, the county …). */
export async function scopeKindOf(q: Q, actor: Actor): Promise<string> {
  const org = await q
    .selectFrom('orgs')
    .select('kind')
    .where('path', '=', actor.scopePath)
    .executeTakeFirst();
  return org?.kind ?? 'unit';
}

/** Items only the county's part of which reaches county staff: co-reviewed or filed with the county. */
export function countyWorkFilter(q: Q) {
  return (eb: ExpressionBuilder<Database, 'reviewItems'>) =>
    eb.or([
      eb('reviewItems.id', 'in', q.selectFrom('reviewCoReviews').select('reviewCoReviews.itemId')),
      eb(
        'reviewItems.id',
        'in',
        q
          .selectFrom('reviewFilings')
          .select('reviewFilings.itemId')
          .where('reviewFilings.target', '=', 'county'),
      ),
    ]);
}

/**
 * The item if the actor may see it (404 otherwise). Inside a mutation pass the transaction; on
 * PostgreSQL the row is then locked so concurrent steps on one item queue.
 */
export async function loadItem(
  q: Q,
  actor: Actor,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<LoadedItem> {
  let query = withOrgs(q, actor).where('reviewItems.id', '=', id);
  if (seesOnlyCountyWork(actor, await scopeKindOf(q, actor)))
    query = query.where(countyWorkFilter(q));
  if (opts.lock && isPostgres(q)) query = query.forUpdate('reviewItems');
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('审查事项不存在或不在您的管辖范围内');
  return row as LoadedItem;
}

export async function insertItem(q: Q, row: ReviewItemsTable): Promise<void> {
  await q.insertInto('reviewItems').values(row).execute();
}

export async function updateItem(
  q: Q,
  id: string,
  patch: Partial<ReviewItemsTable>,
): Promise<void> {
  await q.updateTable('reviewItems').set(patch).where('id', '=', id).execute();
}

export async function insertVersion(
  q: Q,
  v: {
    itemId: string;
    orgId: string;
    version: number;
    text: string;
    fields: string;
    source: 'text' | 'docx' | 'import';
    sourceFileId?: string | null;
    note?: string | null;
    createdBy: string | null;
    at: string;
  },
) {
  await q
    .insertInto('reviewItemVersions')
    .values({
      id: newId(),
      itemId: v.itemId,
      orgId: v.orgId,
      version: v.version,
      text: v.text,
      fields: v.fields,
      source: v.source,
      sourceFileId: v.sourceFileId ?? null,
      note: v.note ?? null,
      createdBy: v.createdBy,
      createdAt: v.at,
    })
    .execute();
}

export const currentVersion = (q: Q, itemId: string, version: number) =>
  q
    .selectFrom('reviewItemVersions')
    .selectAll()
    .where('itemId', '=', itemId)
    .where('version', '=', version)
    .executeTakeFirst();

export async function insertStep(q: Q, s: Omit<ReviewStepsTable, 'id'>): Promise<void> {
  await q
    .insertInto('reviewSteps')
    .values({ id: newId(), ...s })
    .execute();
}

/** Keeps the item findable in global search by people who may read review items. */
export async function indexItem(
  q: Q,
  item: Pick<ReviewItemsTable, 'id' | 'orgId' | 'title' | 'type' | 'summary'>,
  orgName: string,
  now: Date,
): Promise<void> {
  await indexEntry(
    q,
    {
      orgId: item.orgId,
      entityType: 'review_item',
      entityId: item.id,
      title: item.title,
      body: `${ITEM_TYPES[item.type]} ${orgName} ${item.summary ?? ''}`,
      permission: 'review.item.read',
      link: itemLink(item.id),
    },
    now,
  );
}

export const materialRows = (q: Q, itemId: string) =>
  q
    .selectFrom('reviewMaterials')
    .leftJoin('files', 'files.id', 'reviewMaterials.fileId')
    .select([
      'reviewMaterials.id',
      'reviewMaterials.materialKey',
      'reviewMaterials.fileId',
      'reviewMaterials.note',
      'reviewMaterials.addedAt',
      'files.originalName as fileName',
    ])
    .where('reviewMaterials.itemId', '=', itemId)
    .orderBy('reviewMaterials.addedAt')
    .execute();

export async function pendingHitCount(q: Q, itemId: string, version: number): Promise<number> {
  const r = await q
    .selectFrom('reviewHits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('itemId', '=', itemId)
    .where('version', '=', version)
    .where('decision', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function hasAdviserOpinion(q: Q, itemId: string): Promise<boolean> {
  return !!(await q
    .selectFrom('reviewAdviserOpinions')
    .select('id')
    .where('itemId', '=', itemId)
    .executeTakeFirst());
}

export async function fcrOutcomeOf(q: Q, fcrId: string | null) {
  if (!fcrId) return null;
  const r = await q
    .selectFrom('reviewFcrRecords')
    .select(['outcome', 'state'])
    .where('id', '=', fcrId)
    .executeTakeFirst();
  return r?.state === 'concluded' ? r.outcome : null;
}
