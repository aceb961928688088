import { can, type Actor, type RequestContext } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import { addDays, workingDaysAfter } from '../../core/calendar/index.js';
import { isPostgres, type Q, type Trx } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import {
  auditedPath,
  blockedSteps,
  openSteps,
  playableParties,
  runStep,
  type StepContext,
  type StepResult,
  type WorkflowAdapter,
} from '../../core/workflow/index.js';
import { loadCalendar } from '../calendar/calendar.public.js';
import { entrustmentRefusal } from './entrustment-check.js';
import { hearingThresholds } from './enforcement-settings.js';
import { CASE_WORKFLOW, type CaseAction, type CaseFacts, type CaseState } from './case.workflow.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';

export const CASE_OWNER = 'enforcement_case';

type CaseRecord = EnforcementCasesTable & { townPath: string };
type Party = 'team' | 'head';

/** 行政处罚法 第六十条: ninety days from 立案, plus extensions approved and recorded. */
export const decisionDueOf = (r: Pick<EnforcementCasesTable, 'filedOn' | 'extensionDays'>) =>
  r.filedOn ? addDays(r.filedOn, 90 + r.extensionDays) : null;

const townPathOf = async (q: Q, townId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', townId).executeTakeFirstOrThrow())
    .path;

async function lockCase(trx: Trx, actor: Actor, id: string): Promise<CaseRecord> {
  let q = scoped(trx, actor)
    .selectFrom('enforcementCases')
    .selectAll()
    .where('enforcementCases.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as EnforcementCasesTable | undefined;
  if (!row) throw notFound('该案件不存在或不在您的管辖范围内');
  return { ...row, townPath: await townPathOf(trx, row.townId) };
}

/** Officers named on the case whose 执法证 is valid on `day` (浙江省综合行政执法条例 第二十八条). */
async function certifiedOfficers(q: Q, officerIds: string[], day: string) {
  if (officerIds.length === 0) return 0;
  // tenancy: the officers were checked to be the case's own town's staff when they were named
  const rows = await q
    .selectFrom('enforcementCertificates')
    .select('userId')
    .distinct()
    .where('userId', 'in', officerIds)
    .where('issuedOn', '<=', day)
    .where('expiresOn', '>=', day)
    .execute();
  return rows.length;
}

async function caseFacts(q: Q, r: EnforcementCasesTable, day: string): Promise<CaseFacts> {
  const thresholds = await hearingThresholds(q, r.townId);
  const limit = r.partyKind === 'citizen' ? thresholds.citizen : thresholds.organisation;
  const workdays =
    r.noticedOn && r.noticedOn <= day
      ? workingDaysAfter(await loadCalendar(q), r.noticedOn, day)
      : null;
  return {
    state: r.status,
    today: day,
    entrustment: await entrustmentRefusal(q, r, r.filedOn ?? day),
    certifiedOfficers: await certifiedOfficers(q, JSON.parse(r.officerIds) as string[], day),
    workdaysSinceNotice: workdays,
    hearingAvailable: (r.proposedFine ?? 0) >= limit,
    legalReviewRequired: r.major === 1 || r.heardOn !== null,
    legalReviewed: r.legalReviewedOn !== null,
    discussionRequired: r.major === 1,
    discussed: r.discussedOn !== null,
    decisionDue: decisionDueOf(r),
  };
}

const partiesOf = (actor: Actor) =>
  new Set<Party>([
    ...(can(actor, 'enforcement.case.handle') ? (['team'] as const) : []),
    ...(can(actor, 'enforcement.case.approve') ? (['head'] as const) : []),
  ]);

const caseAdapter: WorkflowAdapter<CaseRecord, CaseState, CaseAction, CaseFacts, Party> = {
  workflow: CASE_WORKFLOW,
  auditPrefix: 'enforcement.case',
  targetType: CASE_OWNER,
  load: lockCase,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: (trx, r, env) => caseFacts(trx, r, env.today),
  parties: partiesOf,
  update: async (trx, r, patch, state, at) => {
    await trx
      .updateTable('enforcementCases')
      .set({ ...(patch as Partial<EnforcementCasesTable>), status: state, updatedAt: at })
      .where('id', '=', r.id)
      .execute();
  },
  auditMeta: (r) => ({ caseNo: r.caseNo }),
};

/** The steps a case has taken and those ahead (its 流转记录 is the audit trail). */
export const casePath = (q: Q, id: string, state: CaseState) =>
  auditedPath(q, caseAdapter, id, state);

export type CaseWork<V = void> = (
  s: StepContext<CaseRecord, CaseState, CaseFacts>,
) => Promise<StepResult<V> | void>;

export const caseStep = <V = void>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: CaseAction,
  work?: CaseWork<V>,
) => runStep(deps, ctx, caseAdapter, id, action, work);

/** The caller's buttons and refused steps on a case (none for staff above the town). */
export async function caseAbilities(q: Q, actor: Actor, row: EnforcementCasesTable, day: string) {
  const facts = await caseFacts(q, row, day);
  const parties = playableParties(
    CASE_WORKFLOW.parties,
    partiesOf(actor),
    actor,
    await townPathOf(q, row.townId),
  );
  const may = (a: CaseAction) =>
    can(actor, CASE_WORKFLOW.transitions[a].permission ?? CASE_WORKFLOW.permission);
  return {
    open: [...openSteps(CASE_WORKFLOW, facts, parties, may)],
    blocked: blockedSteps(CASE_WORKFLOW, facts, parties, may),
    decisionDue: facts.decisionDue,
  };
}
