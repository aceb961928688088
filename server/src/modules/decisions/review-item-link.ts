import type { Q } from '../../core/db/database.js';
import type { RecordLink } from '../../core/links/record-links.js';
import { DECISION_STATES } from './decision.workflow.js';

/**
 * The decision a legality-review item was opened for, so the review item links back to it: declared
 * as the record link `review_item.decision` (the review module asks for it by that name).
 */
export async function decisionOfReviewItem(
  q: Q,
  itemId: string,
  townId: string,
): Promise<RecordLink | null> {
  // tenancy: only a decision of the item's own town; the caller has loaded the item through scoped()
  const row = await q
    .selectFrom('decisions')
    .select(['id', 'title', 'state'])
    .where('reviewItemId', '=', itemId)
    .where('orgId', '=', townId)
    .executeTakeFirst();
  return row ? { ...row, stateLabel: DECISION_STATES[row.state] } : null;
}
