import { can, type Actor, type RequestContext } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import { isPostgres, type Q, type Trx } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import {
  auditedPath,
  blockedSteps,
  openSteps,
  playableParties,
  runStep,
  type StepWork,
  type WorkflowAdapter,
} from '../../../core/workflow/index.js';
import type { LegalAidApplicationsTable } from '../legal-services.tables.js';
import { advanceAllowed } from './advance-provision.js';
import { AID_WORKFLOW, type AidAction, type AidFacts, type AidState } from './aid.workflow.js';

export const AID_OWNER = 'legal_aid_application';

export type AidRecord = LegalAidApplicationsTable & { townPath: string };
type Party = 'station';

/** What a step is given beyond the record: the objection's outcome. */
interface StepInput {
  objectionUpheld?: boolean | undefined;
}

const townPathOf = async (q: Q, orgId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', orgId).executeTakeFirstOrThrow())
    .path;

async function lockApplication(trx: Trx, actor: Actor, id: string): Promise<AidRecord> {
  let q = scoped(trx, actor)
    .selectFrom('legalAidApplications')
    .selectAll()
    .where('legalAidApplications.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as LegalAidApplicationsTable | undefined;
  if (!row) throw notFound('该法律援助申请不存在或不在您的管辖范围内');
  return { ...row, townPath: await townPathOf(trx, row.orgId) };
}

const aidFacts = (r: LegalAidApplicationsTable, today: string, input?: StepInput): AidFacts => ({
  state: r.status,
  matter: r.matter,
  method: r.meansMethod,
  pledgeSigned: r.pledgeSigned === 1,
  exemption: r.exemption,
  advanceAllowed: advanceAllowed(today, r.deadlineOn, r.urgentPreservation === 1),
  materialsOverdue: r.materialsDueOn !== null && today > r.materialsDueOn,
  objectionUpheld: input?.objectionUpheld ?? null,
});

const partiesOf = (actor: Actor) =>
  new Set<Party>(can(actor, 'legal_services.aid.handle') ? ['station'] : []);

const aidAdapter: WorkflowAdapter<AidRecord, AidState, AidAction, AidFacts, Party, StepInput> = {
  workflow: AID_WORKFLOW,
  auditPrefix: 'legal_services.aid',
  targetType: AID_OWNER,
  load: lockApplication,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: async (_trx, r, env) => aidFacts(r, env.today, env.input),
  parties: partiesOf,
  update: async (trx, r, patch, state, at) => {
    await trx
      .updateTable('legalAidApplications')
      .set({ ...(patch as Partial<LegalAidApplicationsTable>), status: state, updatedAt: at })
      .where('id', '=', r.id)
      .execute();
  },
  auditMeta: (r) => ({ appNo: r.appNo, matter: r.matter }),
};

export const aidStep = <V = void>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: AidAction,
  work?: StepWork<AidRecord, AidState, AidFacts, V>,
  input?: StepInput,
) => runStep(deps, ctx, aidAdapter, id, action, work, input ? { input } : {});

/** The caller's buttons and refused steps on an application (none for staff above the town). */
export async function aidAbilities(
  q: Q,
  actor: Actor,
  row: LegalAidApplicationsTable,
  today: string,
) {
  const facts = aidFacts(row, today);
  const parties = playableParties(
    AID_WORKFLOW.parties,
    partiesOf(actor),
    actor,
    await townPathOf(q, row.orgId),
  );
  const may = (a: AidAction) =>
    can(actor, AID_WORKFLOW.transitions[a].permission ?? AID_WORKFLOW.permission);
  return {
    open: [...openSteps(AID_WORKFLOW, facts, parties, may)],
    blocked: blockedSteps(AID_WORKFLOW, facts, parties, may),
  };
}

/** 流转记录 from the audit trail, and the steps ahead of the state. */
export const aidPath = (q: Q, id: string, state: AidState) => auditedPath(q, aidAdapter, id, state);
