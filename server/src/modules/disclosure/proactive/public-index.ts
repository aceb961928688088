import type { Q } from '../../../core/db/database.js';
import { portalTokens } from './portal-search.js';
import type { DisclosureItemsTable } from './proactive.tables.js';

/**
 * Keeps the portal's copy of published entries (disclosure_public_index) and its per-category totals
 * in step with the catalogue, inside the transaction that publishes or removes an entry.
 */
export async function addToPublicIndex(q: Q, item: DisclosureItemsTable): Promise<void> {
  if (!item.publishedOn || !item.publishedAt)
    throw new Error('addToPublicIndex: entry has no publication date');
  const row = {
    townId: item.townId,
    category: item.category,
    kind: item.kind,
    indexNo: item.indexNo,
    title: item.title,
    summary: item.summary,
    publisherName: item.publisherName,
    docNumber: item.docNumber,
    createdOn: item.createdOn,
    publishedOn: item.publishedOn,
    publishedAt: item.publishedAt,
    abolishedOn: item.abolishedOn,
    tokens: portalTokens(
      `${item.title} ${item.docNumber ?? ''} ${item.summary} ${item.body}`,
      item,
    ),
  };
  const existing = await q
    .selectFrom('disclosurePublicIndex')
    .select('itemId')
    .where('itemId', '=', item.id)
    .executeTakeFirst();
  if (existing) {
    await q.updateTable('disclosurePublicIndex').set(row).where('itemId', '=', item.id).execute();
    return;
  }
  await q
    .insertInto('disclosurePublicIndex')
    .values({ itemId: item.id, ...row })
    .execute();
  await bumpCount(q, item.townId, item.category, 1);
}

/** Takes an entry off the portal (withdrawn or superseded); a no-op if it is not there. */
export async function removeFromPublicIndex(q: Q, itemId: string): Promise<void> {
  const row = await q
    .selectFrom('disclosurePublicIndex')
    .select(['townId', 'category'])
    .where('itemId', '=', itemId)
    .executeTakeFirst();
  if (!row) return;
  await q.deleteFrom('disclosurePublicIndex').where('itemId', '=', itemId).execute();
  await bumpCount(q, row.townId, row.category, -1);
}

/** Only the abolition date of a published 规范性文件 changes after publication. */
export async function setPublicAbolished(
  q: Q,
  itemId: string,
  abolishedOn: string | null,
): Promise<void> {
  await q
    .updateTable('disclosurePublicIndex')
    .set({ abolishedOn })
    .where('itemId', '=', itemId)
    .execute();
}

async function bumpCount(q: Q, townId: string, category: string, by: 1 | -1): Promise<void> {
  await q
    .insertInto('disclosurePublicCounts')
    .values({ townId, category, n: Math.max(0, by) })
    .onConflict((oc) =>
      oc
        .columns(['townId', 'category'])
        .doUpdateSet((eb) => ({ n: eb('disclosurePublicCounts.n', '+', by) })),
    )
    .execute();
}
