import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { sendTracedXlsx } from '../../core/documents/export-trace.js';
import { inPages } from '../../core/documents/row-pages.js';
import { pageTown } from '../orgs/orgs.public.js';
import { caseQuery, presentCase, type CaseFilter } from './case-read.service.js';
import { isCorrection, isLoss, isSettled } from './outcome-sets.js';

// tenancy: counts and the ledger read through scoped()

/** 纠错率's denominator: every concluded review, or those decided on the merits (minus 调解、和解撤回). */
type CorrectionBase = 'concluded' | 'decided';

const ratio = (numerator: number, denominator: number, definition: string, asOf: string) => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10,
  definition,
  asOf,
});

/**
 * A year's indicators of 行政复议与行政应诉, counted from the register up to `asOf` (the report's cut-off,
 * e.g. 11月30日; the year's end or today by default): 发案量, 出庭应诉率, 纠错率 and 败诉率, each as
 * numerator/denominator with its definition.
 */
export async function litigationStats(
  deps: Deps,
  ctx: RequestContext,
  f: { year: number; asOf?: string | undefined; base: CorrectionBase; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'litigation.case.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, f.orgId, '复议应诉统计按乡镇编制');
  const from = `${f.year}-01-01`;
  const yearEnd = `${f.year}-12-31`;
  const day = today(deps);
  const asOf = f.asOf ?? (day < yearEnd ? day : yearEnd);
  const rows = await scoped(q, actor)
    .selectFrom('litigationCases')
    .select(['kind', 'receivedOn', 'hearingOn', 'leaderAppeared', 'outcome', 'concludedOn'])
    .where('townId', '=', town.id)
    .where('receivedOn', '<=', asOf)
    .execute();
  const within = (d: string | null) => d !== null && d >= from && d <= asOf;
  const reviews = rows.filter((r) => r.kind === 'reconsideration');
  const suits = rows.filter((r) => r.kind === 'litigation');
  const heard = suits.filter((r) => within(r.hearingOn));
  const reviewsDone = reviews.filter((r) => within(r.concludedOn));
  const reviewBase =
    f.base === 'decided' ? reviewsDone.filter((r) => !isSettled(r.outcome)) : reviewsDone;
  const suitsDone = suits.filter((r) => within(r.concludedOn));
  const corrections = reviewsDone.filter((r) => isCorrection(r.kind, r.outcome)).length;
  const losses = suitsDone.filter((r) => isLoss(r.kind, r.outcome)).length;
  return {
    year: f.year,
    town: town.name,
    asOf,
    filed: {
      reconsiderations: reviews.filter((r) => within(r.receivedOn)).length,
      lawsuits: suits.filter((r) => within(r.receivedOn)).length,
      definition: '统计期内收到复议申请书副本、起诉状副本的案件数（发案量）',
    },
    corrections: {
      count: corrections,
      definition: '统计期内审结的行政复议中被变更、撤销、确认违法或无效、责令履行的件数',
    },
    appearanceRate: ratio(
      heard.filter((r) => r.leaderAppeared === 1).length,
      heard.length,
      '负责人出庭应诉的开庭案件数 ÷ 统计期内开庭审理的行政诉讼案件数',
      asOf,
    ),
    correctionRate: ratio(
      corrections,
      reviewBase.length,
      f.base === 'decided'
        ? '纠错件数 ÷ （统计期内审结的行政复议件数 − 调解、和解撤回结案件数）'
        : '纠错件数 ÷ 统计期内审结的行政复议件数',
      asOf,
    ),
    lossRate: ratio(
      losses,
      suitsDone.length,
      '判决撤销、确认违法或无效、履行、给付、变更的件数 ÷ 统计期内审结的行政诉讼件数',
      asOf,
    ),
  };
}

type Row = ReturnType<typeof presentCase>;

/** 行政复议和行政应诉案件台账: the register with its filters, as XLSX (traced: it names the claimants). */
export function sendLedger(deps: Deps, ctx: RequestContext, reply: FastifyReply, f: CaseFilter) {
  const actor = authorize(ctx, 'litigation.case.read');
  const base = caseQuery(deps.db.kysely, actor, f)
    .orderBy('receivedOn', 'desc')
    .orderBy('id', 'desc');
  return sendTracedXlsx<Row & { appearance: string }>(
    deps,
    ctx,
    reply,
    {
      filename: `行政复议和行政应诉案件台账-${today(deps)}.xlsx`,
      sheetName: '复议应诉案件',
      rows: inPages(async (offset, limit) =>
        (await base.limit(limit).offset(offset).execute()).map((r) => {
          const p = presentCase(r, actor);
          const appearance =
            p.leaderAppeared === null
              ? ''
              : p.leaderAppeared
                ? `${p.leaderName ?? ''}（${p.leaderTitle ?? ''}）`
                : `未出庭：${p.absenceExplanation ?? ''}`;
          return { ...p, appearance };
        }),
      ),
      columns: [
        { header: '类别', key: 'kindLabel', width: 10 },
        { header: '案号', key: 'caseNo', width: 24 },
        { header: '案由', key: 'title', width: 30 },
        { header: '申请人/原告', key: 'claimantName', width: 16 },
        { header: '被申请人/被告', key: 'respondent', width: 20 },
        { header: '复议机关/法院', key: 'reviewBody', width: 22 },
        { header: '收到副本', key: 'receivedOn', width: 12 },
        { header: '答复/答辩期限', key: 'answerDue', width: 12 },
        { header: '会商日期', key: 'consultedOn', width: 12 },
        { header: '提交日期', key: 'answeredOn', width: 12 },
        { header: '负责人出庭', key: 'appearance', width: 24 },
        { header: '结果', key: 'outcomeLabel', width: 16 },
        { header: '审结日期', key: 'concludedOn', width: 12 },
        { header: '整改完成', key: 'rectifiedOn', width: 12 },
        { header: '状态', key: 'statusLabel', width: 16 },
      ],
    },
    { action: 'litigation.case.ledger_exported', what: '行政复议和行政应诉案件台账', filter: f },
  );
}
