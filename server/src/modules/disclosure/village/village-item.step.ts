import { can, type Actor, type RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { isPostgres, type Q, type Trx } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { conflict, notFound } from '../../../core/errors.js';
import {
  blockedSteps,
  openSteps,
  playableParties,
  runStep,
  supervisesOnly,
  supervisionOnly,
  type StepContext,
  type StepResult,
  type WorkflowAdapter,
  auditedPath,
} from '../../../core/workflow/index.js';
import { activeSupervisors, isSupervisor } from './supervisors.js';
import type { VillageAffairsItemsTable } from './village.tables.js';
import {
  canEditItem,
  VILLAGE_ITEM_STATES,
  VILLAGE_ITEM_WORKFLOW,
  type VillageItemAction,
  type VillageItemFacts,
  type VillageItemParty,
  type VillageItemState,
} from './village.workflow.js';

export const VILLAGE_ITEM_OWNER = 'village_affairs_item';

/** An item with the path of its town (staff above the town only supervise it). */
type VillageItemRecord = VillageAffairsItemsTable & { townPath: string };

const townPathOf = async (q: Q, townId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', townId).executeTakeFirstOrThrow())
    .path;

async function lockVillageItem(trx: Trx, actor: Actor, id: string): Promise<VillageItemRecord> {
  let q = scoped(trx, actor)
    .selectFrom('villageAffairsItems')
    .selectAll()
    .where('villageAffairsItems.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as VillageAffairsItemsTable | undefined;
  if (!row) throw notFound('该公开事项不存在或不在您的管辖范围内');
  return { ...row, townPath: await townPathOf(trx, row.townId) };
}

async function villageItemFacts(
  q: Q,
  row: Pick<VillageAffairsItemsTable, 'status' | 'authorId' | 'orgId'>,
  actor: Actor | null,
  day: string,
): Promise<VillageItemFacts> {
  const [supervisor, members] = await Promise.all([
    isSupervisor(q, row.orgId, actor?.userId ?? null, day),
    activeSupervisors(q, row.orgId, day),
  ]);
  return {
    state: row.status,
    authorId: row.authorId,
    actorUserId: actor?.userId ?? null,
    actorIsSupervisor: supervisor,
    supervisorCount: members.length,
  };
}

const partiesOf = (actor: Actor) => {
  const parties = new Set<VillageItemParty>();
  if (can(actor, 'village_affairs.item.write')) parties.add('village');
  if (can(actor, 'village_affairs.item.review')) parties.add('supervisor');
  return parties;
};

/** Village-affairs items on the workflow kernel (the audit trail is their 流转记录). */
const villageItemAdapter: WorkflowAdapter<
  VillageItemRecord,
  VillageItemState,
  VillageItemAction,
  VillageItemFacts,
  VillageItemParty
> = {
  workflow: VILLAGE_ITEM_WORKFLOW,
  auditPrefix: 'village_affairs.item',
  targetType: VILLAGE_ITEM_OWNER,
  load: lockVillageItem,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: (trx, r, env) => villageItemFacts(trx, r, env.actor, env.today),
  parties: partiesOf,
  update: async (trx, r, patch, state, at) => {
    await trx
      .updateTable('villageAffairsItems')
      .set({ ...(patch as Partial<VillageAffairsItemsTable>), status: state, updatedAt: at })
      .where('id', '=', r.id)
      .execute();
  },
};

/** The steps a village item has taken and those ahead (its 流转记录 is the audit trail). */
export const villageItemPath = (q: Q, id: string, state: VillageItemState) =>
  auditedPath(q, villageItemAdapter, id, state);

type VillageItemWork = (
  s: StepContext<VillageItemRecord, VillageItemState, VillageItemFacts>,
) => Promise<StepResult | void>;

export const villageItemStep = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: VillageItemAction,
  work?: VillageItemWork,
) => runStep(deps, ctx, villageItemAdapter, id, action, work);

/** A draft for editing (not a step): in scope, never by staff above the town, still 起草中 (409 otherwise). */
export async function villageDraftForEdit(trx: Trx, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'village_affairs.item.write');
  const row = await lockVillageItem(trx, actor, id);
  if (supervisesOnly(actor, row.townPath, VILLAGE_ITEM_WORKFLOW.parties.village))
    throw supervisionOnly('edit');
  if (!canEditItem(row.status))
    throw conflict(
      `该公开事项当前为“${VILLAGE_ITEM_STATES[row.status]}”，只有“起草中”的事项可以修改`,
      'INVALID_STATE',
    );
  return { actor, row };
}

/** The caller's buttons and refused steps on an item (never for staff above the town). */
export async function villageItemAbilities(
  deps: Deps,
  actor: Actor,
  row: Pick<VillageAffairsItemsTable, 'status' | 'authorId' | 'orgId' | 'townId'>,
) {
  const q = deps.db.kysely;
  const facts = await villageItemFacts(q, row, actor, today(deps));
  const parties = playableParties(
    VILLAGE_ITEM_WORKFLOW.parties,
    partiesOf(actor),
    actor,
    await townPathOf(q, row.townId),
  );
  const open = openSteps(VILLAGE_ITEM_WORKFLOW, facts, parties);
  // Committee members supervise publication; they do not draft (浙江实施办法 第三十条).
  const drafter = parties.has('village') && !facts.actorIsSupervisor;
  return {
    facts,
    abilities: {
      edit: drafter && canEditItem(row.status),
      submit: drafter && open.has('submit'),
      review: open.has('approve'),
    },
    blocked: blockedSteps(VILLAGE_ITEM_WORKFLOW, facts, parties, (a) => a !== 'submit' || drafter),
  };
}
