import { can, type Actor, type RequestContext } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import { isPostgres, type Q, type Trx } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import type { MutationScope } from '../../../core/mutation.js';
import { takeStep, type StepWork, type WorkflowAdapter } from '../../../core/workflow/index.js';
import { REPORT_OWNER } from './report-files.js';
import type { DisclosureAnnualReportsTable } from './report.tables.js';
import { REPORT_WORKFLOW, type ReportFacts, type ReportState } from './report.workflow.js';

/** A report row with its town's path (its org is the town). */
type ReportRecord = DisclosureAnnualReportsTable & { townPath: string };

type CheckResult = { failedChecks: string[]; firstFailure: string | null };

const withTownPath = async (q: Q, row: DisclosureAnnualReportsTable): Promise<ReportRecord> => ({
  ...row,
  townPath: (
    await q.selectFrom('orgs').select('path').where('id', '=', row.orgId).executeTakeFirstOrThrow()
  ).path,
});

async function lockReport(trx: Trx, actor: Actor, id: string): Promise<ReportRecord> {
  let q = scoped(trx, actor)
    .selectFrom('disclosureAnnualReports')
    .selectAll()
    .where('disclosureAnnualReports.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as DisclosureAnnualReportsTable | undefined;
  if (!row) throw notFound('年度报告不存在或不在您的管辖范围内');
  return withTownPath(trx, row);
}

/** Annual reports on the workflow kernel; the checks V1–V5, computed by the caller, are the step's input. */
const reportAdapter: WorkflowAdapter<
  ReportRecord,
  ReportState,
  'publish',
  ReportFacts,
  'leader',
  CheckResult
> = {
  workflow: REPORT_WORKFLOW,
  auditPrefix: 'disclosure.report',
  targetType: REPORT_OWNER,
  load: lockReport,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: async (_trx, r, env) => ({
    state: r.status,
    failedChecks: env.input?.failedChecks ?? [],
    firstFailure: env.input?.firstFailure ?? null,
  }),
  parties: (actor) => new Set(can(actor, 'disclosure.report.publish') ? (['leader'] as const) : []),
  update: async (trx, r, patch, state, at) => {
    await trx
      .updateTable('disclosureAnnualReports')
      .set({ ...(patch as Partial<DisclosureAnnualReportsTable>), status: state, updatedAt: at })
      .where('id', '=', r.id)
      .execute();
  },
};

/** Publishes the town's report row (created as a draft by the caller in this transaction when missing). */
export async function publishStep(
  m: MutationScope,
  ctx: RequestContext,
  deps: Pick<Deps, 'time' | 'config'>,
  row: DisclosureAnnualReportsTable,
  checks: CheckResult,
  work: StepWork<ReportRecord, ReportState, ReportFacts, { version: number; fileId: string }>,
) {
  return takeStep(m, ctx, deps, reportAdapter, await withTownPath(m.trx, row), 'publish', work, {
    input: checks,
  });
}
