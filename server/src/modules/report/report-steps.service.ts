import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { createTask } from '../../core/tasks/tasks.js';
import { issueLetter } from '../numbering/letter-office.js';
import { townOfOrg } from '../orgs/orgs.public.js';
import { composeReport, reportTitle } from './report.service.js';
import { letterBlocks } from './report-text.js';
import { LAW_REPORT_OWNER, reportStep } from './report.step.js';
import type { LawReportAction } from './report.workflow.js';

// tenancy: the report is loaded through scoped() before anything is computed

/** The report's town and its check now (the guard of 提交审定 and 审定通过). */
async function loaded(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'report.read');
  const row = await scoped(deps.db.kysely, actor)
    .selectFrom('lawReports')
    .select(['id', 'orgId', 'year'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('年度报告不存在或不在您的管辖范围内');
  const town = (await townOfOrg(deps.db.kysely, row.orgId))!;
  return { actor, town, year: row.year, ...(await composeReport(deps, actor, town, row.year)) };
}

/** 提交审定 / 退回修改 / 审定通过: the check goes with the step. */
export async function simpleStep(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: LawReportAction,
) {
  const r = await loaded(deps, ctx, id);
  await reportStep(deps, ctx, id, action, r.check, async (s) =>
    action === 'approve'
      ? { patch: { approvedBy: s.actor?.userId ?? null, approvedAt: s.m.now.toISOString() } }
      : {},
  );
}

/**
 * 门户公开: the figures are frozen into the report (a published report never changes under its
 * reader) and the GB/T 9704 DOCX is issued through the letter office and kept with the report.
 */
export async function publishReport(deps: Deps, ctx: RequestContext, id: string) {
  const r = await loaded(deps, ctx, id);
  await reportStep(deps, ctx, id, 'publish', r.check, async (s) => {
    const issued = await issueLetter(s.m, deps, {
      townId: r.town.id,
      orgId: r.town.id,
      owner: { type: LAW_REPORT_OWNER, id },
      content: { title: reportTitle(r.year), blocks: letterBlocks(r.blocks) },
      date: today(deps),
      fileName: () => `${r.town.name}${reportTitle(r.year)}.docx`,
      by: s.actor,
    });
    return {
      patch: {
        publishedAt: s.m.now.toISOString(),
        docxFileId: issued.file.id,
        snapshot: JSON.stringify(Object.fromEntries(r.values)),
      },
      meta: { fileId: issued.file.id },
    };
  });
}

/** 报送上级: the county's supervisors find the report in their inbox. */
export async function reportUpward(deps: Deps, ctx: RequestContext, id: string) {
  const r = await loaded(deps, ctx, id);
  const county = await deps.db.kysely
    .selectFrom('orgs')
    .select(['parentId'])
    .where('id', '=', r.town.id)
    .executeTakeFirstOrThrow();
  await reportStep(deps, ctx, id, 'report', r.check, async (s) => {
    if (county.parentId)
      await createTask(s.m, {
        orgId: county.parentId,
        module: 'report',
        kind: 'report.law_report_received',
        subjectType: LAW_REPORT_OWNER,
        subjectId: id,
        title: `${r.town.name}报送《${reportTitle(r.year)}》`,
        assigneeRole: 'county_supervisor',
        link: `/report?year=${r.year}&orgId=${r.town.id}`,
      });
    return { patch: { reportedAt: s.m.now.toISOString() } };
  });
}
