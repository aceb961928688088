import type { Q } from '../../core/db/database.js';
import { DECISION_STATES } from './decision.workflow.js';

/**
 * What other modules may use of the 重大行政决策 module: the decision a legality-review item was opened
 * for, so the review item links back to it. Other modules import the decisions module only through
 * this file.
 */
export async function decisionOfReviewItem(q: Q, itemId: string, townId: string) {
  // tenancy: only a decision of the item's own town; the caller has loaded the item through scoped()
  const row = await q
    .selectFrom('decisions')
    .select(['id', 'title', 'state'])
    .where('reviewItemId', '=', itemId)
    .where('orgId', '=', townId)
    .executeTakeFirst();
  return row ? { ...row, stateLabel: DECISION_STATES[row.state] } : null;
}
