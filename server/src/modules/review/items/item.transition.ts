import type { Changes } from '../../../core/audit/record.js';
import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import type { MutationScope } from '../../../core/mutation.js';
import { runStep, type WorkflowAdapter } from '../../../core/workflow/index.js';
import type { State } from '../review.enums.js';
import { partiesOf } from '../review.policy.js';
import type { ReviewSettings } from '../review.settings.js';
import type { ReviewItemsTable } from '../review.tables.js';
import { REVIEW_WORKFLOW, type Action, type ItemFacts, type Party } from '../review.workflow.js';
import { settingsOf } from '../settings/settings.service.js';
import { factsOf } from './item.facts.js';
import {
  insertStep,
  ITEM_OWNER,
  loadItem,
  updateItem,
  type LoadedItem,
} from './item.repository.js';

export { refusalError } from '../../../core/workflow/index.js';

/** A review item with the town's settings, which its facts and several steps need. */
type ReviewRecord = LoadedItem & { settings: ReviewSettings };

/** Review items on the workflow kernel: the model adapter for a module with its own 流转记录 table. */
const reviewAdapter: WorkflowAdapter<ReviewRecord, State, Action, ItemFacts, Party> = {
  workflow: REVIEW_WORKFLOW,
  auditPrefix: 'review.item',
  targetType: ITEM_OWNER,
  async load(trx, actor, id) {
    const item = await loadItem(trx, actor, id, { lock: true });
    return { ...item, settings: await settingsOf(trx, item.townId) };
  },
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: (trx, r) => factsOf(trx, r, r.settings),
  parties: (actor, r) => partiesOf(actor, r),
  update: (trx, r, patch, state, at) =>
    updateItem(trx, r.id, { ...(patch as Partial<ReviewItemsTable>), state, updatedAt: at }),
  insertStep: (trx, r, s, patch) =>
    insertStep(trx, {
      itemId: r.id,
      orgId: r.orgId,
      action: s.action,
      fromState: s.from,
      toState: s.to,
      version: (patch as Partial<ReviewItemsTable> | undefined)?.version ?? r.version,
      actorUserId: s.actor?.userId ?? null,
      actorName: s.actor?.displayName ?? null,
      at: s.at,
      note: s.note,
      basis: s.basis,
    }),
  auditMeta: (r, patch) => ({
    version: (patch as Partial<ReviewItemsTable> | undefined)?.version ?? r.version,
  }),
};

export interface StepContext {
  m: MutationScope;
  item: LoadedItem;
  actor: Actor;
  /** The state the step leads to. */
  to: State;
  today: string;
  settings: ReviewSettings;
  facts: ItemFacts;
}

interface StepResult {
  patch?: Partial<ReviewItemsTable>;
  changes?: Changes;
  meta?: Record<string, unknown>;
  note?: string | null;
  basis?: string | null;
}

/** Takes one review step through the kernel's runner; `work` does the step's own writes. */
export async function runTransition(
  deps: Deps,
  ctx: RequestContext,
  itemId: string,
  action: Action,
  work?: (s: StepContext) => Promise<StepResult | void>,
): Promise<void> {
  await runStep(deps, ctx, reviewAdapter, itemId, action, async (s) => {
    const { settings, ...item } = s.record;
    const r = await work?.({
      m: s.m,
      item,
      actor: s.actor!,
      to: s.to,
      today: s.today,
      settings,
      facts: s.facts,
    });
    return r ? { ...r, patch: r.patch as Record<string, unknown> | undefined } : undefined;
  });
}
