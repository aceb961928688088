import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Deps } from '../../../core/deps.js';
import { conflict, forbidden } from '../../../core/errors.js';
import { attachFile } from '../../../core/files/attach.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { pauseIfRunning, resumeIfPaused } from '../items/item.clock.js';
import { ITEM_OWNER, loadItem } from '../items/item.repository.js';
import { assignStep, closeSteps, notifyReturned, submitterOf } from '../items/item.tasks.js';
import { runTransition } from '../items/item.transition.js';
import { STATES } from '../review.enums.js';
import { isAdviser } from '../review.policy.js';
import { BASIS } from '../review.workflow.js';
import { materialsRuleOf } from '../review-required.js';

// tenancy: child rows of an item already loaded through scoped()

/** Steps of the review between acceptance and the opinion: start, 退回补充, county co-review, the adviser's opinion. */

export const startReview = (deps: Deps, ctx: RequestContext, id: string) =>
  runTransition(deps, ctx, id, 'start_review');

/** 退回补充: the clock stops while the submitter supplies what is missing (条例 art 26 for major decisions, else the town's rule). */
export function requestSupplement(deps: Deps, ctx: RequestContext, id: string, reason: string) {
  return runTransition(deps, ctx, id, 'request_supplement', async ({ m, item, today }) => {
    const paused = await pauseIfRunning(m, ctx, item.clockId, {
      reason: 'correction',
      on: today,
      note: reason,
      basis: materialsRuleOf(item.type),
    });
    await closeSteps(m, item.id, 'review');
    await assignStep(m, item, 'correct', submitterOf(item));
    await notifyReturned(m, item, '退回补充材料', reason);
    return {
      patch: { returnedFrom: item.state },
      note: reason,
      basis: materialsRuleOf(item.type),
      meta: { clockPaused: paused },
    };
  });
}

/** 县乡协审: complex items go to the county centre; the clock pauses only where the town has configured it. */
export function requestCoReview(deps: Deps, ctx: RequestContext, id: string, reason: string) {
  return runTransition(
    deps,
    ctx,
    id,
    'request_co_review',
    async ({ m, item, actor, settings, today }) => {
      const paused = settings.pauseDuringCoReview
        ? await pauseIfRunning(m, ctx, item.clockId, {
            reason: 'interagency',
            on: today,
            note: '县级合法性审查中心协审',
          })
        : false;
      const coReviewId = newId();
      await m.trx
        .insertInto('reviewCoReviews')
        .values({
          id: coReviewId,
          itemId: item.id,
          orgId: item.orgId,
          reason,
          requestedBy: actor.userId,
          requestedAt: m.now.toISOString(),
          pausedClock: paused ? 1 : 0,
          responderId: null,
          responderName: null,
          response: null,
          respondedAt: null,
        })
        .execute();
      await assignStep(m, item, 'coReview', { county: true });
      return { note: reason, meta: { coReviewId, clockPaused: paused } };
    },
  );
}

export function answerCoReview(deps: Deps, ctx: RequestContext, id: string, response: string) {
  return runTransition(deps, ctx, id, 'answer_co_review', async ({ m, item, actor, today }) => {
    const open = await m.trx
      .selectFrom('reviewCoReviews')
      .selectAll()
      .where('itemId', '=', item.id)
      .where('respondedAt', 'is', null)
      .orderBy('requestedAt', 'desc')
      .executeTakeFirst();
    if (!open) throw conflict('没有待回复的协审请求', 'NO_CO_REVIEW');
    await m.trx
      .updateTable('reviewCoReviews')
      .set({
        responderId: actor.userId,
        responderName: actor.displayName,
        response,
        respondedAt: m.now.toISOString(),
      })
      .where('id', '=', open.id)
      .execute();
    const resumed = open.pausedClock ? await resumeIfPaused(m, ctx, item.clockId, today) : false;
    await closeSteps(m, item.id, 'coReview');
    return { note: response, meta: { coReviewId: open.id, clockResumed: resumed } };
  });
}

/** The legal adviser's written opinion (条例 art 28), attached to the item and to the opinion letter. */
export async function addAdviserOpinion(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { text: string; fileId?: string | undefined },
) {
  const actor = authorize(ctx, 'review.item.advise');
  return mutation(deps, ctx, async (m) => {
    const item = await loadItem(m.trx, actor, id, { lock: true });
    if (!isAdviser(actor, item))
      throw forbidden('只有本镇法律顾问可以出具法律意见', 'NOT_YOUR_STEP');
    if (!['accepted', 'under_review', 'co_review'].includes(item.state))
      throw conflict(`事项当前为“${STATES[item.state]}”，不在审查阶段`, 'INVALID_STATE');
    const opinionId = newId();
    if (input.fileId)
      await attachFile(m, {
        fileId: input.fileId,
        ownerType: ITEM_OWNER,
        ownerId: item.id,
        orgId: item.orgId,
        by: actor,
      });
    await m.trx
      .insertInto('reviewAdviserOpinions')
      .values({
        id: opinionId,
        itemId: item.id,
        orgId: item.orgId,
        version: item.version,
        adviserId: actor.userId,
        adviserName: actor.displayName,
        text: input.text,
        fileId: input.fileId ?? null,
        createdAt: m.now.toISOString(),
      })
      .execute();
    await closeSteps(m, item.id, 'advise');
    await m.audit({
      action: 'review.adviser_opinion.added',
      targetType: 'review_item',
      targetId: item.id,
      orgId: item.orgId,
      basis: BASIS.adviser,
      meta: { adviserOpinionId: opinionId, version: item.version, fileId: input.fileId ?? null },
    });
    return opinionId;
  });
}
