import type { Q } from '../../../core/db/database.js';
import { indexEntry } from '../../../core/search/search-index.js';
import { categoryLabel } from './categories.js';
import type { DisclosureItemsTable } from './proactive.tables.js';
import { ITEM_STATES } from './proactive.workflow.js';

/** Owner type of attachments and subject type of clocks, tasks and audit events. */
export const ITEM_OWNER = 'disclosure_item';

/** Where staff open an entry in the web app. */
export const itemLink = (id: string) => `/disclosure/proactive?focus=${id}`;

/** Keeps the entry findable in staff search (every state; the portal has its own index of published ones). */
export async function indexItem(q: Q, row: DisclosureItemsTable, now: Date): Promise<void> {
  await indexEntry(
    q,
    {
      orgId: row.orgId,
      entityType: ITEM_OWNER,
      entityId: row.id,
      title: row.title,
      body: `${ITEM_STATES[row.status]} ${categoryLabel(row.category)} ${row.indexNo} ${row.docNumber ?? ''} ${row.summary} ${row.body}`,
      permission: 'disclosure.item.read',
      link: itemLink(row.id),
    },
    now,
  );
}
