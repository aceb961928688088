import { sql } from 'kysely';
import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { maskPhone } from '../../core/crypto/mask.js';
import type { Q } from '../../core/db/database.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest, conflict, notFound } from '../../core/errors.js';
import { takeFloodHit, type FloodRule } from '../../core/http/flood-control.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { useVerificationCode } from '../../core/sms/verification-code.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { adoptionSummary } from './adoption-summary.js';
import { verifiedPhone } from './comment-verification.service.js';
import { openForComment } from './open-for-comment.js';
import { DECISION_OWNER } from './decision.step.js';
import type { DecisionState } from './decision.workflow.js';
import type { answerBody, draftBody, publicCommentBody } from './decisions.schema.js';
import { ADOPTIONS, DECISION_ART as ART, MODERATIONS } from './decisions.vocabulary.js';
import { currentDraft, insertDraft } from './draft.repository.js';

// tenancy: staff reads and writes load the decision through scoped(); the portal serves the portal
// town's decisions only (the caller passes that town)

/** States in which the office may issue a revised draft (修改稿), before the meeting. */
const REVISABLE: readonly DecisionState[] = [
  'drafting',
  'expert_review',
  'risk_assessment',
  'fair_competition',
  'legality_review',
];

async function scopedDecision(q: Q, ctx: RequestContext, id: string) {
  const row = await scoped(q, ctx.actor!)
    .selectFrom('decisions')
    .selectAll()
    .where('decisions.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('该决策事项不存在或不在您的管辖范围内');
  return row;
}

/** A revised draft (修改稿) as a new version; comments stay with the version they were made on. */
export async function addDraftVersion(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof draftBody>,
) {
  const actor = authorize(ctx, 'decisions.handle');
  return mutation(deps, ctx, async (m) => {
    const d = await scopedDecision(m.trx, ctx, id);
    assertTownStaff(actor, 'decisions.draft.revise');
    if (!REVISABLE.includes(d.state))
      throw conflict('征求意见期间和集体讨论后不能修改草案', 'INVALID_STATE');
    const draft = await insertDraft(m, d, input, today(deps));
    await m.audit({
      action: 'decisions.decision.draft_revised',
      targetType: DECISION_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      basis: ART.drafting,
      meta: { version: draft.version, articles: input.articles.length },
    });
    return draft;
  });
}

/** Public comments from one address per hour (防刷). */
const PUBLIC_COMMENTS: FloodRule = {
  name: 'decisions.comment.ip',
  limit: 20,
  windowMinutes: 60,
  message: '提交过于频繁，请一小时后再试',
};

/**
 * A citizen's comment from the portal, without an account; it waits for moderation before it shows.
 * Where the town asks for it, the phone is verified by SMS code first and the comment records it.
 */
export async function submitPublicComment(
  deps: Deps,
  ctx: RequestContext,
  townId: string,
  id: string,
  input: z.infer<typeof publicCommentBody>,
) {
  const q = deps.db.kysely;
  if (ctx.ip) await takeFloodHit(q, PUBLIC_COMMENTS, ctx.ip, deps.time.now());
  const day = today(deps);
  await openForComment(q, townId, id, day);
  const codeId = await verifiedPhone(deps, townId, id, input);
  return mutation(
    deps,
    { ...ctx, actor: null },
    async (m) => {
      const d = await openForComment(m.trx, townId, id, day);
      const draft = await currentDraft(m.trx, d.id);
      if (!draft) throw conflict('该决策草案尚未公布', 'COMMENT_CLOSED');
      if (input.articleId && !draft.articles.some((a) => a.id === input.articleId))
        throw badRequest('所选条文不属于当前征求意见稿', { field: 'articleId' });
      if (codeId) await useVerificationCode(m.trx, codeId, m.now);
      const commentId = newId();
      await m.trx
        .insertInto('decisionComments')
        .values({
          id: commentId,
          orgId: d.orgId,
          decisionId: d.id,
          draftId: draft.id,
          articleId: input.articleId ?? null,
          body: input.body,
          name: input.name || null,
          phoneEnc: input.phone ? deps.secrets.encrypt(input.phone) : null,
          phoneVerified: codeId ? 1 : 0,
          submittedAt: m.now.toISOString(),
          moderation: 'pending',
          moderatedBy: null,
          adoption: null,
          answer: null,
          answeredAt: null,
        })
        .execute();
      await m.audit({
        action: 'decisions.comment.submitted',
        targetType: DECISION_OWNER,
        targetId: d.id,
        orgId: d.orgId,
        basis: ART.participation,
        meta: { commentId, articleId: input.articleId ?? null, phoneVerified: !!codeId },
        actorOverride: { userId: null, name: '社会公众' },
      });
      return { id: commentId, message: '意见已提交，经审核后公开；采纳情况将随决策一并公布。' };
    },
    { town: townId },
  );
}

/** Every comment on a decision for the office, phones masked. */
export async function listComments(deps: Deps, ctx: RequestContext, id: string) {
  authorize(ctx, 'decisions.read');
  const q = deps.db.kysely;
  const d = await scopedDecision(q, ctx, id);
  const rows = await q
    .selectFrom('decisionComments')
    .leftJoin('decisionDraftArticles', 'decisionDraftArticles.id', 'decisionComments.articleId')
    .innerJoin('decisionDrafts', 'decisionDrafts.id', 'decisionComments.draftId')
    .selectAll('decisionComments')
    .select(['decisionDraftArticles.heading', 'decisionDrafts.version'])
    .where('decisionComments.decisionId', '=', d.id)
    .orderBy('decisionComments.submittedAt')
    .orderBy('decisionComments.id')
    .execute();
  const above = ctx.actor!.townId === null;
  return {
    items: rows.map((r) => ({
      id: r.id,
      draftVersion: r.version,
      articleId: r.articleId,
      article: r.heading ?? '总体意见',
      body: r.body,
      name: r.name ? (above ? `${r.name.slice(0, 1)}*` : r.name) : null,
      phone: r.phoneEnc ? maskPhone(deps.secrets.decrypt(r.phoneEnc)) : null,
      phoneVerified: r.phoneVerified === 1,
      submittedAt: r.submittedAt,
      moderation: r.moderation,
      moderationLabel: MODERATIONS[r.moderation],
      adoption: r.adoption,
      adoptionLabel: r.adoption ? ADOPTIONS[r.adoption] : null,
      answer: r.answer,
    })),
    summary: await commentSummary(q, d.id),
  };
}

async function lockComment(q: Q, ctx: RequestContext, id: string, commentId: string) {
  const d = await scopedDecision(q, ctx, id);
  const c = await q
    .selectFrom('decisionComments')
    .selectAll()
    .where('id', '=', commentId)
    .where('decisionId', '=', d.id)
    .executeTakeFirst();
  if (!c) throw notFound('该意见不存在');
  if (d.decidedOn) throw conflict('决策已经作出，意见处理情况已定稿', 'INVALID_STATE');
  return { d, c };
}

/** 审核: a comment is shown on the portal only after the office has read it. */
export async function moderateComment(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  commentId: string,
  input: { show: boolean },
) {
  const actor = authorize(ctx, 'decisions.handle');
  return mutation(deps, ctx, async (m) => {
    const { d, c } = await lockComment(m.trx, ctx, id, commentId);
    assertTownStaff(actor, 'decisions.comment.moderate');
    const moderation = input.show ? 'shown' : 'hidden';
    await m.trx
      .updateTable('decisionComments')
      .set({ moderation, moderatedBy: actor.userId })
      .where('id', '=', c.id)
      .execute();
    await m.audit({
      action: 'decisions.comment.moderated',
      targetType: DECISION_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      changes: {
        moderation: { before: MODERATIONS[c.moderation], after: MODERATIONS[moderation] },
      },
      meta: { commentId: c.id },
    });
  });
}

/** 采纳情况: adopted, partly or not, with the reason (条例 第二十九条、第三十二条). */
export async function answerComment(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  commentId: string,
  input: z.infer<typeof answerBody>,
) {
  const actor = authorize(ctx, 'decisions.handle');
  return mutation(deps, ctx, async (m) => {
    const { d, c } = await lockComment(m.trx, ctx, id, commentId);
    assertTownStaff(actor, 'decisions.comment.answer');
    if (c.moderation !== 'shown')
      throw conflict('请先审核公开该意见，再答复采纳情况', 'COMMENT_NOT_SHOWN');
    await m.trx
      .updateTable('decisionComments')
      .set({ adoption: input.adoption, answer: input.answer, answeredAt: m.now.toISOString() })
      .where('id', '=', c.id)
      .execute();
    await m.audit({
      action: 'decisions.comment.answered',
      targetType: DECISION_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      basis: ART.materials,
      meta: { commentId: c.id, adoption: input.adoption },
    });
  });
}

/** 采纳情况 of the shown comments, counted by article and answer in SQL. */
export async function commentSummary(q: Q, decisionId: string) {
  // tenancy: child rows of a decision the caller has already loaded in scope (or the portal town's)
  const [articles, counts] = await Promise.all([
    q
      .selectFrom('decisionDraftArticles')
      .innerJoin('decisionDrafts', 'decisionDrafts.id', 'decisionDraftArticles.draftId')
      .select([
        'decisionDraftArticles.id',
        'decisionDraftArticles.heading',
        'decisionDrafts.version',
      ])
      .where('decisionDrafts.decisionId', '=', decisionId)
      .orderBy('decisionDrafts.version')
      .orderBy('decisionDraftArticles.seq')
      .execute(),
    q
      .selectFrom('decisionComments')
      .select(['articleId', 'adoption', sql<number>`count(*)`.as('n')])
      .where('decisionId', '=', decisionId)
      .where('moderation', '=', 'shown')
      .groupBy(['articleId', 'adoption'])
      .execute(),
  ]);
  const versions = new Set(articles.map((a) => a.version)).size;
  return adoptionSummary(
    articles.map((a) => ({
      id: a.id,
      heading: versions > 1 ? `第${a.version}稿${a.heading}` : a.heading,
    })),
    counts.map((c) => ({ articleId: c.articleId, adoption: c.adoption, n: Number(c.n) })),
  );
}
