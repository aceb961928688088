import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Deps } from '../../../core/deps.js';
import { conflict, forbidden, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { loadItem, type LoadedItem } from '../items/item.repository.js';
import { DIMENSIONS, HIT_DECISIONS, STATES, type Dimension, type State } from '../review.enums.js';
import { partiesOf } from '../review.policy.js';
import type { DraftOpinion } from './work.schema.js';

// tenancy: child rows of an item already loaded through scoped()

/**
 * The reviewer's workspace while an item is under review: deciding pre-review hits, writing findings
 * (clause → problem → basis → suggested wording) and the draft opinion. Each change is audited.
 */

const WORKING: readonly State[] = ['under_review', 'co_review'];

async function asReviewer(
  m: MutationScope,
  actor: Actor,
  id: string,
  states: readonly State[] = WORKING,
): Promise<LoadedItem> {
  const item = await loadItem(m.trx, actor, id, { lock: true });
  if (!partiesOf(actor, item).has('reviewer'))
    throw forbidden('只有本镇法审员可以处理审查工作', 'NOT_YOUR_STEP');
  if (!states.includes(item.state))
    throw conflict(`事项当前为“${STATES[item.state]}”，请先开始审查`, 'INVALID_STATE');
  return item;
}

async function insertFinding(
  m: MutationScope,
  item: LoadedItem,
  actor: Actor,
  f: {
    dimension: Dimension;
    clause?: string | null;
    problem: string;
    basis?: string | null;
    suggestion?: string | null;
    hitId?: string | null;
  },
) {
  const id = newId();
  await m.trx
    .insertInto('reviewFindings')
    .values({
      id,
      itemId: item.id,
      orgId: item.orgId,
      version: item.version,
      dimension: f.dimension,
      clause: f.clause ?? null,
      problem: f.problem,
      basis: f.basis ?? null,
      suggestion: f.suggestion ?? null,
      hitId: f.hitId ?? null,
      createdBy: actor.userId,
      createdAt: m.now.toISOString(),
    })
    .execute();
  return id;
}

/**
 * 采纳 turns a hit into a finding (its clause, title, basis and suggestion); 不采纳 removes that finding.
 * These decisions give each rule's precision in the ledger statistics.
 */
export async function decideHit(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  hitId: string,
  input: {
    decision: 'accepted' | 'dismissed';
    note?: string | undefined;
    dimension?: Dimension | undefined;
  },
) {
  const actor = authorize(ctx, 'review.item.review');
  await mutation(deps, ctx, async (m) => {
    const item = await asReviewer(m, actor, id);
    const hit = await m.trx
      .selectFrom('reviewHits')
      .selectAll()
      .where('id', '=', hitId)
      .where('itemId', '=', item.id)
      .executeTakeFirst();
    if (!hit) throw notFound('预审提示不存在');
    if (hit.version !== item.version)
      throw conflict('这是旧版本文本的预审提示，请处理当前版本的提示', 'OLD_VERSION');
    if (hit.findingId)
      await m.trx.deleteFrom('reviewFindings').where('id', '=', hit.findingId).execute();
    const findingId =
      input.decision === 'accepted'
        ? await insertFinding(m, item, actor, {
            dimension: input.dimension ?? 'content',
            clause: hit.clause,
            problem: input.note ? `${hit.title}：${input.note}` : hit.title,
            basis: hit.basis,
            suggestion: hit.suggestion,
            hitId: hit.id,
          })
        : null;
    await m.trx
      .updateTable('reviewHits')
      .set({
        decision: input.decision,
        decidedBy: actor.userId,
        decidedAt: m.now.toISOString(),
        decisionNote: input.note ?? null,
        findingId,
      })
      .where('id', '=', hit.id)
      .execute();
    await m.audit({
      action: `review.hit.${input.decision}`,
      targetType: 'review_item',
      targetId: item.id,
      orgId: item.orgId,
      changes: {
        decision: { before: HIT_DECISIONS[hit.decision], after: HIT_DECISIONS[input.decision] },
      },
      meta: { hitId: hit.id, ruleId: hit.ruleId, findingId, note: input.note ?? null },
    });
  });
}

export async function addFinding(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: {
    dimension: Dimension;
    clause?: string | undefined;
    problem: string;
    basis?: string | undefined;
    suggestion?: string | undefined;
  },
) {
  const actor = authorize(ctx, 'review.item.review');
  return mutation(deps, ctx, async (m) => {
    const item = await asReviewer(m, actor, id);
    const findingId = await insertFinding(m, item, actor, input);
    await m.audit({
      action: 'review.finding.added',
      targetType: 'review_item',
      targetId: item.id,
      orgId: item.orgId,
      meta: { findingId, dimension: DIMENSIONS[input.dimension], problem: input.problem },
    });
    return findingId;
  });
}

export async function removeFinding(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  findingId: string,
) {
  const actor = authorize(ctx, 'review.item.review');
  await mutation(deps, ctx, async (m) => {
    const item = await asReviewer(m, actor, id);
    const f = await m.trx
      .selectFrom('reviewFindings')
      .selectAll()
      .where('id', '=', findingId)
      .where('itemId', '=', item.id)
      .where('version', '=', item.version)
      .executeTakeFirst();
    if (!f) throw notFound('审查意见条目不存在');
    await m.trx.deleteFrom('reviewFindings').where('id', '=', findingId).execute();
    // The hit the finding came from goes back to undecided, so it is not counted as accepted.
    if (f.hitId)
      await m.trx
        .updateTable('reviewHits')
        .set({ decision: 'pending', decidedBy: null, decidedAt: null, findingId: null })
        .where('id', '=', f.hitId)
        .execute();
    await m.audit({
      action: 'review.finding.removed',
      targetType: 'review_item',
      targetId: item.id,
      orgId: item.orgId,
      meta: { findingId, problem: f.problem, hitId: f.hitId },
    });
  });
}

/** Saves the unfinished opinion (checklist, summary, bases) so work is not lost between sessions. */
export async function saveDraftOpinion(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  draft: DraftOpinion,
) {
  const actor = authorize(ctx, 'review.item.review');
  await mutation(deps, ctx, async (m) => {
    const item = await asReviewer(m, actor, id);
    await m.trx
      .updateTable('reviewItems')
      .set({ draftOpinion: JSON.stringify(draft), updatedAt: m.now.toISOString() })
      .where('id', '=', item.id)
      .execute();
    await m.audit({
      action: 'review.opinion.draft_saved',
      targetType: 'review_item',
      targetId: item.id,
      orgId: item.orgId,
      meta: { conclusion: draft.conclusion ?? null },
    });
  });
}
