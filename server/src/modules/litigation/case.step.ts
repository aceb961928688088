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
import {
  LITIGATION_WORKFLOW,
  type LitigationAction,
  type LitigationFacts,
  type LitigationState,
} from './case.workflow.js';
import type { LitigationCasesTable } from './litigation.tables.js';
import type { AppealedBy } from './litigation.vocabulary.js';

export const LITIGATION_OWNER = 'litigation_case';

type CaseRecord = LitigationCasesTable & { townPath: string };
type Party = 'office';

/** What a step is given beyond the record: the outcome, or the appearance at the hearing. */
interface StepInput {
  outcome?: string | undefined;
  appeal?: { by: AppealedBy; on: string };
  leaderAppeared?: boolean | undefined;
  standIns?: string | undefined;
  absenceExplanation?: string | undefined;
}

const townPathOf = async (q: Q, townId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', townId).executeTakeFirstOrThrow())
    .path;

async function lockCase(trx: Trx, actor: Actor, id: string): Promise<CaseRecord> {
  let q = scoped(trx, actor)
    .selectFrom('litigationCases')
    .selectAll()
    .where('litigationCases.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as LitigationCasesTable | undefined;
  if (!row) throw notFound('该案件不存在或不在您的管辖范围内');
  return { ...row, townPath: await townPathOf(trx, row.townId) };
}

const caseFacts = (r: LitigationCasesTable, input?: StepInput): LitigationFacts => ({
  state: r.status,
  kind: r.kind,
  // The latest 会商's stage (litigationConsultations holds each one): after an appeal, one held since.
  consulted: r.status === 'appealed' ? r.consultStage === 'appealed' : r.consultedOn !== null,
  consultedSinceDecision: r.consultStage === 'concluded',
  appealable:
    r.kind === 'litigation' &&
    (r.decisionForm === 'judgment' || r.decisionForm === 'ruling') &&
    r.appealedOn === null,
  appealedBy: r.appealedBy,
  appealDue: r.appealDue,
  appeal: input?.appeal ?? null,
  outcome: input?.outcome ?? null,
  leaderAppeared: input?.leaderAppeared ?? null,
  standIns: input?.standIns?.trim() || null,
  absenceExplanation: input?.absenceExplanation?.trim() || null,
});

const partiesOf = (actor: Actor) =>
  new Set<Party>(
    can(actor, 'litigation.case.handle') || can(actor, 'litigation.consult.record')
      ? ['office']
      : [],
  );

const caseAdapter: WorkflowAdapter<
  CaseRecord,
  LitigationState,
  LitigationAction,
  LitigationFacts,
  Party,
  StepInput
> = {
  workflow: LITIGATION_WORKFLOW,
  auditPrefix: 'litigation.case',
  targetType: LITIGATION_OWNER,
  load: lockCase,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: async (_trx, r, env) => caseFacts(r, env.input),
  parties: partiesOf,
  update: async (trx, r, patch, state, at) => {
    await trx
      .updateTable('litigationCases')
      .set({ ...(patch as Partial<LitigationCasesTable>), status: state, updatedAt: at })
      .where('id', '=', r.id)
      .execute();
  },
  auditMeta: (r) => ({ caseNo: r.caseNo, kind: r.kind }),
};

export const caseStep = <V = void>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: LitigationAction,
  work?: StepWork<CaseRecord, LitigationState, LitigationFacts, V>,
  input?: StepInput,
) => runStep(deps, ctx, caseAdapter, id, action, work, input ? { input } : {});

/** The caller's buttons and refused steps on a case (none for staff above the town). */
export async function caseAbilities(q: Q, actor: Actor, row: LitigationCasesTable) {
  const facts = caseFacts(row);
  const parties = playableParties(
    LITIGATION_WORKFLOW.parties,
    partiesOf(actor),
    actor,
    await townPathOf(q, row.townId),
  );
  const may = (a: LitigationAction) =>
    can(actor, LITIGATION_WORKFLOW.transitions[a].permission ?? LITIGATION_WORKFLOW.permission);
  return {
    open: [...openSteps(LITIGATION_WORKFLOW, facts, parties, may)],
    blocked: blockedSteps(LITIGATION_WORKFLOW, facts, parties, may),
  };
}

/** 流转记录 from the audit trail, and the steps ahead of the state. */
export const casePath = (q: Q, id: string, state: LitigationState) =>
  auditedPath(q, caseAdapter, id, state);
