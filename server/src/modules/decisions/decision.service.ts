import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest, conflict, notFound, ruleViolation } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { legalityReviewOf, MAJOR_DECISION_TYPE } from '../review/review.public.js';
import { commentPeriodDays } from './comment-period.js';
import { insertDraft } from './draft.repository.js';
import { DECISION_OWNER, decisionStep } from './decision.step.js';
import type {
  decideBody,
  draftBody,
  fcrBody,
  openCommentBody,
  publishBody,
  riskBody,
} from './decisions.schema.js';
import type { DecisionsTable } from './decisions.tables.js';
import { DECISION_ART as ART, FCR_CONCLUSIONS, RISK_LEVELS } from './decisions.vocabulary.js';

// tenancy: a decision is its catalogue entry's town's; each step loads its decision through scoped()

const notFuture = (day: string, on: string, what: string) => {
  if (on > day) throw badRequest(`${what}不能晚于今天`);
};

/**
 * 决策建议: a decision starts from an entry of the town's approved catalogue (条例 第三条、宁波条例 第十二条);
 * a matter outside the catalogue is added to it first (目录调整).
 */
export async function createDecision(
  deps: Deps,
  ctx: RequestContext,
  input: { entryId: string; proposedOn: string },
) {
  const actor = authorize(ctx, 'decisions.handle');
  assertTownStaff(actor, 'decisions.decision.create');
  notFuture(today(deps), input.proposedOn, '提出日期');
  return mutation(deps, ctx, async (m) => {
    const entry = await scoped(m.trx, actor)
      .selectFrom('decisionCatalogueEntries')
      .innerJoin(
        'decisionCatalogues',
        'decisionCatalogues.id',
        'decisionCatalogueEntries.catalogueId',
      )
      .selectAll('decisionCatalogueEntries')
      .select(['decisionCatalogues.status as catalogueStatus', 'decisionCatalogues.year'])
      .where('decisionCatalogueEntries.id', '=', input.entryId)
      .executeTakeFirst();
    if (!entry) throw notFound('该目录事项不存在或不在您的管辖范围内');
    if (entry.catalogueStatus === 'draft' || entry.withdrawn)
      throw ruleViolation(
        '只有经同意的决策事项目录中的事项才能启动重大行政决策程序；目录外事项须先调整目录',
        'NOT_IN_CATALOGUE',
        { basis: ART.catalogue },
      );
    const dup = await m.trx
      .selectFrom('decisions')
      .select('id')
      .where('entryId', '=', entry.id)
      .executeTakeFirst();
    if (dup) throw conflict('该目录事项已经提出决策', 'DECISION_EXISTS', { id: dup.id });
    const procedures = JSON.parse(entry.procedures) as string[];
    const at = m.now.toISOString();
    const row: DecisionsTable = {
      id: newId(),
      orgId: entry.orgId,
      entryId: entry.id,
      title: entry.title,
      state: 'proposed',
      affectsMarket: entry.affectsMarket,
      riskRequired: procedures.includes('risk_assessment') ? 1 : 0,
      proposedOn: input.proposedOn,
      launchedOn: null,
      leadOffice: null,
      participationWithheld: 0,
      withheldReason: null,
      commentOpensOn: null,
      commentClosesOn: null,
      shortPeriodReason: null,
      commentClosedOn: null,
      expertSummary: null,
      riskLevel: null,
      riskReport: null,
      fcrConclusion: null,
      fcrNote: null,
      reviewItemId: null,
      partyReportedOn: null,
      meetingName: null,
      meetingOn: null,
      meetingRecord: null,
      departureReason: null,
      dissent: null,
      decidedOn: null,
      decisionText: null,
      publishedOn: null,
      publicationNote: null,
      implementingUnit: null,
      evaluationNote: null,
      changedOn: null,
      changeReason: null,
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('decisions').values(row).execute();
    await m.audit({
      action: 'decisions.decision.proposed',
      targetType: DECISION_OWNER,
      targetId: row.id,
      orgId: row.orgId,
      basis: ART.catalogue,
      meta: { title: row.title, entryId: entry.id, year: entry.year },
    });
    return { id: row.id };
  });
}

export const launchDecision = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { launchedOn: string; leadOffice: string },
) =>
  decisionStep(deps, ctx, id, 'launch', async (s) => {
    notFuture(s.today, input.launchedOn, '启动日期');
    return {
      patch: { launchedOn: input.launchedOn, leadOffice: input.leadOffice },
      note: `决策承办单位：${input.leadOffice}`,
    };
  });

/** 拟订草案 (第十二条): the first version, split into articles. */
export const draftDecision = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof draftBody>,
) =>
  decisionStep(deps, ctx, id, 'draft', async (s) => {
    const draft = await insertDraft(s.m, s.record, input, s.today);
    return { meta: { draftVersion: draft.version, articles: input.articles.length } };
  });

/** 公开征求意见 (第十五条): the period, at least 30 days or with the reason for a shorter one. */
export const openComment = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof openCommentBody>,
) => {
  if (input.closesOn < input.opensOn) throw badRequest('截止日期不能早于开始日期');
  return decisionStep(
    deps,
    ctx,
    id,
    'open_comment',
    async (s) => {
      if (input.opensOn < s.today)
        throw badRequest('征求意见开始日期不能早于今天', { field: 'opensOn' });
      return {
        patch: {
          commentOpensOn: input.opensOn,
          commentClosesOn: input.closesOn,
          shortPeriodReason: input.shortPeriodReason ?? null,
        },
        meta: { opensOn: input.opensOn, closesOn: input.closesOn, days: s.facts.commentDays },
        note: `征求意见期限 ${input.opensOn} 至 ${input.closesOn}${input.shortPeriodReason ? `（缩短理由：${input.shortPeriodReason}）` : ''}`,
      };
    },
    {
      commentDays: commentPeriodDays(input.opensOn, input.closesOn),
      shortPeriodReason: input.shortPeriodReason,
    },
  );
};

export const withholdParticipation = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { reason: string },
) =>
  decisionStep(deps, ctx, id, 'withhold_participation', async () => ({
    patch: { participationWithheld: 1, withheldReason: input.reason },
    note: input.reason,
  }));

export const closeComment = (deps: Deps, ctx: RequestContext, id: string) =>
  decisionStep(deps, ctx, id, 'close_comment', async (s) => ({
    patch: { commentClosedOn: s.today },
  }));

export const recordExperts = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { summary: string },
) =>
  decisionStep(deps, ctx, id, 'expert_review', async () => ({
    patch: { expertSummary: input.summary },
    note: input.summary.slice(0, 200),
  }));

/**
 * 风险评估 (第二十二条至第二十四条): required by the catalogue entry, or found needed now; the conclusion is
 * the recorded 风险评估报告's (risk-report.service.ts).
 */
export const assessRisk = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof riskBody>,
) =>
  decisionStep(
    deps,
    ctx,
    id,
    'assess_risk',
    async (s) => {
      const required = s.facts.riskRequired;
      return {
        patch: {
          riskRequired: required ? 1 : 0,
          riskLevel: required ? s.facts.riskLevel : null,
          riskReport: input.report,
        },
        note: required
          ? RISK_LEVELS[s.facts.riskLevel!]
          : `无需风险评估：${input.report.slice(0, 100)}`,
      };
    },
    input.required ? { riskRequired: true } : {},
  );

export const reviewFairCompetition = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof fcrBody>,
) =>
  decisionStep(
    deps,
    ctx,
    id,
    'fair_competition',
    async () => ({
      patch: { fcrConclusion: input.conclusion, fcrNote: input.note },
      note: FCR_CONCLUSIONS[input.conclusion],
    }),
    { fcrNoncompliant: input.conclusion === 'noncompliant' },
  );

/**
 * Links the legality-review item (合法性审查, a 重大行政决策 item of the review module) that carries this
 * decision's draft: the review module keeps the submitter's 7-working-day floor (第二十六条) and the
 * opinion; the decision reads the opinion from it.
 */
export const linkLegality = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { reviewItemId: string },
) =>
  decisionStep(deps, ctx, id, 'link_legality', async (s) => {
    const item = await legalityReviewOf(s.m.trx, input.reviewItemId);
    if (!item || item.townId !== s.record.orgId)
      throw notFound('该合法性审查事项不存在或不属于本镇');
    if (item.type !== MAJOR_DECISION_TYPE)
      throw badRequest('请关联类别为“重大行政决策”的合法性审查事项', { field: 'reviewItemId' });
    const other = await s.m.trx
      .selectFrom('decisions')
      .select('id')
      .where('reviewItemId', '=', item.id)
      .where('id', '!=', s.record.id)
      .executeTakeFirst();
    if (other) throw conflict('该审查事项已关联其他决策', 'REVIEW_ITEM_LINKED');
    return {
      patch: { reviewItemId: item.id },
      meta: { reviewItemId: item.id, reviewState: item.state },
      note: `合法性审查事项：${item.title}（${item.stateLabel}）`,
    };
  });

export const reportToParty = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { reportedOn: string },
) =>
  decisionStep(deps, ctx, id, 'report_party', async (s) => {
    notFuture(s.today, input.reportedOn, '请示报告日期');
    return { patch: { partyReportedOn: input.reportedOn } };
  });

/** 集体讨论决定 (第二十九条、第三十条): materials, opinions in speaking order, the head last, dissent. */
export const decideDecision = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof decideBody>,
) =>
  decisionStep(
    deps,
    ctx,
    id,
    'decide',
    async (s) => {
      notFuture(s.today, input.meetingOn, '会议日期');
      return {
        patch: {
          meetingName: input.meetingName,
          meetingOn: input.meetingOn,
          meetingRecord: JSON.stringify({
            materials: input.materials,
            opinions: input.opinions,
            headSpokeLast: input.headSpokeLast,
            departsFromMajority: input.departsFromMajority,
          }),
          departureReason: input.departureReason ?? null,
          dissent: input.dissent ?? null,
          decidedOn: input.meetingOn,
          decisionText: input.decisionText,
        },
        meta: { meeting: input.meetingName, dissent: Boolean(input.dissent) },
        note: `${input.meetingName}：${input.decisionText.slice(0, 200)}`,
      };
    },
    {
      materials: input.materials,
      headSpokeLast: input.headSpokeLast,
      departsFromMajority: input.departsFromMajority,
      departureReason: input.departureReason,
    },
  );

export const publishDecision = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof publishBody>,
) =>
  decisionStep(deps, ctx, id, 'publish', async (s) => {
    notFuture(s.today, input.publishedOn, '公布日期');
    if (s.record.decidedOn && input.publishedOn < s.record.decidedOn)
      throw badRequest('公布日期不能早于决定日期', { field: 'publishedOn' });
    return { patch: { publishedOn: input.publishedOn, publicationNote: input.note ?? null } };
  });

export const implementDecision = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { unit: string },
) =>
  decisionStep(deps, ctx, id, 'implement', async () => ({
    patch: { implementingUnit: input.unit },
    note: `决策执行单位：${input.unit}`,
  }));

export const evaluateDecision = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { note: string },
) =>
  decisionStep(deps, ctx, id, 'evaluate', async () => ({
    patch: { evaluationNote: input.note },
    note: input.note.slice(0, 200),
  }));

export const changeDecision = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: 'adjust' | 'stop',
  input: { reason: string },
) =>
  decisionStep(
    deps,
    ctx,
    id,
    action,
    async (s) => ({
      patch: { changedOn: s.today, changeReason: input.reason },
      note: input.reason,
    }),
    { changeReason: input.reason },
  );
