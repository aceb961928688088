import type { Q } from '../../core/db/database.js';
import { conflict, notFound } from '../../core/errors.js';
import { COMMENT_PERIOD_BASIS, commentOpen } from './comment-period.js';

/** The portal town's decision, refused unless its draft is open for comment (条例 第十五条). */
export async function openForComment(q: Q, townId: string, id: string, day: string) {
  // tenancy: the portal passes its own town; another town's decision is not found
  const d = await q
    .selectFrom('decisions')
    .select(['id', 'orgId', 'state', 'commentOpensOn', 'commentClosesOn', 'title'])
    .where('id', '=', id)
    .where('orgId', '=', townId)
    .executeTakeFirst();
  if (!d) throw notFound('该决策事项不存在');
  if (d.state !== 'participation' || !commentOpen(d.commentOpensOn, d.commentClosesOn, day))
    throw conflict('该决策草案不在公开征求意见期间', 'COMMENT_CLOSED', {
      basis: COMMENT_PERIOD_BASIS,
    });
  return d;
}
