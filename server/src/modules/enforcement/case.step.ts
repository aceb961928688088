import { can, type Actor, type RequestContext } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import { addDays, computeDeadline, workingDaysAfter } from '../../core/calendar/index.js';
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
import { hearingThresholds, simpleLimits } from './enforcement-settings.js';
import { CASE_WORKFLOW, type CaseAction, type CaseFacts, type CaseState } from './case.workflow.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';
import type { CollectionGround } from './enforcement.vocabulary.js';
import { courtWindowOf, lateSurcharge, paymentDueOf } from './late-payment.js';
import { handOverDueOf } from './simple-procedure.js';

export const CASE_OWNER = 'enforcement_case';

type CaseRecord = EnforcementCasesTable & { townPath: string };
type Party = 'team' | 'head';

/** What a step's input adds to the facts (the 简易程序 guards). */
interface CaseInput {
  spotFine?: number;
  certificateShown?: boolean;
  collectionGround?: CollectionGround;
}

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

async function caseFacts(
  q: Q,
  r: EnforcementCasesTable,
  day: string,
  input: CaseInput = {},
): Promise<CaseFacts> {
  const thresholds = await hearingThresholds(q, r.townId);
  const limit = r.partyKind === 'citizen' ? thresholds.citizen : thresholds.organisation;
  const simple = await simpleLimits(q, r.townId);
  const cal = await loadCalendar(q);
  const workdays =
    r.noticedOn && r.noticedOn <= day ? workingDaysAfter(cal, r.noticedOn, day) : null;
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
    procedure: r.procedure,
    spotFine: input.spotFine ?? null,
    spotLimit: r.partyKind === 'citizen' ? simple.citizen : simple.organisation,
    certificateShown: input.certificateShown ?? null,
    fine: r.fine,
    collectionGround: input.collectionGround ?? null,
    collectedOnSpot: r.collectedOn !== null,
    handedOver: r.handedOverOn !== null,
    reported: r.reportedOn !== null,
    paymentDue: r.servedOn ? paymentDueOf(r.servedOn) : null,
    workdaysSinceUrge: r.urgedOn && r.urgedOn <= day ? workingDaysAfter(cal, r.urgedOn, day) : null,
    courtWindow: r.servedOn ? courtWindowOf(r.servedOn) : null,
  };
}

/**
 * The 简易程序 deadlines in working days (行政处罚法 第八十五条): the 备案 within the town's period (art 52
 * ¶3) and the cash handed to the agency within two days of its collection (art 71).
 */
async function spotDeadlines(q: Q, r: EnforcementCasesTable) {
  if (r.procedure !== 'simple' && !r.collectedOn) return { reportDue: null, handOverDue: null };
  const cal = await loadCalendar(q);
  const reportDays = (await simpleLimits(q, r.townId)).reportDays;
  return {
    reportDue:
      r.procedure === 'simple' && r.decidedOn
        ? computeDeadline(cal, r.decidedOn, reportDays, 'working').due
        : null,
    handOverDue: r.collectedOn ? handOverDueOf(cal, r.collectedOn) : null,
  };
}

const partiesOf = (actor: Actor) =>
  new Set<Party>([
    ...(can(actor, 'enforcement.case.handle') ? (['team'] as const) : []),
    ...(can(actor, 'enforcement.case.approve') ? (['head'] as const) : []),
  ]);

const caseAdapter: WorkflowAdapter<CaseRecord, CaseState, CaseAction, CaseFacts, Party, CaseInput> =
  {
    workflow: CASE_WORKFLOW,
    auditPrefix: 'enforcement.case',
    targetType: CASE_OWNER,
    load: lockCase,
    idOf: (r) => r.id,
    orgIdOf: (r) => r.orgId,
    townPathOf: (r) => r.townPath,
    facts: (trx, r, env) => caseFacts(trx, r, env.today, env.input),
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
  input?: CaseInput,
) => runStep(deps, ctx, caseAdapter, id, action, work, input ? { input } : {});

const UNPAID = new Set<CaseState>(['served', 'urged', 'court_applied']);

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
    ...(await spotDeadlines(q, row)),
    paymentDue: facts.paymentDue,
    courtWindow: facts.courtWindow,
    /** 加处罚款 owed today while the fine is unpaid (行政处罚法 第七十二条). */
    surchargeToday:
      UNPAID.has(row.status) && row.fine && facts.paymentDue
        ? lateSurcharge(row.fine, facts.paymentDue, day)
        : null,
  };
}
