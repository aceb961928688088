import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import type { RecordLink } from '../../core/links/record-links.js';
import { assertTownStaff } from '../../core/workflow/level.js';
import { majorDecisionItemsOf } from '../review/review.public.js';
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

/**
 * 关联合法性审查事项 (条例 第二十五条): the town's review items of the 重大行政决策 type this decision may be
 * linked to — every one not already linked to another decision, newest first, with its state and opinion.
 */
export async function legalityCandidates(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'decisions.handle');
  const q = deps.db.kysely;
  const d = await scoped(q, actor)
    .selectFrom('decisions')
    .select(['decisions.id', 'decisions.orgId'])
    .where('decisions.id', '=', id)
    .executeTakeFirst();
  if (!d) throw notFound('该决策事项不存在或不在您的管辖范围内');
  assertTownStaff(actor, 'decisions.decision.link_legality');
  const [items, linked] = await Promise.all([
    majorDecisionItemsOf(q, d.orgId),
    q
      .selectFrom('decisions')
      .select('reviewItemId')
      .where('orgId', '=', d.orgId)
      .where('reviewItemId', 'is not', null)
      .where('id', '!=', d.id)
      .execute(),
  ]);
  const taken = new Set(linked.map((r) => r.reviewItemId));
  return { items: items.filter((i) => !taken.has(i.id)) };
}
