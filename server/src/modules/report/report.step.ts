import { can, type Actor, type RequestContext } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import { isPostgres, type Q, type Trx } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import {
  auditedPath,
  blockedSteps,
  openSteps,
  playableParties,
  runStep,
  type StepWork,
  type WorkflowAdapter,
} from '../../core/workflow/index.js';
import type { LawReportsTable } from './report.tables.js';
import {
  LAW_REPORT_WORKFLOW,
  type LawReportAction,
  type LawReportFacts,
  type LawReportState,
} from './report.workflow.js';

export const LAW_REPORT_OWNER = 'law_report';

type ReportRecord = LawReportsTable & { townPath: string };
type Party = 'clerk' | 'head';

/** The check's result, computed by the service before the step (it needs the indicator set). */
interface CheckInput {
  problems: number;
  firstProblem: string | null;
}

const townPathOf = async (q: Q, townId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', townId).executeTakeFirstOrThrow())
    .path;

async function lockReport(trx: Trx, actor: Actor, id: string): Promise<ReportRecord> {
  let q = scoped(trx, actor).selectFrom('lawReports').selectAll().where('lawReports.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as LawReportsTable | undefined;
  if (!row) throw notFound('年度报告不存在或不在您的管辖范围内');
  return { ...row, townPath: await townPathOf(trx, row.orgId) };
}

const factsOf = (r: LawReportsTable, input?: CheckInput): LawReportFacts => ({
  state: r.status,
  problems: input?.problems ?? 0,
  firstProblem: input?.firstProblem ?? null,
});

const partiesOf = (actor: Actor) => {
  const out = new Set<Party>();
  if (can(actor, 'report.edit')) out.add('clerk');
  if (can(actor, 'report.approve')) out.add('head');
  return out;
};

const adapter: WorkflowAdapter<
  ReportRecord,
  LawReportState,
  LawReportAction,
  LawReportFacts,
  Party,
  CheckInput
> = {
  workflow: LAW_REPORT_WORKFLOW,
  auditPrefix: 'report.law_report',
  targetType: LAW_REPORT_OWNER,
  load: lockReport,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: async (_trx, r, env) => factsOf(r, env.input),
  parties: partiesOf,
  update: async (trx, r, patch, state, at) => {
    await trx
      .updateTable('lawReports')
      .set({ ...(patch as Partial<LawReportsTable>), status: state, updatedAt: at })
      .where('id', '=', r.id)
      .execute();
  },
  auditMeta: (r) => ({ year: r.year }),
};

export const reportStep = <V = void>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: LawReportAction,
  check: CheckInput,
  work?: StepWork<ReportRecord, LawReportState, LawReportFacts, V>,
) => runStep(deps, ctx, adapter, id, action, work, { input: check });

/** The caller's buttons and the steps the check refuses now (none for staff above the town). */
export async function reportAbilities(q: Q, actor: Actor, row: LawReportsTable, check: CheckInput) {
  const facts = factsOf(row, check);
  const parties = playableParties(
    LAW_REPORT_WORKFLOW.parties,
    partiesOf(actor),
    actor,
    await townPathOf(q, row.orgId),
  );
  const may = (a: LawReportAction) =>
    can(actor, LAW_REPORT_WORKFLOW.transitions[a].permission ?? LAW_REPORT_WORKFLOW.permission);
  return {
    open: [...openSteps(LAW_REPORT_WORKFLOW, facts, parties, may)],
    blocked: blockedSteps(LAW_REPORT_WORKFLOW, facts, parties, may),
  };
}

/** Steps taken, from the audit trail. */
export const reportPath = (q: Q, row: LawReportsTable) =>
  auditedPath(q, adapter, row.id, row.status);
