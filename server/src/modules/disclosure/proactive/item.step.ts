import { can, type Actor, type RequestContext } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import { isPostgres, type Q, type Trx } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { conflict, notFound } from '../../../core/errors.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { MutationScope } from '../../../core/mutation.js';
import {
  blockedSteps,
  openSteps,
  playableParties,
  runStep,
  supervisesOnly,
  supervisionOnly,
  takeStep,
  type StepContext,
  type StepResult,
  type WorkflowAdapter,
  auditedPath,
} from '../../../core/workflow/index.js';
import { ITEM_OWNER } from './item-index.js';
import { updateItem } from './proactive.repository.js';
import type { DisclosureItemsTable } from './proactive.tables.js';
import {
  canEdit,
  ITEM_STATES,
  PROACTIVE_WORKFLOW,
  type ItemAction,
  type ItemFacts,
  type ItemParty,
  type ItemState,
} from './proactive.workflow.js';

/** An entry with the path of its town (staff above the town only supervise it). */
type ItemRecord = DisclosureItemsTable & { townPath: string };

const townPathOf = async (q: Q, townId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', townId).executeTakeFirstOrThrow())
    .path;

const withTownPath = async (q: Q, row: DisclosureItemsTable): Promise<ItemRecord> => ({
  ...row,
  townPath: await townPathOf(q, row.townId),
});

type FactsRow = Pick<
  DisclosureItemsTable,
  'status' | 'category' | 'authorId' | 'submittedBy' | 'kind' | 'explainsId'
>;

/** The entry in the actor's scope, locked for the rest of the transaction on PostgreSQL; 404 otherwise. */
async function lockItem(trx: Trx, actor: Actor, id: string): Promise<ItemRecord> {
  let q = scoped(trx, actor)
    .selectFrom('disclosureItems')
    .selectAll()
    .where('disclosureItems.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('该公开信息不存在或不在您的管辖范围内');
  return withTownPath(trx, row as DisclosureItemsTable);
}

/** A draft for editing (not a step): in scope, the town's own office, still 起草中 (409 otherwise). */
export async function draftForEdit(trx: Trx, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'disclosure.item.write');
  const row = await lockItem(trx, actor, id);
  if (supervisesOnly(actor, row.townPath, PROACTIVE_WORKFLOW.parties.office))
    throw supervisionOnly('edit');
  if (!canEdit(row.status))
    throw conflict(
      `该信息当前为“${ITEM_STATES[row.status]}”，只有“起草中”的信息可以修改`,
      'INVALID_STATE',
    );
  return { actor, row };
}

/** What the guards need: the entry, the deciding person, and for a 政策解读 whether its document is out. */
async function itemFactsOf(
  q: Q,
  row: FactsRow,
  actor: Actor | null,
  release?: boolean,
): Promise<ItemFacts> {
  // tenancy: the document an entry of the caller's scope explains
  const explained =
    row.kind === 'interpretation' && row.explainsId
      ? await q
          .selectFrom('disclosureItems')
          .select('status')
          .where('id', '=', row.explainsId)
          .executeTakeFirst()
      : undefined;
  return {
    state: row.status,
    category: row.category,
    authorId: row.authorId,
    submittedBy: row.submittedBy,
    actorUserId: actor?.userId ?? null,
    explainedPublished:
      row.kind === 'interpretation' && row.explainsId ? explained?.status === 'published' : null,
    release,
  };
}

function itemPartiesOf(actor: Actor): Set<ItemParty> {
  const parties = new Set<ItemParty>();
  if (can(actor, 'disclosure.item.write')) parties.add('office');
  if (can(actor, 'disclosure.item.review')) parties.add('reviewer');
  return parties;
}

/** Catalogue entries on the workflow kernel (the audit trail is their 流转记录). */
const itemAdapter: WorkflowAdapter<
  ItemRecord,
  ItemState,
  ItemAction,
  ItemFacts,
  ItemParty,
  { release: boolean }
> = {
  workflow: PROACTIVE_WORKFLOW,
  auditPrefix: 'disclosure.item',
  targetType: ITEM_OWNER,
  load: lockItem,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: (trx, r, env) => itemFactsOf(trx, r, env.actor, env.input?.release),
  parties: (actor) => itemPartiesOf(actor),
  update: (trx, r, patch, state, at) =>
    updateItem(
      trx,
      r.id,
      { ...(patch as Partial<DisclosureItemsTable>), status: state },
      new Date(at),
    ),
  auditMeta: (r) => ({ indexNo: r.indexNo }),
};

/** The steps a catalogue entry has taken and those ahead (its 流转记录 is the audit trail). */
export const itemPath = (q: Q, id: string, state: ItemState) =>
  auditedPath(q, itemAdapter, id, state);

type ItemWork<V> = (
  s: StepContext<ItemRecord, ItemState, ItemFacts>,
) => Promise<StepResult<V> | void>;

/** One step on one entry through the kernel's runner. */
export const itemStep = <V = void>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: ItemAction,
  work?: ItemWork<V>,
  input?: { release: boolean },
) => runStep(deps, ctx, itemAdapter, id, action, work, input ? { input } : {});

/** A consequence of another step on a second entry in the same transaction (被新版本替代). */
export async function followOnStep(
  m: MutationScope,
  ctx: RequestContext,
  deps: Pick<Deps, 'time' | 'config'>,
  row: DisclosureItemsTable,
  action: ItemAction,
  work?: ItemWork<void>,
) {
  await takeStep(m, ctx, deps, itemAdapter, await withTownPath(m.trx, row), action, work, {
    asFollowOn: true,
  });
}

/** The caller's buttons and refused steps on an entry, from the table (never for staff above the town). */
export async function itemAbilities(
  q: Q,
  actor: Actor,
  row: FactsRow & Pick<DisclosureItemsTable, 'townId'>,
) {
  const facts = await itemFactsOf(q, row, actor);
  const parties = playableParties(
    PROACTIVE_WORKFLOW.parties,
    itemPartiesOf(actor),
    actor,
    await townPathOf(q, row.townId),
  );
  const open = openSteps(PROACTIVE_WORKFLOW, facts, parties);
  const write = parties.has('office') && canEdit(row.status);
  return {
    abilities: {
      edit: write,
      submit: open.has('submit'),
      review: open.has('approve') || open.has('return') || open.has('withhold'),
      reassess: open.has('reassess'),
      withdraw: open.has('withdraw'),
      recordAbolition: open.has('record_abolition'),
      attach: write,
    },
    blocked: blockedSteps(PROACTIVE_WORKFLOW, facts, parties),
  };
}
