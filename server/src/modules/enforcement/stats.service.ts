import type { FastifyReply } from 'fastify';
import { sql } from 'kysely';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { inPages } from '../../core/documents/row-pages.js';
import { sendTracedXlsx } from '../../core/documents/export-trace.js';
import { pageTown } from '../orgs/orgs.public.js';
import { caseQuery, presentCase, type CaseFilter } from './case-read.service.js';
import { trainingStatus } from './training/training.service.js';
import {
  AUTHORITY_BASES,
  ENFORCEMENT_FIELDS,
  type AuthorityBasis,
  type EnforcementField,
} from './enforcement.vocabulary.js';

// tenancy: counts and the ledger read through scoped()

/**
 * A year's penalty decisions (行政处罚决定), counted from the case records: by field and authority
 * basis, with fine totals (表二 of the disclosure report reads these figures).
 */
export async function enforcementStats(
  deps: Deps,
  ctx: RequestContext,
  f: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'enforcement.case.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, f.orgId, '执法统计按乡镇编制');
  const rows = await scoped(q, actor)
    .selectFrom('enforcementCases')
    .select([
      'field',
      'authorityBasis',
      sql<number>`count(*)`.as('decisions'),
      sql<number>`coalesce(sum(fine), 0)`.as('fines'),
    ])
    .where('townId', '=', town.id)
    .where('decidedOn', '>=', `${f.year}-01-01`)
    .where('decidedOn', '<=', `${f.year}-12-31`)
    .groupBy(['field', 'authorityBasis'])
    .orderBy('field')
    .orderBy('authorityBasis')
    .execute();
  const groups = rows.map((r) => ({
    field: r.field as EnforcementField,
    fieldLabel: ENFORCEMENT_FIELDS[r.field as EnforcementField],
    authorityBasis: r.authorityBasis as AuthorityBasis,
    authorityBasisLabel: AUTHORITY_BASES[r.authorityBasis as AuthorityBasis],
    decisions: Number(r.decisions),
    fines: Number(r.fines),
  }));
  return {
    year: f.year,
    town: town.name,
    decisions: groups.reduce((s, g) => s + g.decisions, 0),
    fines: groups.reduce((s, g) => s + g.fines, 0),
    groups,
    /** 执法人员培训学时 of the year: certificate holders below the town's requirement are flagged. */
    training: await trainingStatus(q, town.id, f.year),
  };
}

type Case = ReturnType<typeof presentCase>;

/** 行政处罚案件台账: the case list with its filters, as XLSX. */
export function sendCaseLedger(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  f: CaseFilter,
) {
  const actor = authorize(ctx, 'enforcement.case.read');
  const base = caseQuery(deps.db.kysely, actor, f)
    .orderBy('enforcementCases.clueOn', 'desc')
    .orderBy('enforcementCases.id', 'desc');
  // The ledger names the parties: taking it out of the system is traced, with its filter and row count.
  return sendTracedXlsx<Case>(
    deps,
    ctx,
    reply,
    {
      filename: `行政处罚案件台账-${today(deps)}.xlsx`,
      sheetName: '行政处罚案件',
      rows: inPages(async (offset, limit) =>
        (await base.limit(limit).offset(offset).execute()).map((r) => presentCase(r, actor)),
      ),
      columns: [
        { header: '案号', key: 'caseNo', width: 20 },
        { header: '案由', key: 'title', width: 30 },
        { header: '执法领域', key: 'fieldLabel', width: 16 },
        { header: '权力来源', key: 'authorityBasisLabel', width: 18 },
        { header: '委托机关', key: 'entrustingBody', width: 24 },
        { header: '当事人', key: 'partyName', width: 20 },
        { header: '状态', key: 'statusLabel', width: 14 },
        { header: '立案日期', key: 'filedOn', width: 12 },
        { header: '决定日期', key: 'decidedOn', width: 12 },
        { header: '决定书文号', key: 'decisionDocNo', width: 22 },
        { header: '罚款（元）', key: 'fine', width: 12 },
        { header: '缴纳日期', key: 'paidOn', width: 12 },
      ],
    },
    { action: 'enforcement.case.ledger_exported', what: '行政处罚案件台账', filter: f },
  );
}
