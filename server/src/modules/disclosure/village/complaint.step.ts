import { can, type Actor, type RequestContext } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import { isPostgres, type Q, type Trx } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import type { MutationScope } from '../../../core/mutation.js';
import {
  blockedSteps,
  openSteps,
  playableParties,
  runStep,
  takeStep,
  type StepContext,
  type StepResult,
  type WorkflowAdapter,
  auditedPath,
} from '../../../core/workflow/index.js';
import {
  COMPLAINT_WORKFLOW,
  type ComplaintAction,
  type ComplaintFacts,
  type ComplaintState,
} from './complaint.workflow.js';
import type { VillageAffairsComplaintsTable } from './village.tables.js';

export const COMPLAINT_OWNER = 'village_affairs_complaint';

/** A complaint with the path of its town (staff above the town only supervise it). */
type ComplaintRecord = VillageAffairsComplaintsTable & { townPath: string };

const townPathOf = async (q: Q, townId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', townId).executeTakeFirstOrThrow())
    .path;

async function lockComplaint(trx: Trx, actor: Actor, id: string): Promise<ComplaintRecord> {
  let q = scoped(trx, actor)
    .selectFrom('villageAffairsComplaints')
    .selectAll()
    .where('villageAffairsComplaints.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as VillageAffairsComplaintsTable | undefined;
  if (!row) throw notFound('该反映不存在或不在您的管辖范围内');
  return { ...row, townPath: await townPathOf(trx, row.townId) };
}

const partiesOf = (actor: Actor) =>
  new Set(can(actor, 'village_affairs.complaint.handle') ? (['town'] as const) : []);

/** Complaints on the workflow kernel (the audit trail is their 流转记录). */
const complaintAdapter: WorkflowAdapter<
  ComplaintRecord,
  ComplaintState,
  ComplaintAction,
  ComplaintFacts,
  'town'
> = {
  workflow: COMPLAINT_WORKFLOW,
  auditPrefix: 'village_affairs.complaint',
  targetType: COMPLAINT_OWNER,
  load: lockComplaint,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: async (_trx, r) => ({ state: r.status }),
  parties: partiesOf,
  update: async (trx, r, patch, state, at) => {
    await trx
      .updateTable('villageAffairsComplaints')
      .set({ ...(patch as Partial<VillageAffairsComplaintsTable>), status: state, updatedAt: at })
      .where('id', '=', r.id)
      .execute();
  },
  auditMeta: (r) => ({ receiptNo: r.receiptNo }),
};

/** The steps a complaint has taken and those ahead (its 流转记录 is the audit trail). */
export const complaintPath = (q: Q, id: string, state: ComplaintState) =>
  auditedPath(q, complaintAdapter, id, state);

type ComplaintWork<V = void> = (
  s: StepContext<ComplaintRecord, ComplaintState, ComplaintFacts>,
) => Promise<StepResult<V> | void>;

export const complaintStep = <V = void>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: ComplaintAction,
  work?: ComplaintWork<V>,
) => runStep(deps, ctx, complaintAdapter, id, action, work);

/** A step on a complaint caused by another record's step in the same transaction (the village published). */
export async function complaintFollowOn(
  m: MutationScope,
  ctx: RequestContext,
  deps: Pick<Deps, 'time' | 'config'>,
  row: VillageAffairsComplaintsTable,
  action: ComplaintAction,
  work: ComplaintWork,
) {
  await takeStep(
    m,
    ctx,
    deps,
    complaintAdapter,
    { ...row, townPath: await townPathOf(m.trx, row.townId) },
    action,
    work,
    { asFollowOn: true },
  );
}

/** The caller's buttons and refused steps on a complaint (never for staff above the town). */
export async function complaintAbilities(
  q: Q,
  actor: Actor,
  row: Pick<VillageAffairsComplaintsTable, 'status' | 'townId'>,
) {
  const facts = { state: row.status };
  const parties = playableParties(
    COMPLAINT_WORKFLOW.parties,
    partiesOf(actor),
    actor,
    await townPathOf(q, row.townId),
  );
  const open = openSteps(COMPLAINT_WORKFLOW, facts, parties);
  return { open, parties, blocked: blockedSteps(COMPLAINT_WORKFLOW, facts, parties) };
}
